# SPDX-License-Identifier: GPL-2.0-or-later
# An RTC whose name holds a terminal escape sequence and bytes that are not UTF-8.
# shellcheck shell=sh
# explain: ^  rtc\.rtc\\x1b\[2J\\x01.*\.wakealarm +present
# explain-not: [[:cntrl:]]
d="sys/class/rtc/$(printf 'rtc\033[2J\001\377')"
mkdir "$d"
: >"$d/wakealarm"
