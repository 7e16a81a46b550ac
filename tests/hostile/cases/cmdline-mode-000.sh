# SPDX-License-Identifier: GPL-2.0-or-later
# /proc/cmdline without read permission.
# shellcheck shell=sh
# explain: ^  proc\.cmdline +present
# unprivileged-explain: ^  proc\.cmdline +unreadable \(Permission denied\)
# unprivileged-expect: feasible  hibernate               unknown  cmdline-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# unprivileged-expect: feasible  suspend-hybrid          unknown  cmdline-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# unprivileged-expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 cmdline-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
chmod 000 proc/cmdline
