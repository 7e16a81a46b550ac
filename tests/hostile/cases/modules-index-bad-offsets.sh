# SPDX-License-Identifier: GPL-2.0-or-later
# Each modules.*.bin index has a valid header and a root node offset far out of range.
# shellcheck shell=sh
# explain: ^  platform\.amd_pmc +present +"loadable" +\[lib/modules\]
# s2idle is selected (mem-sleep-s2idle) though the FADT lacks LOW_POWER_S0_IDLE
# (s2idle-without-low-power-s0) and the kernel would pick deep, offered, without an LPS0 device
# (mem-sleep-default-differs); S3 stays declared. modules.dep names
# amd-pmc.ko, not loaded: loadable, s2idle-without-pmc-driver. No .bin index is read.
# expect: feasible  suspend                 yes      mem-sleep-s2idle firmware-declares-s3 s2idle-without-low-power-s0 mem-sleep-default-differs s2idle-without-pmc-driver
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-s2idle disk-mode-selected resume-on-swap-partition swap-enough firmware-declares-s3 s2idle-without-low-power-s0 mem-sleep-default-differs rtc-wakes-from-s4 rtc-alarm-can-wake s2idle-without-pmc-driver
amd_s2idle
modules_lists 'kernel/drivers/platform/x86/amd/pmc/amd-pmc.ko:\n' ''
# kmod's index header, big-endian: magic B007F457, version 2.1, then the root node's offset.
for i in dep alias symbols builtin.alias builtin; do
	printf '\260\007\364\127\000\002\000\001\177\377\377\360' \
		>"lib/modules/6.1.0-18-amd64/modules.$i.bin"
done
