# SPDX-License-Identifier: GPL-2.0-or-later
# A RECORD beyond the 64 KiB text bound.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': File too large$
fill RECORD 65537 '#'
