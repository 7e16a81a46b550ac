# SPDX-License-Identifier: GPL-2.0-or-later
# A swap line in /proc/swaps without the header line.
# shellcheck shell=sh
# explain: ^  proc\.swaps +malformed
# expect: feasible  hibernate               unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected swap-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected swap-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
put proc/swaps '/dev/nvme0n1p3 partition\t16777212\t0\t-2\n'
