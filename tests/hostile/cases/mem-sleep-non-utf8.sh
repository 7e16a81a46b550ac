# SPDX-License-Identifier: GPL-2.0-or-later
# A selected variant that is not UTF-8 (and not deep) in /sys/power/mem_sleep: mem enters it.
# shellcheck shell=sh
# explain: ^  power\.mem_sleep +present
# json: "value_encoding": *"base64"
# expect: feasible  suspend                 yes      mem-sleep-variant-unknown firmware-s3-not-offered mem-sleep-default-differs
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-variant-unknown firmware-s3-not-offered mem-sleep-default-differs disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put sys/power/mem_sleep 's2idle [d\351ep]\n'
