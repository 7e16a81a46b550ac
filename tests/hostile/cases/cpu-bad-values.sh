# SPDX-License-Identifier: GPL-2.0-or-later
# Every CPU value wrong in its own way: each a reason in the CPU section, none a crash.
# shellcheck shell=sh
# explain: ^CPU power policies \(read only, no verdict\): 2 CPUs, acpi-cpufreq, governor turbo\\x1b\[2J, EPP fastest; idle: acpi_idle driver, 1 state in 2 CPU groups; platform profile quiet$
# explain: ^    reason code=governor-not-available path=sys/devices/system/cpu/cpufreq/policy0/scaling_governor: 
# explain: ^    reason code=cpufreq-min-above-max path=sys/devices/system/cpu/cpufreq/policy0: 
# explain: ^    reason code=epp-unknown path=sys/devices/system/cpu/cpufreq/policy0/energy_performance_preference: 
# explain: ^    reason code=cpufreq-value-malformed path=sys/devices/system/cpu/cpufreq/policy1/scaling_cur_freq: 
# explain: ^    reason code=cpufreq-value-malformed path=sys/devices/system/cpu/cpufreq/policy1/cpuinfo_max_freq: 
# explain: ^    reason code=cpufreq-value-malformed path=sys/devices/system/cpu/cpufreq/boost: 
# explain: ^    reason code=cpuidle-value-malformed path=sys/devices/system/cpu/cpu1/cpuidle/state0/latency: 
# explain: ^    reason code=energy-perf-bias-malformed path=sys/devices/system/cpu/cpu0/power/energy_perf_bias: 
# explain: ^    reason code=platform-profile-unknown path=sys/firmware/acpi/platform_profile: 
# explain: ^    reason code=cpu-value-unreadable path=sys/devices/system/cpu/cpuidle/current_governor: 
# explain-not: [[:cntrl:]]
# json: "scaling_min_freq": 3000000,
c=sys/devices/system/cpu
mkdir -p "$c/cpufreq/policy0" "$c/cpufreq/policy1" "$c/cpuidle" "$c/cpu0/power" sys/firmware/acpi
for p in 0 1; do
	printf '%s\n' "$p" >"$c/cpufreq/policy$p/affected_cpus"
	echo acpi-cpufreq >"$c/cpufreq/policy$p/scaling_driver"
	echo 'ondemand performance ' >"$c/cpufreq/policy$p/scaling_available_governors"
	printf 'turbo\033[2J\n' >"$c/cpufreq/policy$p/scaling_governor"
done
echo 3000000 >"$c/cpufreq/policy0/scaling_min_freq"
echo 2000000 >"$c/cpufreq/policy0/scaling_max_freq"
echo fastest >"$c/cpufreq/policy0/energy_performance_preference"
echo 'default power' >"$c/cpufreq/policy0/energy_performance_available_preferences"
echo '<unknown>' >"$c/cpufreq/policy1/scaling_cur_freq"
echo 99999999999999999999 >"$c/cpufreq/policy1/cpuinfo_max_freq"
echo yes >"$c/cpufreq/boost"
echo acpi_idle >"$c/cpuidle/current_driver"
mkfifo "$c/cpuidle/current_governor"
for cpu in 0 1; do
	mkdir -p "$c/cpu$cpu/cpuidle/state0"
	echo C1 >"$c/cpu$cpu/cpuidle/state0/name"
done
echo 1 >"$c/cpu0/cpuidle/state0/latency"
echo -1 >"$c/cpu1/cpuidle/state0/latency"
echo 99 >"$c/cpu0/power/energy_perf_bias"
echo quiet >sys/firmware/acpi/platform_profile
echo 'low-power balanced' >sys/firmware/acpi/platform_profile_choices
