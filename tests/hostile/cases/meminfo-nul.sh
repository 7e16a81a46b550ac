# SPDX-License-Identifier: GPL-2.0-or-later
# A NUL byte after the first line of /proc/meminfo: Active(anon) is beyond the text.
# shellcheck shell=sh
# explain: ^  proc\.meminfo +malformed
# expect: feasible  hibernate               unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition meminfo-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
{ head -n 1 proc/meminfo; printf '\000'; tail -n +2 proc/meminfo; } >proc/meminfo.new
mv proc/meminfo.new proc/meminfo
