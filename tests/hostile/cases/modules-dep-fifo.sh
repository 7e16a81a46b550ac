# SPDX-License-Identifier: GPL-2.0-or-later
# A FIFO without a writer at lib/modules/<release>/modules.dep.
# shellcheck shell=sh
# explain: ^  platform\.amd_pmc +present +"not-loaded" +\[sys/module\]
# s2idle is selected (mem-sleep-s2idle) though the FADT lacks LOW_POWER_S0_IDLE
# (s2idle-without-low-power-s0) and the kernel would pick deep, offered, without an LPS0 device
# (mem-sleep-default-differs); S3 stays declared. modules.dep cannot be
# read (not a regular file): whether amd_pmc is a module is not known, only that sys/module has
# no amd_pmc: not loaded, s2idle-without-pmc-driver.
# expect: feasible  suspend                 yes      mem-sleep-s2idle firmware-declares-s3 s2idle-without-low-power-s0 mem-sleep-default-differs s2idle-without-pmc-driver
# expect: feasible  suspend-then-hibernate  yes      mem-sleep-s2idle disk-mode-selected resume-on-swap-partition swap-enough firmware-declares-s3 s2idle-without-low-power-s0 mem-sleep-default-differs rtc-wakes-from-s4 rtc-alarm-can-wake s2idle-without-pmc-driver
amd_s2idle
modules_lists '' ''
fifo lib/modules/6.1.0-18-amd64/modules.dep
