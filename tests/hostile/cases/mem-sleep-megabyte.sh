# SPDX-License-Identifier: GPL-2.0-or-later
# A token list of a megabyte in /sys/power/mem_sleep.
# shellcheck shell=sh
# explain: ^  power\.mem_sleep +unreadable \(File too large\)
# expect: feasible  suspend                 yes      mem-sleep-unreadable
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
fill sys/power/mem_sleep 1048576 s2idle
