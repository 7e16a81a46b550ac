# SPDX-License-Identifier: GPL-2.0-or-later
# A FIFO without a writer where rtc0's wakealarm belongs.
# shellcheck shell=sh
# explain: ^  rtc\.rtc0\.wakealarm +unreadable \(Invalid argument\)
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-without-alarm
# expect: feasible  timed-wake              no       rtc-without-alarm rtc-wakes-from-s4
fifo sys/class/rtc/rtc0/wakealarm
