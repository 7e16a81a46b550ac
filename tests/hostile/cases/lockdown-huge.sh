# SPDX-License-Identifier: GPL-2.0-or-later
# A lockdown file beyond the 64 KiB text bound.
# shellcheck shell=sh
# explain: ^  security\.lockdown +unreadable \(File too large\)
# expect: feasible  hibernate               yes      disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          yes      disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-declares-s3 disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
fill sys/kernel/security/lockdown 65537 '[integrity]'
