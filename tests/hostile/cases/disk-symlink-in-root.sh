# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/power/disk a symlink to a file in the root: never read, but pm-utils' test -f follows it.
# shellcheck shell=sh
# explain: ^  power\.disk +unreadable \(Too many levels of symbolic links\)
# expect: feasible  hibernate               unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend-hybrid          yes      rtc-fallback
mv sys/power/disk sys/power/disk.real
ln -s disk.real sys/power/disk
