# SPDX-License-Identifier: GPL-2.0-or-later
# A /proc/meminfo beyond the 64 KiB text bound.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +unreadable \(File too large\)
# expect: feasible  hibernate               unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
fill proc/meminfo 65537 MemTotal:
