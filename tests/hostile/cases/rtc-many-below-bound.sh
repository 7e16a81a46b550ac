# SPDX-License-Identifier: GPL-2.0-or-later
# 3000 RTCs without a wake alarm besides rtc0 with one.
# shellcheck shell=sh
# explain: ^  rtc\.rtc0\.wakealarm +present
# explain: ^  rtc\.rtc1\.wakealarm +missing
cd sys/class/rtc || exit
i=1
set --
while [ $i -lt 3000 ]; do set -- "$@" rtc$i; i=$((i + 1)); done
mkdir "$@"
