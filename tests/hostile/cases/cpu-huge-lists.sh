# SPDX-License-Identifier: GPL-2.0-or-later
# Lists far beyond any real one: 60000 bytes of governors, a 1 MiB CPU list, 5000 idle states.
# shellcheck shell=sh
# explain: ^    reason code=cpufreq-value-malformed path=sys/devices/system/cpu/cpufreq/policy0/scaling_available_governors: 
# explain: ^    reason code=cpu-value-unreadable path=sys/devices/system/cpu/cpufreq/policy0/affected_cpus: 
# explain: ^    reason code=cpu-list-unreadable path=sys/devices/system/cpu/cpu0/cpuidle: 
# explain: ^      policy name=policy0 scaling_governor=schedutil scaling_min_freq=1000$
# json: "scaling_governor": "schedutil"
p=sys/devices/system/cpu/cpufreq/policy0
mkdir -p "$p" sys/devices/system/cpu/cpu0/cpuidle sys/devices/system/cpu/cpuidle
fill "$p/scaling_available_governors" 60000 schedutil
fill "$p/affected_cpus" 1048576 0
echo schedutil >"$p/scaling_governor"
echo 1000 >"$p/scaling_min_freq"
echo menu >sys/devices/system/cpu/cpuidle/current_driver
cd sys/devices/system/cpu/cpu0/cpuidle && seq -f 'state%.0f' 0 4999 | xargs mkdir
