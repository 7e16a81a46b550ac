/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Names and sentences for the public enums; the reason strings are a stable interface. */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "macro.h"

static const char *const target_names[_PMPROBE_TARGET_MAX] = {
	[PMPROBE_TARGET_SUSPEND] = "suspend",
	[PMPROBE_TARGET_HIBERNATE] = "hibernate",
	[PMPROBE_TARGET_SUSPEND_HYBRID] = "suspend-hybrid",
	[PMPROBE_TARGET_FREEZE] = "freeze",
	[PMPROBE_TARGET_STANDBY] = "standby",
	[PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE] = "suspend-then-hibernate",
	[PMPROBE_TARGET_TIMED_WAKE] = "timed-wake",
};

static const char *const verdict_names[] = {
	[PMPROBE_NO] = "no",
	[PMPROBE_YES] = "yes",
	[PMPROBE_UNKNOWN] = "unknown",
};

static const char *const effect_names[_PMPROBE_EFFECT_MAX] = {
	[PMPROBE_EFFECT_INFORMS] = "informs",
	[PMPROBE_EFFECT_BLOCKS] = "blocks",
	[PMPROBE_EFFECT_UNKNOWN] = "unknown",
};

static const char *const policy_names[_PMPROBE_POLICY_MAX] = {
	[PMPROBE_POLICY_FEASIBLE] = "feasible",
	[PMPROBE_POLICY_PM_UTILS] = "pm-utils",
};

static const char *const fact_state_names[_PMPROBE_FACT_STATE_MAX] = {
	[PMPROBE_FACT_PRESENT] = "present",
	[PMPROBE_FACT_MISSING] = "missing",
	[PMPROBE_FACT_UNREADABLE] = "unreadable",
	[PMPROBE_FACT_MALFORMED] = "malformed",
};

static const struct {
	const char *name, *description;
} reasons[_PMPROBE_REASON_MAX] = {
#define R(id, n, d) [PMPROBE_REASON_##id] = {n, d}
	R(STATE_MISSING, "state-missing",
	  "/sys/power/state does not exist: a kernel without sleep support, or no sysfs"),
	R(STATE_UNREADABLE, "state-unreadable", "/sys/power/state could not be read"),
	R(STATE_EMPTY, "state-empty",
	  "the kernel offers no sleep state at all (a container, or firmware without sleep "
	  "states)"),
	R(STATE_NOT_WRITABLE, "state-not-writable",
	  "not even root can write /sys/power/state (/sys mounted read-only, as in a container, "
	  "or a file without write permission)"),
	R(STATE_WRITABILITY_UNKNOWN, "state-writability-unknown",
	  "whether root could write /sys/power/state is not known (its permissions or its "
	  "mount could not be looked at)"),
	R(STATE_LACKS_MEM, "state-lacks-mem", "/sys/power/state does not offer \"mem\""),
	R(STATE_LACKS_FREEZE, "state-lacks-freeze", "/sys/power/state does not offer \"freeze\""),
	R(STATE_LACKS_STANDBY, "state-lacks-standby",
	  "/sys/power/state does not offer \"standby\""),
	R(STATE_LACKS_DISK, "state-lacks-disk", "/sys/power/state does not offer \"disk\""),
	R(MEM_SLEEP_DEEP, "mem-sleep-deep", "\"mem\" enters S3, suspend to RAM (deep)"),
	R(MEM_SLEEP_S2IDLE, "mem-sleep-s2idle",
	  "\"mem\" enters suspend-to-idle (s2idle): the CPUs idle, firmware sleep is not used"),
	R(MEM_SLEEP_SHALLOW, "mem-sleep-shallow", "\"mem\" enters S1, power-on suspend (shallow)"),
	R(MEM_SLEEP_ABSENT, "mem-sleep-absent",
	  "no /sys/power/mem_sleep: a kernel before 4.10, where \"mem\" is S3"),
	R(MEM_SLEEP_UNREADABLE, "mem-sleep-unreadable",
	  "/sys/power/mem_sleep could not be read: which sleep \"mem\" enters is not known"),
	R(MEM_SLEEP_MALFORMED, "mem-sleep-malformed",
	  "/sys/power/mem_sleep cannot be parsed (two selected variants, a stray bracket): what "
	  "mem enters is not known"),
	R(STATE_HAS_FREEZE, "state-has-freeze", "/sys/power/state offers \"freeze\""),
	R(STATE_HAS_STANDBY, "state-has-standby", "/sys/power/state offers \"standby\""),
	R(NO_HIBERNATION_SUPPORT, "no-hibernation-support",
	  "no /sys/power/disk: the kernel was built without hibernation"),
	R(HIBERNATION_DISABLED_BY_CMDLINE, "hibernation-disabled-by-cmdline",
	  "the kernel command line disables hibernation (nohibernate or hibernate=no)"),
	R(LOCKDOWN_BLOCKS_HIBERNATION, "lockdown-blocks-hibernation",
	  "kernel lockdown (integrity or confidentiality) forbids hibernation"),
	R(DISK_MODE_DISABLED, "disk-mode-disabled", "/sys/power/disk says [disabled]"),
	R(DISK_UNREADABLE, "disk-unreadable", "/sys/power/disk could not be read"),
	R(DISK_MALFORMED, "disk-malformed", "/sys/power/disk has no single selected mode"),
	R(DISK_MODE_SELECTED, "disk-mode-selected", "a hibernation mode is selected"),
	R(NORESUME_ON_CMDLINE, "noresume-on-cmdline",
	  "the kernel command line says noresume: an image would never be resumed"),
	R(NO_RESUME_DEVICE, "no-resume-device",
	  "no resume device: /sys/power/resume is 0:0 and there is no resume= on the command line"),
	R(RESUME_UNREADABLE, "resume-unreadable", "/sys/power/resume could not be read"),
	R(RESUME_DEVICE_NOT_SWAP, "resume-device-not-swap",
	  "the resume device is not an active, usable swap area"),
	R(RESUME_ON_SWAP_PARTITION, "resume-on-swap-partition",
	  "the resume device is an active swap partition"),
	R(RESUME_ON_SWAP_FILE, "resume-on-swap-file",
	  "resume points into a file system (resume_offset) and a swap file is active"),
	R(SWAP_UNREADABLE, "swap-unreadable", "/proc/swaps could not be read or parsed"),
	R(NO_SWAP, "no-swap", "no swap area is active"),
	R(NO_USABLE_SWAP, "no-usable-swap",
	  "the only swap areas are zram or deleted files, which cannot hold an image"),
	R(SWAP_TOO_SMALL, "swap-too-small",
	  "the hibernation image does not fit the free space of the resume swap area even at its "
	  "minimum size and the best compression ratio granted (fact hibernate.image, and the "
	  "swap's size and used)"),
	R(SWAP_ENOUGH, "swap-enough",
	  "the free space of the resume swap area holds the hibernation image even uncompressed "
	  "(fact hibernate.image, and the swap's size and used)"),
	R(MEMINFO_UNREADABLE, "meminfo-unreadable",
	  "/proc/meminfo could not be read or lacks MemTotal or MemFree"),
	R(CMDLINE_UNREADABLE, "cmdline-unreadable", "/proc/cmdline could not be read"),
	R(LOCKDOWN_UNREADABLE, "lockdown-unreadable",
	  "/sys/kernel/security/lockdown could not be read"),
	R(DISK_MODE_SUSPEND, "disk-mode-suspend",
	  "/sys/power/disk offers \"suspend\": write the image, then suspend"),
	R(DISK_MODE_SUSPEND_MISSING, "disk-mode-suspend-missing",
	  "/sys/power/disk does not offer \"suspend\""),
	R(SUSPEND_UNAVAILABLE, "suspend-unavailable", "suspend is not supported"),
	R(HIBERNATE_UNAVAILABLE, "hibernate-unavailable", "hibernation is not supported"),
	R(WAKE_ALARM, "wake-alarm", "an RTC has a wake alarm (wakealarm)"),
	R(NO_WAKE_ALARM, "no-wake-alarm", "no RTC with a wake alarm"),
	R(STATE_HAS_MEM, "state-has-mem", "\"mem\" appears in /sys/power/state"),
	R(STATE_HAS_DISK, "state-has-disk",
	  "/sys/power/disk exists and \"disk\" appears in /sys/power/state"),
	R(PMU_NOT_APPLICABLE, "pmu-not-applicable",
	  "the PowerMac /dev/pmu branch of pm-utils is not checked (pmprobe opens no devices)"),
	R(DISK_FILE_MISSING, "disk-file-missing", "/sys/power/disk is not a regular file"),
	R(RTC_FALLBACK, "rtc-fallback",
	  "suspend, then an RTC alarm to hibernate: pm-utils' fallback for hybrid sleep"),
	R(RTC_NOT_WRITABLE, "rtc-not-writable", "rtc0's wakealarm is not writable by this caller"),
	R(RTC_WRITABILITY_UNKNOWN, "rtc-writability-unknown",
	  "the recording does not say whether rtc0's wakealarm was writable"),
	R(TUXONICE, "tuxonice", "a TuxOnIce kernel: pm-utils hibernates through it"),
	R(NOT_IN_POLICY, "not-in-policy", "this policy has no such target"),
	R(FIRMWARE_UNREADABLE, "firmware-tables-unreadable",
	  "the ACPI tables could not be read (root only): the firmware's side is not known"),
	R(FIRMWARE_DECLARES_S3, "firmware-declares-s3",
	  "the firmware declares \\_S3, as the kernel's deep sleep needs"),
	R(DEEP_WITHOUT_FIRMWARE_S3, "deep-without-firmware-s3",
	  "the kernel offers deep, but no table declares \\_S3"),
	R(FIRMWARE_S3_NOT_OFFERED, "firmware-s3-not-offered",
	  "the firmware declares \\_S3 but the kernel does not offer deep (acpi_sleep=, "
	  "a quirk, or hardware-reduced ACPI)"),
	R(S2IDLE_WITHOUT_LOW_POWER_S0, "s2idle-without-low-power-s0",
	  "suspend-to-idle on firmware without the low-power S0 idle flag: little power is saved"),
	R(HW_REDUCED_WITHOUT_SLEEP_REGISTERS, "hw-reduced-without-sleep-registers",
	  "hardware-reduced ACPI without sleep control and status registers: no S3 is possible"),
	R(MEM_SLEEP_DEFAULT_DIFFERS, "mem-sleep-default-differs",
	  "the selected mem_sleep variant is not the one the kernel picks by default from the "
	  "firmware and the command line (someone changed it, or a quirk did)"),
	R(FIRMWARE_NO_S3, "firmware-no-s3",
	  "no table declares \\_S3: the firmware offers no suspend to RAM"),
	R(FIRMWARE_NO_S4, "firmware-no-s4",
	  "no table declares \\_S4: the platform hibernation mode is not available"),
	R(RTC_WAKES_FROM_S4, "rtc-wakes-from-s4",
	  "the FADT's RTC_S4 flag: the RTC alarm can wake the machine from hibernation"),
	R(RTC_CANNOT_WAKE_FROM_S4, "rtc-cannot-wake-from-s4",
	  "the FADT lacks RTC_S4: an RTC alarm cannot wake the machine from hibernation"),
	R(CPU_LIST_UNREADABLE, "cpu-list-unreadable",
	  "a CPU directory could not be listed (unreadable, or too many entries)"),
	R(CPU_LIMIT_EXCEEDED, "cpu-limit-exceeded",
	  "more CPUs, cpufreq policies or idle states than pmprobe reads: the rest is left out"),
	R(CPU_VALUE_UNREADABLE, "cpu-value-unreadable",
	  "a CPU power policy file exists but could not be read"),
	R(CPUFREQ_VALUE_MALFORMED, "cpufreq-value-malformed",
	  "a cpufreq value is not what the kernel writes (a frequency that is no number, a bad "
	  "CPU list, an overlong name): it is left out"),
	R(CPUFREQ_MIN_ABOVE_MAX, "cpufreq-min-above-max",
	  "a cpufreq policy's minimum frequency is above its maximum"),
	R(GOVERNOR_NOT_AVAILABLE, "governor-not-available",
	  "a cpufreq policy's governor is not among its available governors"),
	R(EPP_UNKNOWN, "epp-unknown",
	  "an energy-performance preference that is neither an available preference nor a raw "
	  "value 0-255"),
	R(CPUIDLE_VALUE_MALFORMED, "cpuidle-value-malformed",
	  "a cpuidle value is not what the kernel writes (a latency, residency or disable that is "
	  "no number, an overlong name): it is left out"),
	R(ENERGY_PERF_BIAS_MALFORMED, "energy-perf-bias-malformed",
	  "an energy_perf_bias that is not a number 0-15"),
	R(PLATFORM_PROFILE_UNKNOWN, "platform-profile-unknown",
	  "the platform profile is not among its choices, or is overlong"),
	/* Wake sources and timed wake. */
	R(NO_RTC, "no-rtc", "no real-time clock (sys/class/rtc is missing or empty)"),
	R(RTC_UNREADABLE, "rtc-unreadable",
	  "sys/class/rtc could not be listed: which RTCs exist is not known"),
	R(RTC_WITHOUT_ALARM, "rtc-without-alarm", "no RTC has a wake alarm (wakealarm)"),
	R(RTC_ALARM_CAN_WAKE, "rtc-alarm-can-wake",
	  "an RTC with a wake alarm sits on a device whose power/wakeup is enabled"),
	R(RTC_ALARM_NOT_ALLOWED_TO_WAKE, "rtc-alarm-not-allowed-to-wake",
	  "the RTC's device may not wake the system: its power/wakeup is disabled"),
	R(RTC_DEVICE_CANNOT_WAKE, "rtc-device-cannot-wake",
	  "no device with power/wakeup holds an RTC with a wake alarm: its alarm cannot wake"),
	R(RTC_WAKEUP_UNKNOWN, "rtc-wakeup-unknown",
	  "the power/wakeup of the RTC's device could not be read or says neither enabled nor "
	  "disabled"),
	R(WAKE_DEVICES_UNREADABLE, "wake-devices-unreadable",
	  "the devices below sys/devices could not all be looked at (unreadable, or beyond the "
	  "bounds)"),
	R(WAKEUP_MALFORMED, "wakeup-malformed",
	  "a device's power/wakeup says neither enabled nor disabled, or could not be read"),
	R(S2IDLE_WITHOUT_PMC_DRIVER, "s2idle-without-pmc-driver",
	  "suspend is s2idle on a platform whose power driver (amd_pmc, intel_pmc_core) is not "
	  "loaded: the machine will not reach its lowest power state"),
	R(MEM_SLEEP_NONE_SELECTED, "mem-sleep-none-selected",
	  "/sys/power/mem_sleep selects no variant: the one mem would enter is not offered "
	  "(mem_sleep_default= names one the firmware lacks), so writing mem fails; write a listed "
	  "variant to /sys/power/mem_sleep, or drop mem_sleep_default= from the command line"),
	R(MEM_SLEEP_VARIANT_UNKNOWN, "mem-sleep-variant-unknown",
	  "/sys/power/mem_sleep selects a variant pmprobe does not know; mem enters it"),
	R(STATE_NEEDS_PRIVILEGES, "state-needs-privileges",
	  "this caller cannot write /sys/power/state, root can: run as root, or ask logind "
	  "(systemctl suspend)"),
	R(SWAP_MAY_BE_TOO_SMALL, "swap-may-be-too-small",
	  "the free space of the resume swap area holds the hibernation image only if it "
	  "compresses well enough: less than the image uncompressed, more than it at the best "
	  "ratio granted (fact hibernate.image, and the swap's size and used)"),
	R(SYSTEMD_SWAP_TOO_SMALL, "systemd-swap-too-small",
	  "systemd refuses to hibernate here: Active(anon) exceeds 98% of the free space of the "
	  "resume swap area (or /proc/meminfo lacks it), a check the kernel does not make"),
	R(FIRMWARE_S3_CONDITIONAL, "firmware-s3-conditional",
	  "the firmware declares \\_S3 only inside an If/Else or a method (often a setup "
	  "option): whether the kernel finds it depends on what the firmware evaluates at boot"),
	R(RTC_DEVICE_NOT_IN_TREE, "rtc-device-not-in-tree",
	  "the tree lacks the device holding the RTC with an alarm, or that device's power "
	  "directory: whether the alarm may wake the host cannot be told"),
	R(RESUME_FROM_INITRAMFS_CONFIG, "resume-from-initramfs-config",
	  "no resume device is set now, but initramfs-tools' RESUME= (/etc/initramfs-tools) names "
	  "one: the initrd sets it at boot and systemd-sleep before hibernating"),
	R(RESUME_FROM_EFI_HIBERNATE_LOCATION, "resume-from-efi-hibernate-location",
	  "no resume device is set now: systemd (255 or later) records the swap it hibernates to "
	  "in "
	  "the EFI variable HibernateLocation, and the initrd, which runs systemd, resumes from "
	  "it"),
	R(INITRAMFS_RESUME_NONE, "initramfs-resume-none",
	  "initramfs-tools is configured with RESUME=none: the initrd never resumes"),
	R(RESUME_CHOSEN_AT_INITRD_BUILD, "resume-chosen-at-initrd-build",
	  "no resume device is set now; the initrd resumes from the swap its builder found when it "
	  "last ran (initramfs-tools without RESUME=, dracut), which the files do not show"),
	R(SYSTEMD_NEEDS_RESUME_DEVICE, "systemd-needs-resume-device",
	  "systemd 255 or later refuses to hibernate without a resume device unless the host "
	  "booted "
	  "with EFI (to record the location in an EFI variable)"),
	R(INITRAMFS_CONFIG_UNREADABLE, "initramfs-config-unreadable",
	  "the initramfs-tools configuration could not be read or has an invalid RESUME="),
#undef R
};

PMP_EXPORT const char *
pmprobe_target_to_string(enum pmprobe_target target)
{
	return (unsigned)target < _PMPROBE_TARGET_MAX ? target_names[target] : NULL;
}

PMP_EXPORT const char *
pmprobe_verdict_to_string(enum pmprobe_verdict verdict)
{
	return (unsigned)verdict < ELEMENTSOF(verdict_names) ? verdict_names[verdict] : NULL;
}

PMP_EXPORT const char *
pmprobe_effect_to_string(enum pmprobe_effect effect)
{
	return (unsigned)effect < _PMPROBE_EFFECT_MAX ? effect_names[effect] : NULL;
}

PMP_EXPORT const char *
pmprobe_policy_to_string(enum pmprobe_policy policy)
{
	return (unsigned)policy < _PMPROBE_POLICY_MAX ? policy_names[policy] : NULL;
}

PMP_EXPORT const char *
pmprobe_reason_to_string(enum pmprobe_reason reason)
{
	return (unsigned)reason < _PMPROBE_REASON_MAX ? reasons[reason].name : NULL;
}

PMP_EXPORT const char *
pmprobe_reason_to_description(enum pmprobe_reason reason)
{
	return (unsigned)reason < _PMPROBE_REASON_MAX ? reasons[reason].description : NULL;
}

PMP_EXPORT const char *
pmprobe_fact_state_to_string(enum pmprobe_fact_state state)
{
	return (unsigned)state < _PMPROBE_FACT_STATE_MAX ? fact_state_names[state] : NULL;
}

static int
name_index(const char *const *names, size_t n, const char *s)
{
	if (!s)
		return -EINVAL;
	for (size_t i = 0; i < n; i++)
		if (names[i] && streq(names[i], s))
			return (int)i;
	return -EINVAL;
}

PMP_EXPORT int
pmprobe_target_from_string(const char *s)
{
	return name_index(target_names, _PMPROBE_TARGET_MAX, s);
}

PMP_EXPORT int
pmprobe_policy_from_string(const char *s)
{
	return name_index(policy_names, _PMPROBE_POLICY_MAX, s);
}

PMP_EXPORT int
pmprobe_effect_from_string(const char *s)
{
	return name_index(effect_names, _PMPROBE_EFFECT_MAX, s);
}

PMP_EXPORT int
pmprobe_reason_from_string(const char *s)
{
	if (!s)
		return -EINVAL;
	for (size_t i = 0; i < _PMPROBE_REASON_MAX; i++)
		if (streq(reasons[i].name, s))
			return (int)i;
	return -EINVAL;
}
