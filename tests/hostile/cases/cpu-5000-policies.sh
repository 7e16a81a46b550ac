# SPDX-License-Identifier: GPL-2.0-or-later
# 5000 cpufreq policy directories, more than a listing takes: the CPU section says so, nothing else changes.
# shellcheck shell=sh
# explain: ^CPU power policies \(read only, no verdict\): 1 CPU, no cpufreq; no cpuidle$
# explain: ^    reason code=cpu-list-unreadable path=sys/devices/system/cpu/cpufreq: 
# json: "code": "cpu-list-unreadable"
mkdir -p sys/devices/system/cpu/cpu0
cd sys/devices/system/cpu && mkdir cpufreq && cd cpufreq
seq -f 'policy%.0f' 0 4999 | xargs mkdir
