# SPDX-License-Identifier: GPL-2.0-or-later
# A skipped: word in RECORD without its error name.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': Bad message$
printf 'skipped: sys/power/state\n' >>RECORD
