# SPDX-License-Identifier: GPL-2.0-or-later
# 4000 cpufreq policies, each with a governor: the first 512 are read, the rest is a reason.
# shellcheck shell=sh
# explain: ^CPU power policies \(read only, no verdict\): 1 CPU, unknown driver, 512 policies, governor powersave; no cpuidle$
# explain: ^    reason code=cpu-limit-exceeded path=sys/devices/system/cpu/cpufreq: 
# explain: ^      policy name=policy511 scaling_governor=powersave$
# explain-not: policy512
# xml: <reason code="cpu-limit-exceeded" path="sys/devices/system/cpu/cpufreq">
mkdir -p sys/devices/system/cpu/cpu0
cd sys/devices/system/cpu && mkdir cpufreq && cd cpufreq
seq -f 'policy%.0f' 0 3999 | xargs mkdir
for p in policy*; do echo powersave >"$p/scaling_governor"; done
