# SPDX-License-Identifier: GPL-2.0-or-later
# A /proc/cmdline beyond the 64 KiB text bound.
# shellcheck shell=sh
# explain: ^  proc\.cmdline +unreadable \(File too large\)
# expect: feasible  hibernate               unknown  cmdline-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  cmdline-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 cmdline-unreadable disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
fill proc/cmdline 65537 quiet
