# SPDX-License-Identifier: GPL-2.0-or-later
# More tokens in /sys/power/disk than a token list holds, within the text bound.
# shellcheck shell=sh
# explain: ^  power\.disk +malformed
# expect: feasible  hibernate               unknown  disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-malformed resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
printf '[platform] shutdown reboot suspend test_resume' >sys/power/disk
i=0
while [ $i -lt 300 ]; do
	printf ' x%d' $i >>sys/power/disk
	i=$((i + 1))
done
echo >>sys/power/disk
