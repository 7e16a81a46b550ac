# SPDX-License-Identifier: GPL-2.0-or-later
# NUL bytes and garbage after the text of /sys/power/state.
# shellcheck shell=sh
# explain: ^  power\.state +present +"freeze mem disk"  
put sys/power/state 'freeze mem disk\n\000\000garbage'
