# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/power a symlink to itself.
# shellcheck shell=sh
# explain: ^  power\.state +unreadable \(Too many levels of symbolic links\)
# explain: ^  power\.disk +unreadable \(Too many levels of symbolic links\)
# expect: feasible  suspend                 unknown  state-unreadable
# expect: feasible  hibernate               unknown  state-unreadable disk-unreadable resume-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  state-unreadable disk-unreadable resume-unreadable rtc-wakes-from-s4
# expect: feasible  freeze                  unknown  state-unreadable
# expect: feasible  standby                 unknown  state-unreadable
# expect: feasible  suspend-then-hibernate  unknown  state-unreadable disk-unreadable resume-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend                 no       state-unreadable pmu-not-applicable
# expect: pm-utils  hibernate               no       disk-file-missing state-unreadable
# expect: pm-utils  suspend-hybrid          no       disk-file-missing state-unreadable suspend-unavailable hibernate-unavailable
rm -r sys/power
ln -s power sys/power
