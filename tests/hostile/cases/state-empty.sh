# SPDX-License-Identifier: GPL-2.0-or-later
# An empty /sys/power/state: no sleep state at all.
# shellcheck shell=sh
# explain: ^  power\.state +present +""
# expect: feasible  suspend                 no       state-empty firmware-s3-not-offered
# expect: feasible  hibernate               no       state-empty disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       state-empty disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  freeze                  no       state-empty
# expect: feasible  standby                 no       state-empty
# expect: feasible  suspend-then-hibernate  no       state-empty firmware-s3-not-offered disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend                 no       state-lacks-mem state-lacks-standby pmu-not-applicable
# expect: pm-utils  hibernate               no       state-lacks-disk
# expect: pm-utils  suspend-hybrid          no       state-lacks-disk suspend-unavailable hibernate-unavailable
put sys/power/state ''
