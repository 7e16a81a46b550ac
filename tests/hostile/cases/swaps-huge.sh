# SPDX-License-Identifier: GPL-2.0-or-later
# A /proc/swaps beyond the 64 KiB text bound.
# shellcheck shell=sh
# explain: ^  proc\.swaps +unreadable \(File too large\)
# expect: feasible  hibernate               unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected swap-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
fill proc/swaps 65537 Filename
