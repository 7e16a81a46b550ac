# SPDX-License-Identifier: GPL-2.0-or-later
# The swap partition's sysfs directory an absolute symlink to another tree's.
# shellcheck shell=sh
# explain: ^  block\.nvme0n1p3\.dev +missing
# expect: feasible  hibernate               no       disk-mode-selected resume-device-not-swap rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected resume-device-not-swap rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-device-not-swap rtc-wakes-from-s4 rtc-alarm-can-wake
rm -r sys/class/block/nvme0n1p3
ln -s "$BAIT/block/nvme0n1p3" sys/class/block/nvme0n1p3
