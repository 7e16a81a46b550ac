# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/power a ../../.. chain out of the root to another tree's /sys/power.
# shellcheck shell=sh
# explain: ^  power\.state +missing
# expect: feasible  suspend                 no       state-missing firmware-s3-not-offered
# expect: feasible  hibernate               no       state-missing no-hibernation-support resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       state-missing no-hibernation-support resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  freeze                  no       state-missing
# expect: feasible  standby                 no       state-missing
# expect: feasible  suspend-then-hibernate  no       state-missing firmware-s3-not-offered no-hibernation-support resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend                 no       state-missing pmu-not-applicable
# expect: pm-utils  hibernate               no       disk-file-missing state-missing
# expect: pm-utils  suspend-hybrid          no       disk-file-missing state-missing suspend-unavailable hibernate-unavailable
rm -r sys/power
ln -s "$(dotdots)${BAIT#/}/power" sys/power
