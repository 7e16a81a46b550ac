# SPDX-License-Identifier: GPL-2.0-or-later
# A directory where the FADT belongs.
# shellcheck shell=sh
# explain: ^  acpi\.FACP +unreadable \(Is a directory\)
# expect: feasible  suspend                 yes      mem-sleep-deep firmware-tables-unreadable
# expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable
# expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-tables-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-alarm-can-wake
# expect: feasible  timed-wake              yes      rtc-alarm-can-wake firmware-tables-unreadable
rm sys/firmware/acpi/tables/FACP
mkdir sys/firmware/acpi/tables/FACP
