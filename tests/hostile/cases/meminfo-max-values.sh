# SPDX-License-Identifier: GPL-2.0-or-later
# /proc/meminfo claims 2^64 - 1 KiB of RAM, none free, and as much again in each DirectMap line: the image model's sums saturate instead of wrapping into a small image.
# shellcheck shell=sh
# explain: ^  hibernate\.image +present +"estimate [0-9]+ KiB .*takes [0-9]+ to 18446744073709551615 KiB of swap
# expect: feasible  hibernate               no       disk-mode-selected resume-on-swap-partition swap-too-small rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected resume-on-swap-partition swap-too-small rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-too-small rtc-wakes-from-s4 rtc-alarm-can-wake
sed -i 's/^MemTotal:.*/MemTotal:       18446744073709551615 kB/; s/^MemFree:.*/MemFree:        0 kB/; s/^\(DirectMap[0-9kMG]*:\).*/\1 18446744073709551615 kB/' proc/meminfo
