# SPDX-License-Identifier: GPL-2.0-or-later
# An Active(anon) of 2^64-1 KiB: parsed, and more than any swap holds.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +present +.*Active\(anon\)=18446744073709551615 KiB
# expect: feasible  hibernate               no       disk-mode-selected resume-on-swap-partition swap-too-small rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected resume-on-swap-partition swap-too-small rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-too-small rtc-wakes-from-s4 rtc-alarm-can-wake
sed -i 's/^Active(anon):.*/Active(anon):   18446744073709551615 kB/' proc/meminfo
