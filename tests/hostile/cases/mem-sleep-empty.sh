# SPDX-License-Identifier: GPL-2.0-or-later
# An empty /sys/power/mem_sleep: no variant offered, none selected, so mem has none to enter.
# shellcheck shell=sh
# explain: ^  power\.mem_sleep +present +""
# expect: feasible  suspend                 no       mem-sleep-none-selected firmware-s3-not-offered
# expect: feasible  suspend-then-hibernate  no       mem-sleep-none-selected firmware-s3-not-offered disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
put sys/power/mem_sleep ''
