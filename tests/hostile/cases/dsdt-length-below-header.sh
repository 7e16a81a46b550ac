# SPDX-License-Identifier: GPL-2.0-or-later
# The DSDT's length field says 8.
# shellcheck shell=sh
# explain: ^  acpi\.DSDT +malformed
# expect: feasible  suspend                 yes      mem-sleep-deep
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
le32 8 | poke sys/firmware/acpi/tables/DSDT 4
