# SPDX-License-Identifier: GPL-2.0-or-later
# Lockdown says integrity without brackets: not a selected mode.
# shellcheck shell=sh
# explain: ^  security\.lockdown +present +"integrity"
put sys/kernel/security/lockdown 'integrity\n'
