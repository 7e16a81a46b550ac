# SPDX-License-Identifier: GPL-2.0-or-later
# A /sys/power/resume beyond the 64 KiB text bound.
# shellcheck shell=sh
# explain: ^  power\.resume +unreadable \(File too large\)
# expect: feasible  hibernate               unknown  disk-mode-selected resume-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
fill sys/power/resume 65537 259:3
