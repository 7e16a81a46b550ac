# SPDX-License-Identifier: GPL-2.0-or-later
# A character device without a driver (240:0) where /sys/power/state belongs: never opened.
# shellcheck shell=sh
# Opening 240:0 fails with ENXIO ("No such device or address") where it is tried: "Invalid
# argument" says its type was checked on an O_PATH descriptor first. Without CAP_MKNOD a FIFO
# stands in (the same answer, but it proves less).
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
rm -f sys/power/state
mknod sys/power/state c 240 0 2>/dev/null || mkfifo sys/power/state
