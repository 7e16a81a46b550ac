# SPDX-License-Identifier: GPL-2.0-or-later
# RECORD without read permission.
# shellcheck shell=sh
# unprivileged-unusable: ^pmprobe: cannot read '.*': Permission denied$
# explain: ^  power\.state\.writable +present +"yes"
chmod 000 RECORD
