# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/power/state a ../../.. chain out of the root to another tree's state.
# shellcheck shell=sh
# explain: ^  power\.state +unreadable \(Too many levels of symbolic links\)
# expect: feasible  suspend                 unknown  state-unreadable
# expect: feasible  hibernate               unknown  state-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  state-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  freeze                  unknown  state-unreadable
# expect: feasible  standby                 unknown  state-unreadable
# expect: feasible  suspend-then-hibernate  unknown  state-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend                 no       state-unreadable pmu-not-applicable
# expect: pm-utils  hibernate               no       state-unreadable
# expect: pm-utils  suspend-hybrid          no       state-unreadable suspend-unavailable hibernate-unavailable
rm sys/power/state
ln -s "$(dotdots)${BAIT#/}/power/state" sys/power/state
