# SPDX-License-Identifier: GPL-2.0-or-later
# /proc/swaps without read permission.
# shellcheck shell=sh
# explain: ^  proc\.swaps +present
# unprivileged-explain: ^  proc\.swaps +unreadable \(Permission denied\)
# unprivileged-expect: feasible  hibernate               unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4
# unprivileged-expect: feasible  suspend-hybrid          unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4 disk-mode-suspend
# unprivileged-expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected swap-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
chmod 000 proc/swaps
