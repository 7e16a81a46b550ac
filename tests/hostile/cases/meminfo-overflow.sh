# SPDX-License-Identifier: GPL-2.0-or-later
# An Active(anon) of 2^64 KiB, one more than 64 bits hold.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +malformed
# expect: feasible  hibernate               unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
sed -i 's/^Active(anon):.*/Active(anon):   18446744073709551616 kB/' proc/meminfo
