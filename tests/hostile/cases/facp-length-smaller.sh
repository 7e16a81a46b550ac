# SPDX-License-Identifier: GPL-2.0-or-later
# The FADT's length field says 64, the file has 276 bytes: the fields beyond are absent.
# shellcheck shell=sh
# explain: ^  acpi\.FACP +present +"FACP revision 6, 64 bytes, checksum
# expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough
# expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough rtc-alarm-can-wake
# expect: feasible  timed-wake              yes      rtc-alarm-can-wake
le32 64 | poke sys/firmware/acpi/tables/FACP 4
