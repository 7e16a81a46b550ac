# SPDX-License-Identifier: GPL-2.0-or-later
# A FIFO without a writer where /sys/power/state belongs: a read would block.
# shellcheck shell=sh
# explain: ^  power\.state +unreadable \(Invalid argument\)
# expect: feasible  suspend                 unknown  state-unreadable
# expect: feasible  hibernate               unknown  state-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  state-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  freeze                  unknown  state-unreadable
# expect: feasible  standby                 unknown  state-unreadable
# expect: feasible  suspend-then-hibernate  unknown  state-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend                 no       state-unreadable pmu-not-applicable
# expect: pm-utils  hibernate               no       state-unreadable
# expect: pm-utils  suspend-hybrid          no       state-unreadable suspend-unavailable hibernate-unavailable
fifo sys/power/state
