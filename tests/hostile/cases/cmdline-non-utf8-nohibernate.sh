# SPDX-License-Identifier: GPL-2.0-or-later
# nohibernate between bytes that are not UTF-8 on the command line.
# shellcheck shell=sh
# explain: ^  proc\.cmdline +present
# json: "value_encoding": *"base64"
# expect: feasible  hibernate               no       disk-mode-selected hibernation-disabled-by-cmdline resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          no       disk-mode-selected hibernation-disabled-by-cmdline resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected hibernation-disabled-by-cmdline resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put proc/cmdline '\377\376 nohibernate \303\n'
