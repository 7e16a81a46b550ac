# SPDX-License-Identifier: GPL-2.0-or-later
# A block device without a driver (240:0) where the DSDT belongs: never opened (ENXIO if it were).
# shellcheck shell=sh
# explain: ^  acpi\.DSDT +unreadable \(Invalid argument\)
# expect: feasible  suspend                 yes      mem-sleep-deep firmware-tables-unreadable
# expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable
# expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough firmware-tables-unreadable disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-tables-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-alarm-can-wake
# expect: feasible  timed-wake              yes      rtc-alarm-can-wake firmware-tables-unreadable
rm -f sys/firmware/acpi/tables/DSDT
mknod sys/firmware/acpi/tables/DSDT b 240 0 2>/dev/null || mkfifo sys/firmware/acpi/tables/DSDT
