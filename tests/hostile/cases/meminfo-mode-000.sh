# SPDX-License-Identifier: GPL-2.0-or-later
# /proc/meminfo without read permission.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +present
# unprivileged-explain: ^  proc\.meminfo +unreadable \(Permission denied\)
# unprivileged-expect: feasible  hibernate               unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4
# unprivileged-expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 disk-mode-suspend
# unprivileged-expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
chmod 000 proc/meminfo
