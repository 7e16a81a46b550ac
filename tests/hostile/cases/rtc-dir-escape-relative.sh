# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/class/rtc a ../../.. chain out of the root to another tree's RTCs.
# shellcheck shell=sh
# explain: no-rtc: no real-time clock
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 no-rtc
# expect: feasible  timed-wake              no       no-rtc rtc-wakes-from-s4
rm -r sys/class/rtc
ln -s "$(dotdots)${BAIT#/}/rtc" sys/class/rtc
