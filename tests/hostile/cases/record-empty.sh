# SPDX-License-Identifier: GPL-2.0-or-later
# An empty RECORD: what was writable is not known.
# shellcheck shell=sh
# explain: ^  power\.state\.writable +unreadable \(No data available\)
# expect: feasible  suspend                 unknown  mem-sleep-deep firmware-declares-s3 state-writability-unknown
# expect: feasible  hibernate               unknown  state-writability-unknown disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  state-writability-unknown disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  freeze                  unknown  state-has-freeze state-writability-unknown
# expect: feasible  standby                 no       state-lacks-standby state-writability-unknown
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 state-writability-unknown disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put RECORD ''
