# SPDX-License-Identifier: GPL-2.0-or-later
# A DSDT header claiming 64 KiB, then 4096 random bytes (fixed seed) without any _S name.
# shellcheck shell=sh
# explain: ^  acpi\.DSDT +malformed +".*walk stopped at 0x[0-9a-f]+ \(truncated\)"
# expect: feasible  suspend                 yes      mem-sleep-deep
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
head -c 36 sys/firmware/acpi/tables/DSDT >sys/firmware/acpi/tables/DSDT.new
random_bytes 7 4096 >>sys/firmware/acpi/tables/DSDT.new
mv sys/firmware/acpi/tables/DSDT.new sys/firmware/acpi/tables/DSDT
le32 65536 | poke sys/firmware/acpi/tables/DSDT 4
! tail -c +37 sys/firmware/acpi/tables/DSDT | grep -aq _S
