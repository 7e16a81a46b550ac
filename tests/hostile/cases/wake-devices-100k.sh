# SPDX-License-Identifier: GPL-2.0-or-later
# 100000 directories below sys/devices, 1100 of them devices with power/wakeup: beyond the bound.
# shellcheck shell=sh
# explain: ^  wake\.devices +unreadable \(Argument list too long\)
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 wake-devices-unreadable
# expect: feasible  timed-wake              unknown  wake-devices-unreadable rtc-wakes-from-s4
mkdir -p sys/devices/platform
(
	cd sys/devices/platform || exit
	seq 100000 | sed 's/^/n/' | xargs mkdir
	i=0
	while [ $i -lt 1100 ]; do
		mkdir -p "n$i/power"
		: >"n$i/uevent"
		printf 'enabled\n' >"n$i/power/wakeup"
		ln -s ../../../bus/platform "n$i/subsystem"
		i=$((i + 1))
	done
)
