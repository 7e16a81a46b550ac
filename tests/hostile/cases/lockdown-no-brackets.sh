# SPDX-License-Identifier: GPL-2.0-or-later
# Lockdown without brackets: no mode selected, nothing blocked.
# shellcheck shell=sh
# explain: ^  security\.lockdown +present +"none integrity confidentiality"
put sys/kernel/security/lockdown 'none integrity confidentiality\n'
