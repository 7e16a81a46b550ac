# SPDX-License-Identifier: GPL-2.0-or-later
# The root a symlink to itself.
# shellcheck shell=sh
# root: loop
# unusable: ^pmprobe: cannot read '.*': Too many levels of symbolic links$
ln -s loop loop
