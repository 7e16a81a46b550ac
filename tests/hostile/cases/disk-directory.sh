# SPDX-License-Identifier: GPL-2.0-or-later
# A directory where /sys/power/disk belongs.
# shellcheck shell=sh
# explain: ^  power\.disk +unreadable \(Is a directory\)
# expect: feasible  hibernate               unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  hibernate               no       disk-file-missing
# expect: pm-utils  suspend-hybrid          no       disk-file-missing hibernate-unavailable
rm sys/power/disk
mkdir sys/power/disk
