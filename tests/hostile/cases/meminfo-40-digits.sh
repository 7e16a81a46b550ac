# SPDX-License-Identifier: GPL-2.0-or-later
# A MemTotal of 40 digits in /proc/meminfo: the whole file is malformed.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +malformed
# expect: feasible  hibernate               unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
sed -i 's/^MemTotal:.*/MemTotal:       1234567890123456789012345678901234567890 kB/' proc/meminfo
