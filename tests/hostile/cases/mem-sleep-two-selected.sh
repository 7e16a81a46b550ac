# SPDX-License-Identifier: GPL-2.0-or-later
# Two selected variants in /sys/power/mem_sleep: what mem enters cannot be told.
# shellcheck shell=sh
# explain: ^  power\.mem_sleep +malformed +"\[s2idle\] \[deep\]"
# expect: feasible  suspend                 unknown  mem-sleep-malformed
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-malformed disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put sys/power/mem_sleep '[s2idle] [deep]\n'
