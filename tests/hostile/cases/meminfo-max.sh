# SPDX-License-Identifier: GPL-2.0-or-later
# An Active(anon) of 2^64-1 KiB: parsed; the image model's sums saturate (no page is left to keep beyond the target, the most stays what is in use), and systemd's rule refuses.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +present +.*Active\(anon\)=18446744073709551615 KiB
# expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough systemd-swap-too-small rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough systemd-swap-too-small rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough systemd-swap-too-small rtc-wakes-from-s4 rtc-alarm-can-wake
sed -i 's/^Active(anon):.*/Active(anon):   18446744073709551615 kB/' proc/meminfo
