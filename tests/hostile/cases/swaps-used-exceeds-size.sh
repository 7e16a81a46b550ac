# SPDX-License-Identifier: GPL-2.0-or-later
# A swap area whose used space (2^64-1 KiB) exceeds its size.
# shellcheck shell=sh
# explain: ^  swap\.0 +present +.*used=18446744073709551615 KiB
# expect: feasible  hibernate               no       disk-mode-selected resume-on-swap-partition swap-too-small systemd-swap-too-small rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected resume-on-swap-partition swap-too-small systemd-swap-too-small rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-too-small systemd-swap-too-small rtc-wakes-from-s4 rtc-alarm-can-wake
swap_line 16777212 18446744073709551615
