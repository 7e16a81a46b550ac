# SPDX-License-Identifier: GPL-2.0-or-later
# lib a relative symlink up past the root to another host's lib, which says amd_pmc is built in.
# shellcheck shell=sh
# explain: ^  platform\.amd_pmc +present +"absent" +\[lib/modules\]
# s2idle is selected (mem-sleep-s2idle) though the FADT lacks LOW_POWER_S0_IDLE
# (s2idle-without-low-power-s0) and the kernel would pick deep, offered, without an LPS0 device
# (mem-sleep-default-differs); S3 stays declared. The tree's own lists
# (the ../ stop at the root) name no amd_pmc: absent, s2idle-without-pmc-driver.
# expect: feasible  suspend                 yes      mem-sleep-s2idle firmware-declares-s3 s2idle-without-low-power-s0 mem-sleep-default-differs s2idle-without-pmc-driver
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-s2idle disk-mode-selected resume-on-swap-partition swap-enough firmware-declares-s3 s2idle-without-low-power-s0 mem-sleep-default-differs rtc-wakes-from-s4 rtc-alarm-can-wake s2idle-without-pmc-driver
amd_s2idle
mkdir -p ".$BAIT/lib/modules/6.1.0-18-amd64"
: >".$BAIT/lib/modules/6.1.0-18-amd64/modules.dep"
: >".$BAIT/lib/modules/6.1.0-18-amd64/modules.builtin"
ln -s "$(dotdots)${BAIT#/}/lib" lib
