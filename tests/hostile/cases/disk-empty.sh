# SPDX-License-Identifier: GPL-2.0-or-later
# An empty /sys/power/disk: no mode offered, none selected.
# shellcheck shell=sh
# explain: ^  power\.disk +present +""
# expect: feasible  hibernate               unknown  disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend-missing
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend-hybrid          yes      rtc-fallback
put sys/power/disk ''
