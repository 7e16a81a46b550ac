# SPDX-License-Identifier: GPL-2.0-or-later
# A DSDT of 4096 random bytes (fixed seed).
# shellcheck shell=sh
# explain: ^  acpi\.DSDT +malformed
# expect: feasible  suspend                 yes      mem-sleep-deep
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
random_bytes 1 4096 >sys/firmware/acpi/tables/DSDT
! head -c 4 sys/firmware/acpi/tables/DSDT | grep -Eq 'DSDT|SSDT|PSDT'
