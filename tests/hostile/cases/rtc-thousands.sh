# SPDX-License-Identifier: GPL-2.0-or-later
# 5000 RTCs, each with a wake alarm: more than a directory listing holds.
# shellcheck shell=sh
# explain: ^  rtc +unreadable \(Argument list too long\)
# explain: ^  rtc\.rtc0\.wakealarm +present
cd sys/class/rtc || exit
i=1
set --
while [ $i -lt 5000 ]; do set -- "$@" rtc$i; i=$((i + 1)); done
mkdir "$@"
for d in "$@"; do : >"$d/wakealarm"; done
