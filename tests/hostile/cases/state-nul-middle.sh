# SPDX-License-Identifier: GPL-2.0-or-later
# A NUL byte inside /sys/power/state: the text ends there, as libudev reads it.
# shellcheck shell=sh
# explain: ^  power\.state +present +"freeze"  
# expect: feasible  suspend                 no       state-lacks-mem firmware-s3-not-offered
# expect: feasible  hibernate               no       state-lacks-disk disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       state-lacks-disk disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  standby                 no       state-lacks-standby
# expect: feasible  suspend-then-hibernate  no       state-lacks-mem firmware-s3-not-offered state-lacks-disk disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
# expect: pm-utils  suspend                 no       state-lacks-mem state-lacks-standby pmu-not-applicable
# expect: pm-utils  hibernate               no       state-lacks-disk
# expect: pm-utils  suspend-hybrid          no       state-lacks-disk suspend-unavailable hibernate-unavailable
put sys/power/state 'freeze\000mem disk\n'
