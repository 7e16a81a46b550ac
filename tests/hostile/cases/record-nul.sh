# SPDX-License-Identifier: GPL-2.0-or-later
# A NUL byte in RECORD.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': Bad message$
printf 'kernel: 6.1\000\n' >>RECORD
