# SPDX-License-Identifier: GPL-2.0-or-later
# The CPU directory and a governor are symlinks out of the root: nothing outside is read.
# shellcheck shell=sh
# explain: ^CPU power policies \(read only, no verdict\): 1 CPU, unknown driver, governor powersave; no cpuidle$
# explain: ^    reason code=cpu-value-unreadable path=sys/devices/system/cpu/cpufreq/policy0/scaling_driver: 
mkdir -p sys/devices/system/cpu/cpu0 sys/devices/system/cpu/cpufreq/policy0 "$BAIT/cpu"
echo performance >"$BAIT/cpu/scaling_driver"
echo intel_idle >"$BAIT/cpu/current_driver"
ln -s "$BAIT/cpu/scaling_driver" sys/devices/system/cpu/cpufreq/policy0/scaling_driver
echo powersave >sys/devices/system/cpu/cpufreq/policy0/scaling_governor
ln -s "$BAIT/cpu" sys/devices/system/cpu/cpuidle
