# SPDX-License-Identifier: GPL-2.0-or-later
# A RECORD line without a colon.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': Bad message$
printf 'this line has no colon\n' >>RECORD
