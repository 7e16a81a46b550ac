# SPDX-License-Identifier: GPL-2.0-or-later
# [integrity without its closing bracket in lockdown.
# shellcheck shell=sh
# explain: ^  security\.lockdown +malformed
# expect: feasible  hibernate               yes      disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          yes      disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-declares-s3 disk-mode-selected lockdown-unreadable resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put sys/kernel/security/lockdown 'none [integrity confidentiality\n'
