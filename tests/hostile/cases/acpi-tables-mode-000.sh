# SPDX-License-Identifier: GPL-2.0-or-later
# The ACPI tables without read permission (real hosts: root only, 0400).
# shellcheck shell=sh
# explain: ^  acpi\.FACP +present
# unprivileged-explain: ^  acpi\.FACP +unreadable \(Permission denied\)
# unprivileged-expect: feasible  suspend                 yes      mem-sleep-deep firmware-tables-unreadable
# unprivileged-expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable
# unprivileged-expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable disk-mode-suspend
# unprivileged-expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-tables-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-alarm-can-wake
# unprivileged-expect: feasible  timed-wake              yes      rtc-alarm-can-wake firmware-tables-unreadable
chmod 000 sys/firmware/acpi/tables/FACP sys/firmware/acpi/tables/FACS sys/firmware/acpi/tables/DSDT
