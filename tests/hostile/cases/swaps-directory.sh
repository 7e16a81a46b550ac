# SPDX-License-Identifier: GPL-2.0-or-later
# A directory where /proc/swaps belongs.
# shellcheck shell=sh
# explain: ^  proc\.swaps +unreadable \(Is a directory\)
# expect: feasible  hibernate               unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected swap-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
rm proc/swaps
mkdir proc/swaps
