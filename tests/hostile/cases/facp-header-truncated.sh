# SPDX-License-Identifier: GPL-2.0-or-later
# The FADT cut after 10 bytes, inside its header.
# shellcheck shell=sh
# explain: ^  acpi\.FACP +malformed
# expect: feasible  suspend                 yes      mem-sleep-deep
# expect: feasible  hibernate               yes      disk-mode-selected resume-on-swap-partition swap-enough
# expect: feasible  suspend-hybrid          yes      disk-mode-selected resume-on-swap-partition swap-enough disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep disk-mode-selected resume-on-swap-partition swap-enough rtc-alarm-can-wake
# expect: feasible  timed-wake              yes      rtc-alarm-can-wake
cut_to sys/firmware/acpi/tables/FACP 10
