# SPDX-License-Identifier: GPL-2.0-or-later
# /sys/class/rtc without read or search permission.
# shellcheck shell=sh
# explain: ^  rtc\.rtc0\.wakealarm +present
# unprivileged-explain: ^  rtc +unreadable \(Permission denied\)
# unprivileged-explain: ^  rtc\.rtc0\.wakealarm +unreadable \(Permission denied\)
# unprivileged-expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-unreadable
# unprivileged-expect: feasible  timed-wake              unknown  rtc-unreadable rtc-wakes-from-s4
chmod 000 sys/class/rtc
