# SPDX-License-Identifier: GPL-2.0-or-later
# sys an absolute symlink to /sys: inside the root it points at itself.
# shellcheck shell=sh
# explain: ^  power\.state +unreadable \(Too many levels of symbolic links\)
# explain: ^  rtc +unreadable \(Too many levels of symbolic links\)
# explain: ^  acpi\.FACP +unreadable \(Too many levels of symbolic links\)
# check leaves the wake section out, so its informative wake-devices-unreadable is not here.
# expect: feasible  suspend                 unknown  state-unreadable firmware-tables-unreadable
# expect: feasible  hibernate               unknown  state-unreadable disk-unreadable lockdown-unreadable firmware-tables-unreadable resume-unreadable
# expect: feasible  suspend-hybrid          unknown  state-unreadable disk-unreadable lockdown-unreadable firmware-tables-unreadable resume-unreadable
# expect: feasible  freeze                  unknown  state-unreadable
# expect: feasible  standby                 unknown  state-unreadable
# expect: feasible  suspend-then-hibernate  unknown  state-unreadable firmware-tables-unreadable disk-unreadable lockdown-unreadable resume-unreadable rtc-unreadable
# expect: pm-utils  suspend                 no       state-unreadable pmu-not-applicable
# expect: pm-utils  hibernate               no       disk-file-missing state-unreadable
# expect: pm-utils  suspend-hybrid          no       disk-file-missing state-unreadable no-wake-alarm suspend-unavailable hibernate-unavailable
# expect: feasible  timed-wake              unknown  rtc-unreadable firmware-tables-unreadable
rm -r sys
ln -s /sys sys
