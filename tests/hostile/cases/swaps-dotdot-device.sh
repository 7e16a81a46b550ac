# SPDX-License-Identifier: GPL-2.0-or-later
# A swap partition named /dev/../../etc/passwd: no sysfs lookup outside /dev.
# shellcheck shell=sh
# explain: ^  swap\.0 +present +"/dev/\.\./\.\./etc/passwd partition
# expect: feasible  hibernate               no       disk-mode-selected resume-device-not-swap rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected resume-device-not-swap rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-device-not-swap rtc-wakes-from-s4 rtc-alarm-can-wake
swap_line 16777212 0 -2 /dev/../../etc/passwd
