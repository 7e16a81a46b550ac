# SPDX-License-Identifier: GPL-2.0-or-later
# 2500 directories nested below sys/devices, a wake device at the bottom: beyond the walk's depth.
# shellcheck shell=sh
# explain: ^  wake\.devices +present +"1 with power/wakeup, 1 enabled"
# explain: ^  wake\.rtc\.00:01 +present
nest sys/devices/deep 2500
# The bottom: a device no walk bounded at 32 levels reaches.
(
	cd sys/devices/deep || exit
	while [ -d d ]; do cd -P d || exit; done
	mkdir power
	printf 'enabled\n' >power/wakeup
	: >uevent
	ln -s /sys/bus/platform subsystem
)
