# SPDX-License-Identifier: GPL-2.0-or-later
# rtc0 a symlink to rtc1 and rtc1 to rtc0.
# shellcheck shell=sh
# explain: ^  rtc\.rtc0\.wakealarm +unreadable \(Too many levels of symbolic links\)
# expect: feasible  suspend-then-hibernate  no       mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-without-alarm
# expect: feasible  timed-wake              no       rtc-without-alarm rtc-wakes-from-s4
rm -r sys/class/rtc/rtc0
ln -s rtc1 sys/class/rtc/rtc0
ln -s rtc0 sys/class/rtc/rtc1
