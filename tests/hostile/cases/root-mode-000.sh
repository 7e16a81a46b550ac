# SPDX-License-Identifier: GPL-2.0-or-later
# The root without read or search permission.
# shellcheck shell=sh
# unprivileged-unusable: ^pmprobe: cannot read '.*': Permission denied$
# explain: ^  power\.state +present
chmod 000 .
