# SPDX-License-Identifier: GPL-2.0-or-later
# A negative euid in RECORD.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': Bad message$
printf 'euid: -1\n' >>RECORD
