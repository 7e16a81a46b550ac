# SPDX-License-Identifier: GPL-2.0-or-later
# A DSDT of 4 MiB + 1 byte, beyond the table bound.
# shellcheck shell=sh
# explain: ^  acpi\.DSDT +unreadable \(File too large\)
# expect: feasible  suspend                 yes      mem-sleep-deep firmware-tables-unreadable
# expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable
# expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-tables-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-alarm-can-wake
# expect: feasible  timed-wake              yes      rtc-alarm-can-wake firmware-tables-unreadable
fill sys/firmware/acpi/tables/DSDT 4194305 DSDT
