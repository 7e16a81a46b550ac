# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/power/mem_sleep without read permission.
# shellcheck shell=sh
# explain: ^  power\.mem_sleep +present
# unprivileged-explain: ^  power\.mem_sleep +unreadable \(Permission denied\)
# unprivileged-expect: feasible  suspend                 yes      mem-sleep-unreadable
# unprivileged-expect: feasible  suspend-then-hibernate  yes      mem-sleep-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
chmod 000 sys/power/mem_sleep
