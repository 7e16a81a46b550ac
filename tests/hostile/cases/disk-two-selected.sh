# SPDX-License-Identifier: GPL-2.0-or-later
# Two selected modes in /sys/power/disk.
# shellcheck shell=sh
# explain: ^  power\.disk +malformed
# expect: feasible  hibernate               unknown  disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put sys/power/disk '[platform] [shutdown] reboot suspend\n'
