# SPDX-License-Identifier: GPL-2.0-or-later
# A negative Active(anon) in /proc/meminfo.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +malformed
# expect: feasible  hibernate               unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
sed -i 's/^Active(anon):.*/Active(anon):   -2345678 kB/' proc/meminfo
