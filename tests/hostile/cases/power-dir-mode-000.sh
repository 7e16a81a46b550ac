# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/power without read or search permission.
# shellcheck shell=sh
# explain: ^  power\.state +present
# unprivileged-explain: ^  power\.state +unreadable \(Permission denied\)
# unprivileged-explain: ^  power\.disk +unreadable \(Permission denied\)
# unprivileged-expect: feasible  suspend                 unknown  state-unreadable
# unprivileged-expect: feasible  hibernate               unknown  state-unreadable disk-unreadable resume-unreadable rtc-wakes-from-s4
# unprivileged-expect: feasible  suspend-hybrid          unknown  state-unreadable disk-unreadable resume-unreadable rtc-wakes-from-s4
# unprivileged-expect: feasible  freeze                  unknown  state-unreadable
# unprivileged-expect: feasible  standby                 unknown  state-unreadable
# unprivileged-expect: feasible  suspend-then-hibernate  unknown  state-unreadable disk-unreadable resume-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
# unprivileged-expect: pm-utils  suspend                 no       state-unreadable pmu-not-applicable
# unprivileged-expect: pm-utils  hibernate               no       disk-file-missing state-unreadable
# unprivileged-expect: pm-utils  suspend-hybrid          no       disk-file-missing state-unreadable suspend-unavailable hibernate-unavailable
chmod 000 sys/power
