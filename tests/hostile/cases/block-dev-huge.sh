# SPDX-License-Identifier: GPL-2.0-or-later
# The swap partition's sysfs dev beyond the 64 KiB text bound.
# shellcheck shell=sh
# explain: ^  block\.nvme0n1p3\.dev +unreadable \(File too large\)
# expect: feasible  hibernate               no       disk-mode-selected resume-device-not-swap rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected resume-device-not-swap rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-device-not-swap rtc-wakes-from-s4 rtc-alarm-can-wake
fill sys/class/block/nvme0n1p3/dev 65537 259:3
