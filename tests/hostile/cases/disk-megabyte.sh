# SPDX-License-Identifier: GPL-2.0-or-later
# A token list of a megabyte in /sys/power/disk.
# shellcheck shell=sh
# explain: ^  power\.disk +unreadable \(File too large\)
# expect: feasible  hibernate               unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend-hybrid          yes      rtc-fallback
fill sys/power/disk 1048576 suspend
