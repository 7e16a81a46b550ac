# SPDX-License-Identifier: GPL-2.0-or-later
# RECORD says /sys/power/disk was unreadable (EACCES) when recorded.
# shellcheck shell=sh
# explain: ^  power\.disk +unreadable \(Permission denied\)
# expect: feasible  hibernate               unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend-hybrid          yes      rtc-fallback
printf 'skipped: sys/power/disk:EACCES\n' >>RECORD
