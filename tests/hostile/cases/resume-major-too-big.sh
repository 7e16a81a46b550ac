# SPDX-License-Identifier: GPL-2.0-or-later
# A major of 4096, beyond what a dev_t holds, in /sys/power/resume.
# shellcheck shell=sh
# explain: ^  power\.resume +malformed +"4096:0"
# expect: feasible  hibernate               unknown  disk-mode-selected resume-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
put sys/power/resume '4096:0\n'
