# SPDX-License-Identifier: GPL-2.0-or-later
# The root a regular file.
# shellcheck shell=sh
# root: file
# unusable: ^pmprobe: cannot read '.*': Not a directory$
printf 'freeze mem disk\n' >file
