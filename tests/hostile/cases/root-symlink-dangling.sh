# SPDX-License-Identifier: GPL-2.0-or-later
# The root a symlink to nothing.
# shellcheck shell=sh
# root: dangling
# unusable: ^pmprobe: cannot read '.*': No such file or directory$
ln -s "$BAIT/nowhere" dangling
