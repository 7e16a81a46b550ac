# SPDX-License-Identifier: GPL-2.0-or-later
# Lockdown without read permission.
# shellcheck shell=sh
# explain: ^  security\.lockdown +present
# unprivileged-explain: ^  security\.lockdown +unreadable \(Permission denied\)
# unprivileged-expect: feasible  hibernate               yes      disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# unprivileged-expect: feasible  suspend-hybrid          yes      disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# unprivileged-expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-declares-s3 disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
chmod 000 sys/kernel/security/lockdown
