# SPDX-License-Identifier: GPL-2.0-or-later
# A priority that is not a number in /proc/swaps.
# shellcheck shell=sh
# explain: ^  proc\.swaps +malformed
# expect: feasible  hibernate               unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected swap-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
swap_line 16777212 0 abc
