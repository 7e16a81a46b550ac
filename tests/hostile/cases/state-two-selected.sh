# SPDX-License-Identifier: GPL-2.0-or-later
# Two [selected] tokens in /sys/power/state, which selects nothing.
# shellcheck shell=sh
# explain: ^  power\.state +malformed +"\[freeze\] \[mem\] disk"
put sys/power/state '[freeze] [mem] disk\n'
