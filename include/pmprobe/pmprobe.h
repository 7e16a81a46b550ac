/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libpmprobe: can this Linux host suspend, hibernate and hybrid-sleep, and why. */
#pragma once
#ifndef PMPROBE_PMPROBE_H
#define PMPROBE_PMPROBE_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * struct pmprobe_ctx: where to read (live host or a recorded tree), policy and logging.
 * struct pmprobe_report: the facts read in one probe, and a verdict with reasons per target.
 */
struct pmprobe_ctx;
struct pmprobe_report;

enum pmprobe_target {
	PMPROBE_TARGET_SUSPEND = 0,
	PMPROBE_TARGET_HIBERNATE,
	PMPROBE_TARGET_SUSPEND_HYBRID,
	PMPROBE_TARGET_FREEZE,
	PMPROBE_TARGET_STANDBY,
	PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE,
	PMPROBE_TARGET_TIMED_WAKE, /* an RTC alarm can wake the host (rtcwake); Since: 0.2 */
	_PMPROBE_TARGET_MAX
};

enum pmprobe_verdict { PMPROBE_NO = 0, PMPROBE_YES = 1, PMPROBE_UNKNOWN = 2 };

/**
 * pmprobe_effect:
 * @PMPROBE_EFFECT_INFORMS: says what was found; the verdict would be the same without it
 * @PMPROBE_EFFECT_BLOCKS: makes the verdict no
 * @PMPROBE_EFFECT_UNKNOWN: makes the verdict unknown (what decides could not be known), unless
 *   another reason blocks
 *
 * What one reason does to its target's verdict, as the rule that gave it says
 * (doc/policies.md): a verdict is no when any of its reasons blocks, else unknown when any is
 * unknown, else yes.
 *
 * Since: 0.3
 */
enum pmprobe_effect {
	PMPROBE_EFFECT_INFORMS = 0,
	PMPROBE_EFFECT_BLOCKS,
	PMPROBE_EFFECT_UNKNOWN,
	_PMPROBE_EFFECT_MAX
};

enum pmprobe_policy {
	PMPROBE_POLICY_FEASIBLE = 0, /* what would actually succeed (default) */
	PMPROBE_POLICY_PM_UTILS,     /* what pm-utils 1.4.1 answers with its defaults */
	_PMPROBE_POLICY_MAX
};

/* Stable reason codes; their strings never change once released. */
enum pmprobe_reason {
	PMPROBE_REASON_STATE_MISSING = 0,
	PMPROBE_REASON_STATE_UNREADABLE,
	PMPROBE_REASON_STATE_EMPTY,
	PMPROBE_REASON_STATE_NOT_WRITABLE,
	PMPROBE_REASON_STATE_WRITABILITY_UNKNOWN,
	PMPROBE_REASON_STATE_LACKS_MEM,
	PMPROBE_REASON_STATE_LACKS_FREEZE,
	PMPROBE_REASON_STATE_LACKS_STANDBY,
	PMPROBE_REASON_STATE_LACKS_DISK,
	PMPROBE_REASON_MEM_SLEEP_DEEP,
	PMPROBE_REASON_MEM_SLEEP_S2IDLE,
	PMPROBE_REASON_MEM_SLEEP_SHALLOW,
	PMPROBE_REASON_MEM_SLEEP_ABSENT,
	PMPROBE_REASON_MEM_SLEEP_UNREADABLE,
	PMPROBE_REASON_MEM_SLEEP_MALFORMED,
	PMPROBE_REASON_STATE_HAS_FREEZE,
	PMPROBE_REASON_STATE_HAS_STANDBY,
	PMPROBE_REASON_NO_HIBERNATION_SUPPORT,
	PMPROBE_REASON_HIBERNATION_DISABLED_BY_CMDLINE,
	PMPROBE_REASON_LOCKDOWN_BLOCKS_HIBERNATION,
	PMPROBE_REASON_DISK_MODE_DISABLED,
	PMPROBE_REASON_DISK_UNREADABLE,
	PMPROBE_REASON_DISK_MALFORMED,
	PMPROBE_REASON_DISK_MODE_SELECTED,
	PMPROBE_REASON_NORESUME_ON_CMDLINE,
	PMPROBE_REASON_NO_RESUME_DEVICE,
	PMPROBE_REASON_RESUME_UNREADABLE,
	PMPROBE_REASON_RESUME_DEVICE_NOT_SWAP,
	PMPROBE_REASON_RESUME_ON_SWAP_PARTITION,
	PMPROBE_REASON_RESUME_ON_SWAP_FILE,
	PMPROBE_REASON_SWAP_UNREADABLE,
	PMPROBE_REASON_NO_SWAP,
	PMPROBE_REASON_NO_USABLE_SWAP,
	PMPROBE_REASON_SWAP_TOO_SMALL,
	PMPROBE_REASON_SWAP_ENOUGH,
	PMPROBE_REASON_MEMINFO_UNREADABLE,
	PMPROBE_REASON_CMDLINE_UNREADABLE,
	PMPROBE_REASON_LOCKDOWN_UNREADABLE,
	PMPROBE_REASON_DISK_MODE_SUSPEND,
	PMPROBE_REASON_DISK_MODE_SUSPEND_MISSING,
	PMPROBE_REASON_SUSPEND_UNAVAILABLE,
	PMPROBE_REASON_HIBERNATE_UNAVAILABLE,
	PMPROBE_REASON_WAKE_ALARM,
	PMPROBE_REASON_NO_WAKE_ALARM,
	PMPROBE_REASON_STATE_HAS_MEM,
	PMPROBE_REASON_STATE_HAS_DISK,
	PMPROBE_REASON_PMU_NOT_APPLICABLE,
	PMPROBE_REASON_DISK_FILE_MISSING,
	PMPROBE_REASON_RTC_FALLBACK,
	PMPROBE_REASON_RTC_NOT_WRITABLE,
	PMPROBE_REASON_RTC_WRITABILITY_UNKNOWN,
	PMPROBE_REASON_TUXONICE,
	PMPROBE_REASON_NOT_IN_POLICY,
	PMPROBE_REASON_FIRMWARE_UNREADABLE,
	PMPROBE_REASON_FIRMWARE_DECLARES_S3,
	PMPROBE_REASON_DEEP_WITHOUT_FIRMWARE_S3,
	PMPROBE_REASON_FIRMWARE_S3_NOT_OFFERED,
	PMPROBE_REASON_S2IDLE_WITHOUT_LOW_POWER_S0,
	PMPROBE_REASON_HW_REDUCED_WITHOUT_SLEEP_REGISTERS,
	PMPROBE_REASON_MEM_SLEEP_DEFAULT_DIFFERS,
	PMPROBE_REASON_FIRMWARE_NO_S3,
	PMPROBE_REASON_FIRMWARE_NO_S4,
	PMPROBE_REASON_RTC_WAKES_FROM_S4,
	PMPROBE_REASON_RTC_CANNOT_WAKE_FROM_S4,
	/* The CPU section's reasons (since 0.2): never a verdict's. */
	PMPROBE_REASON_CPU_LIST_UNREADABLE,
	PMPROBE_REASON_CPU_LIMIT_EXCEEDED,
	PMPROBE_REASON_CPU_VALUE_UNREADABLE,
	PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED,
	PMPROBE_REASON_CPUFREQ_MIN_ABOVE_MAX,
	PMPROBE_REASON_GOVERNOR_NOT_AVAILABLE,
	PMPROBE_REASON_EPP_UNKNOWN,
	PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED,
	PMPROBE_REASON_ENERGY_PERF_BIAS_MALFORMED,
	PMPROBE_REASON_PLATFORM_PROFILE_UNKNOWN,
	/* Wake sources and timed wake; Since: 0.2 */
	PMPROBE_REASON_NO_RTC,
	PMPROBE_REASON_RTC_UNREADABLE,
	PMPROBE_REASON_RTC_WITHOUT_ALARM,
	PMPROBE_REASON_RTC_ALARM_CAN_WAKE,
	PMPROBE_REASON_RTC_ALARM_NOT_ALLOWED_TO_WAKE,
	PMPROBE_REASON_RTC_DEVICE_CANNOT_WAKE,
	PMPROBE_REASON_RTC_WAKEUP_UNKNOWN,
	PMPROBE_REASON_WAKE_DEVICES_UNREADABLE,
	PMPROBE_REASON_WAKEUP_MALFORMED,
	PMPROBE_REASON_S2IDLE_WITHOUT_PMC_DRIVER,
	PMPROBE_REASON_MEM_SLEEP_NONE_SELECTED,
	PMPROBE_REASON_MEM_SLEEP_VARIANT_UNKNOWN,
	PMPROBE_REASON_STATE_NEEDS_PRIVILEGES,
	/* The hibernation image model */
	PMPROBE_REASON_SWAP_MAY_BE_TOO_SMALL,
	PMPROBE_REASON_SYSTEMD_SWAP_TOO_SMALL,
	PMPROBE_REASON_FIRMWARE_S3_CONDITIONAL,
	PMPROBE_REASON_RTC_DEVICE_NOT_IN_TREE,
	PMPROBE_REASON_RESUME_FROM_INITRAMFS_CONFIG,
	PMPROBE_REASON_RESUME_FROM_EFI_HIBERNATE_LOCATION,
	PMPROBE_REASON_INITRAMFS_RESUME_NONE,
	PMPROBE_REASON_RESUME_CHOSEN_AT_INITRD_BUILD,
	PMPROBE_REASON_SYSTEMD_NEEDS_RESUME_DEVICE,
	PMPROBE_REASON_INITRAMFS_CONFIG_UNREADABLE,
	_PMPROBE_REASON_MAX
};

enum pmprobe_fact_state {
	PMPROBE_FACT_PRESENT = 0, /* read, value is what was found */
	PMPROBE_FACT_MISSING,	  /* the file does not exist */
	PMPROBE_FACT_UNREADABLE,  /* it exists but could not be read; see the errno */
	PMPROBE_FACT_MALFORMED,	  /* read, but not in the expected form */
	_PMPROBE_FACT_STATE_MAX
};

/* Priorities are syslog's (LOG_ERR 3 ... LOG_DEBUG 7). */
typedef void (*pmprobe_log_fn)(void *userdata, int priority, const char *file, int line,
			       const char *fn, const char *format, va_list args);

/* Returns: the library's version ("0.4.0"), static: the library that is loaded, which can be
 * newer than the header a program was built with. Since: 0.4 */
const char *pmprobe_version(void);

/**
 * pmprobe_new:
 * @ret: where the new context goes; written only on success
 * @sysroot: a recorded tree to read below, or NULL for the live host (through libudev)
 *
 * Returns: 0, or a negative errno (-ENOENT/-ENOTDIR: unusable sysroot, -ENOMEM).
 * The caller owns one reference. Since: 0.1
 */
int pmprobe_new(struct pmprobe_ctx **ret, const char *sysroot);
/* Returns: @ctx with one more reference. Since: 0.1 */
struct pmprobe_ctx *pmprobe_ref(struct pmprobe_ctx *ctx);
/* Drops one reference; NULL is accepted. Returns: NULL. Since: 0.1 */
struct pmprobe_ctx *pmprobe_unref(struct pmprobe_ctx *ctx);
void pmprobe_set_log_fn(struct pmprobe_ctx *ctx, pmprobe_log_fn fn, void *userdata);
void pmprobe_set_log_priority(struct pmprobe_ctx *ctx, int priority);
int pmprobe_get_log_priority(const struct pmprobe_ctx *ctx);
/* Returns: 0, or -EINVAL for an unknown policy. Since: 0.1 */
int pmprobe_set_policy(struct pmprobe_ctx *ctx, enum pmprobe_policy policy);
enum pmprobe_policy pmprobe_get_policy(const struct pmprobe_ctx *ctx);

/* The report's optional sections. Every verdict is the same whichever are asked for; only the
 * informative reasons about the whole set of wake devices (wakeup-malformed,
 * wake-devices-unreadable) need the wake section. */
enum pmprobe_section {
	PMPROBE_SECTION_WAKE = 1 << 0, /* every device with power/wakeup (the whole device tree) */
	PMPROBE_SECTION_CPU = 1 << 1,  /* cpufreq, cpuidle, bias, platform profile */
	PMPROBE_SECTIONS_ALL = PMPROBE_SECTION_WAKE | PMPROBE_SECTION_CPU
};

/* Which sections the next probes read (PMPROBE_SECTIONS_ALL, the default, or fewer: a caller that
 * wants only verdicts saves the walk of every device). A section left out may still appear when
 * a verdict needed what it reads. Returns: 0, or -EINVAL for an unknown bit. Since: 0.2 */
int pmprobe_set_sections(struct pmprobe_ctx *ctx, unsigned sections);
/* Since: 0.2 */
unsigned pmprobe_get_sections(const struct pmprobe_ctx *ctx);
/* Every target (the default): a full probe, the whole report. */
#define PMPROBE_TARGETS_ALL (~0u)
/* Which targets the next probes answer for: PMPROBE_TARGETS_ALL, or a mask of
 * (1u << enum pmprobe_target). A probe for some targets reads only what their verdicts need under
 * the context's policy, and no evidence that only informs (ACPI tables, the platform driver): their
 * verdicts are a full probe's, with the same reasons but the firmware's. The other targets'
 * verdicts are not meaningful. The sections asked for are read either way. pm-is-supported asks
 * for its one target (and no section). Returns: 0, or -EINVAL for no target or an unknown one.
 * Since: 0.4 */
int pmprobe_set_targets(struct pmprobe_ctx *ctx, unsigned targets);
/* Since: 0.4 */
unsigned pmprobe_get_targets(const struct pmprobe_ctx *ctx);
/* Returns: the sysroot (borrowed), or NULL on a live host. Since: 0.1 */
const char *pmprobe_get_sysroot(const struct pmprobe_ctx *ctx);
/* Reads the text file @name (one path component: EXPECTED, RECORD) at the top of the ctx's
 * sysroot through the same confinement as every file of the tree: a symlink is refused, a
 * device node, FIFO or socket never opened, at most 64 KiB. Returns: 0 with *@ret a
 * NUL-terminated copy to free(); -EOPNOTSUPP on a live host, -EINVAL for a bad @name, -ELOOP,
 * -EISDIR, -EINVAL (not a regular file), -EFBIG, -EBADMSG (a NUL byte) or -errno. The next
 * pmprobe_probe() of @ctx reads the tree through the same open root (and RECORD as read then),
 * so that a caller that reads a file of the tree and probes it opens it once. Since: 0.3 */
int pmprobe_read_tree_file(struct pmprobe_ctx *ctx, const char *name, char **ret);

/**
 * pmprobe_probe:
 * Reads the host (or tree) once and reasons over what it found, under the context's policy.
 * Unreadable inputs are facts and reasons in the report, not errors.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM). The caller owns one reference to *@ret.
 * Since: 0.1
 */
int pmprobe_probe(struct pmprobe_ctx *ctx, struct pmprobe_report **ret);
struct pmprobe_report *pmprobe_report_ref(struct pmprobe_report *report);
struct pmprobe_report *pmprobe_report_unref(struct pmprobe_report *report);
enum pmprobe_policy pmprobe_report_get_policy(const struct pmprobe_report *report);
/**
 * pmprobe_report_set_policy:
 * Judges the report's facts again under @policy: its verdicts, reasons and policy change, its
 * facts do not, for every holder of a reference. No file is read again, so `check` probes a
 * tree once for both policies. A report probed under the feasible policy serves both; one
 * probed under pm-utils, which leaves the wake devices out, serves only pm-utils.
 *
 * Returns: 0; -ENODATA when the probe did not read what @policy needs; -EINVAL.
 * Since: 0.4
 */
int pmprobe_report_set_policy(struct pmprobe_report *report, enum pmprobe_policy policy);
/* Returns: the verdict, PMPROBE_UNKNOWN for a NULL report or a bad target. Since: 0.1 */
enum pmprobe_verdict pmprobe_report_get_verdict(const struct pmprobe_report *report,
						enum pmprobe_target target);
size_t pmprobe_report_get_n_reasons(const struct pmprobe_report *report,
				    enum pmprobe_target target);
/* Returns: the reason, or -EINVAL (cast) when @i is out of range. Since: 0.1 */
int pmprobe_report_get_reason(const struct pmprobe_report *report, enum pmprobe_target target,
			      size_t i);
/**
 * pmprobe_report_get_reason_effect:
 * @report: a report
 * @target: the target whose reason it is
 * @i: the reason's index, as for pmprobe_report_get_reason()
 *
 * What reason @i does to @target's verdict; the same reason can have another effect on
 * another target.
 *
 * Returns: the enum pmprobe_effect, or -EINVAL for a NULL report, a bad target or @i out of
 * range.
 * Since: 0.3
 */
int pmprobe_report_get_reason_effect(const struct pmprobe_report *report,
				     enum pmprobe_target target, size_t i);
/* Since: 0.1 */
size_t pmprobe_report_get_n_facts(const struct pmprobe_report *report);
/**
 * pmprobe_report_get_fact:
 * @ret_key: stable fact name ("power.state"); @ret_value: what was read (NULL unless present or
 * malformed); @ret_path: the file, relative to the root ("sys/power/state"). All borrowed, valid
 * until the report's last unref; any out parameter may be NULL.
 *
 * Returns: the fact's enum pmprobe_fact_state, or -EINVAL. Since: 0.1
 */
int pmprobe_report_get_fact(const struct pmprobe_report *report, size_t i, const char **ret_key,
			    const char **ret_value, const char **ret_path);
/* Returns: the errno a fact was unreadable with (positive), else 0. Since: 0.1 */
int pmprobe_report_get_fact_errno(const struct pmprobe_report *report, size_t i);

/* Returns: static strings, NULL when out of range. Since: 0.1 */
const char *pmprobe_target_to_string(enum pmprobe_target target);
const char *pmprobe_verdict_to_string(enum pmprobe_verdict verdict);
const char *pmprobe_policy_to_string(enum pmprobe_policy policy);
const char *pmprobe_reason_to_string(enum pmprobe_reason reason);
/* A sentence for people, static. Since: 0.1 */
const char *pmprobe_reason_to_description(enum pmprobe_reason reason);
const char *pmprobe_fact_state_to_string(enum pmprobe_fact_state state);
/* Returns: the enum value, or -EINVAL. Since: 0.1 */
int pmprobe_target_from_string(const char *s);
int pmprobe_policy_from_string(const char *s);
int pmprobe_reason_from_string(const char *s);
/* Returns: "informs", "blocks" or "unknown" (static), NULL when out of range. Since: 0.3 */
const char *pmprobe_effect_to_string(enum pmprobe_effect effect);
/* Returns: the enum pmprobe_effect, or -EINVAL. Since: 0.3 */
int pmprobe_effect_from_string(const char *s);

/**
 * pmprobe_report_to_xml:
 * @ret: where the document goes: the whole report (policy, pmprobe version, backend, each target
 * with its verdict and reasons, each fact with its state, errno name, value and path) as XML
 * that validates against doc/pmprobe-report.rng.
 *
 * libxml2 writes it; libpmprobe does not link it but loads it (libxml2.so.2) on the first call of
 * this function or pmprobe_report_to_libvirt_xml(), and keeps it loaded.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM; -ENOTSUP when libxml2 cannot be loaded).
 * *@ret is NUL-terminated, the caller frees it with free(). Since: 0.1
 */
int pmprobe_report_to_xml(const struct pmprobe_report *report, char **ret);
/* The same content as pmprobe_report_to_xml(), as one JSON document, indented, that validates
 * against doc/pmprobe-report.schema.json: pmprobe_report_to_json_ext() with no flags.
 * Since: 0.1 */
int pmprobe_report_to_json(const struct pmprobe_report *report, char **ret);

/* How pmprobe_report_to_json_ext() writes. Since: 0.4 */
enum pmprobe_json_flags {
	PMPROBE_JSON_SHORT = 1 << 0, /* one line, no spaces (systemctl's --json=short) */
};

/**
 * pmprobe_report_to_json_ext:
 * @flags: 0 (indented, as pmprobe_report_to_json()) or PMPROBE_JSON_SHORT.
 * @ret: the document, ending with one line ending.
 *
 * Returns: 0, or a negative errno (-EINVAL for unknown flags, -ENOMEM). Free *@ret with free().
 * Since: 0.4
 */
int pmprobe_report_to_json_ext(const struct pmprobe_report *report, unsigned flags, char **ret);

/**
 * pmprobe_report_to_prometheus:
 * @ret: the report as Prometheus metrics, text exposition format 0.0.4, for node_exporter's
 * textfile collector: pmprobe_info{version,policy,backend,kernel_release} 1; per target
 * pmprobe_verdict{target,policy,verdict} 1 for its verdict and 0 for the other two; per reason
 * pmprobe_reason{target,policy,code,effect} 1; when read, pmprobe_mem_sleep_selected{variant},
 * the swap areas' pmprobe_swap_size_bytes and pmprobe_swap_free_bytes{area,type,usable}, and
 * the hibernation image's pmprobe_hibernate_image_bytes, _swap_min_bytes and _swap_max_bytes.
 * Each family has its # HELP and # TYPE; label values are escaped, bytes that are not UTF-8
 * written as \xNN.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM). Free *@ret with free(). Since: 0.4
 */
int pmprobe_report_to_prometheus(const struct pmprobe_report *report, char **ret);

/**
 * pmprobe_report_to_libvirt_xml:
 * @ret: libvirt's <power_management> element of its host capabilities: <suspend_mem/>,
 * <suspend_disk/> and <suspend_hybrid/> for suspend, hibernate and suspend-hybrid when their
 * verdict is yes, in that order, or <power_management/> when none is.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM; -ENOTSUP when libxml2 cannot be loaded, as
 * for pmprobe_report_to_xml()); free *@ret with free(). Since: 0.1
 */
int pmprobe_report_to_libvirt_xml(const struct pmprobe_report *report, char **ret);

/**
 * pmprobe_report_get_cpu_summary:
 * Returns: the CPU section's summary for people ("8 CPUs, intel_pstate active, governor
 * powersave, EPP balance_performance; idle: intel_idle driver, 5 states"; names in it come from
 * sysfs files, unescaped), borrowed until the report's last unref; NULL when the probe did not
 * read the CPUs or @report is NULL. Since: 0.2
 */
const char *pmprobe_report_get_cpu_summary(const struct pmprobe_report *report);

/**
 * pmprobe_report_cpu_to_text:
 * @ret: the report's CPU section (cpufreq policies, cpuidle states, energy-performance bias,
 * platform profile, and the reasons found reading them) as text for people, its first line the
 * summary; what `pmprobe --explain` prints. The XML and JSON reports carry the same content.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM; -ENODATA when the probe did not read the
 * CPUs). Free *@ret with free(). Since: 0.2
 */
int pmprobe_report_cpu_to_text(const struct pmprobe_report *report, char **ret);

/**
 * pmprobe_value_type:
 * @PMPROBE_VALUE_NULL: absent, unreadable or unusable (JSON null, no XML attribute)
 * @PMPROBE_VALUE_STRING: a string, in *ret_string
 * @PMPROBE_VALUE_NUMBER: a number, in *ret_number (booleans are 0 or 1)
 *
 * What the keyed getters below return: the wake section's and the CPU section's values, each
 * named by its key, the member name in the JSON report (the attribute in the XML report).
 * Strings are borrowed, valid until the report's last unref, and are the bytes that were read
 * (the JSON and XML reports escape those that are not text); a word list (the governors, the
 * preferences, the profile choices) is one string, its words separated by white space as in
 * sysfs, where the JSON report has an array. Each getter writes *ret_string only for a string
 * and *ret_number only for a number; either may be NULL. Errors: -EINVAL (a NULL report or key, an
 * index out of range), -ENOENT (no such key), -ENODATA (the probe did not read the section:
 * pmprobe_set_sections()).
 *
 * Since: 0.4
 */
enum pmprobe_value_type {
	PMPROBE_VALUE_NULL = 0,
	PMPROBE_VALUE_STRING,
	PMPROBE_VALUE_NUMBER,
	_PMPROBE_VALUE_TYPE_MAX
};

/* The wake section (JSON "wake"): keys "devices" and "enabled" (how many devices have
 * power/wakeup, and how many of them say enabled), "complete" (1 when every device was looked
 * at), "platform.name" ("amd", "intel" or "none"). Returns: an enum pmprobe_value_type or a
 * negative errno, as above. Since: 0.4 */
int pmprobe_report_get_wake_value(const struct pmprobe_report *report, const char *key,
				  const char **ret_string, unsigned long long *ret_number);
/* Returns: the number of wake sources (devices with power/wakeup), -EINVAL or -ENODATA.
 * Since: 0.4 */
int pmprobe_report_get_n_wake_sources(const struct pmprobe_report *report);
/* Wake source @i: keys "group" ("button", "rtc", "network", "usb-input", "usb", "pci" or
 * "other"), "sysname", "subsystem", "driver", "wakeup", "kind", "path" (below the root),
 * strings; "wakeup_count", "active_count", numbers (NULL when the file held none). The JSON report
 * lists the same devices by group, in the order of this index within each group. Returns: as
 * pmprobe_report_get_wake_value(). Since: 0.4 */
int pmprobe_report_get_wake_source(const struct pmprobe_report *report, size_t i, const char *key,
				   const char **ret_string, unsigned long long *ret_number);
/* Returns: the number of RTCs (sys/class/rtc), -EINVAL or -ENODATA. Since: 0.4 */
int pmprobe_report_get_n_rtcs(const struct pmprobe_report *report);
/* RTC @i: keys "name", "wakealarm" (1 when it has a wakealarm file, else 0), "device_wakeup"
 * (the power/wakeup of the device holding it, NULL when none does). Since: 0.4 */
int pmprobe_report_get_rtc(const struct pmprobe_report *report, size_t i, const char *key,
			   const char **ret_string, unsigned long long *ret_number);
/* Returns: the number of platform power drivers s2idle needs that were looked at (amd_pmc,
 * intel_pmc_core), -EINVAL or -ENODATA. Since: 0.4 */
int pmprobe_report_get_n_platform_drivers(const struct pmprobe_report *report);
/* Platform driver @i: keys "name" (the module), "state" ("loaded", "builtin", "loadable",
 * "absent", ...). Since: 0.4 */
int pmprobe_report_get_platform_driver(const struct pmprobe_report *report, size_t i,
				       const char *key, const char **ret_string,
				       unsigned long long *ret_number);

/* The CPU section (JSON "cpu"), its values outside lists, keyed by their JSON path below "cpu":
 * "cpus", "summary", "cpufreq.boost", "cpufreq.intel_pstate_status",
 * "cpufreq.intel_pstate_no_turbo", "cpufreq.amd_pstate_status", "cpuidle.driver",
 * "cpuidle.governor", "platform_profile.current", "platform_profile.choices".
 * Returns: an enum pmprobe_value_type or a negative errno. Since: 0.4 */
int pmprobe_report_get_cpu_value(const struct pmprobe_report *report, const char *key,
				 const char **ret_string, unsigned long long *ret_number);
/* Returns: the number of cpufreq policies, -EINVAL or -ENODATA. Since: 0.4 */
int pmprobe_report_get_n_cpufreq_policies(const struct pmprobe_report *report);
/* Policy @i: "index" (N of policyN; JSON "name" is "policyN"), "affected_cpus",
 * "related_cpus", "scaling_driver", "scaling_governor", "scaling_available_governors",
 * "scaling_min_freq", "scaling_max_freq", "scaling_cur_freq", "cpuinfo_min_freq",
 * "cpuinfo_max_freq" (kHz), "energy_performance_preference",
 * "energy_performance_available_preferences", "boost". Since: 0.4 */
int pmprobe_report_get_cpufreq_policy(const struct pmprobe_report *report, size_t i,
				      const char *key, const char **ret_string,
				      unsigned long long *ret_number);
/* Returns: the number of groups of CPUs with the same idle states, -EINVAL or -ENODATA.
 * Since: 0.4 */
int pmprobe_report_get_n_cpuidle_groups(const struct pmprobe_report *report);
/* Idle group @g: key "cpus" (a kernel CPU list, "0-3,8"). Since: 0.4 */
int pmprobe_report_get_cpuidle_group(const struct pmprobe_report *report, size_t g, const char *key,
				     const char **ret_string, unsigned long long *ret_number);
/* Returns: the number of idle states of group @g, -EINVAL or -ENODATA. Since: 0.4 */
int pmprobe_report_get_n_cpuidle_states(const struct pmprobe_report *report, size_t g);
/* Idle state @s of group @g: "index" (N of stateN), "name", "desc", "latency", "residency"
 * (microseconds), "disable". Since: 0.4 */
int pmprobe_report_get_cpuidle_state(const struct pmprobe_report *report, size_t g, size_t s,
				     const char *key, const char **ret_string,
				     unsigned long long *ret_number);
/* Returns: the number of groups of CPUs with the same energy-performance bias, -EINVAL or
 * -ENODATA. Since: 0.4 */
int pmprobe_report_get_n_energy_perf_bias(const struct pmprobe_report *report);
/* Bias group @i: "cpus", "value" (0..15). Since: 0.4 */
int pmprobe_report_get_energy_perf_bias(const struct pmprobe_report *report, size_t i,
					const char *key, const char **ret_string,
					unsigned long long *ret_number);
/* Returns: the number of the CPU section's reasons, -EINVAL or -ENODATA. Since: 0.4 */
int pmprobe_report_get_n_cpu_reasons(const struct pmprobe_report *report);
/* CPU reason @i: "code" (pmprobe_reason_to_string()), "path" (the file, NULL after the first
 * few), "description". Since: 0.4 */
int pmprobe_report_get_cpu_reason(const struct pmprobe_report *report, size_t i, const char *key,
				  const char **ret_string, unsigned long long *ret_number);

/**
 * pmprobe_text_flags:
 * @PMPROBE_TEXT_EXPLAIN: every fact read, the wake and CPU sections, and each reason's effect and
 * sentence below its target, as `pmprobe --explain` prints it
 *
 * Flags of pmprobe_report_to_text(). Since: 0.4
 */
enum pmprobe_text_flags {
	PMPROBE_TEXT_EXPLAIN = 1 << 0,
};

/**
 * pmprobe_report_to_text:
 * @flags: 0 (the host, the policy, one line a target with its reasons' codes, the CPU summary:
 * what `pmprobe` prints) or PMPROBE_TEXT_EXPLAIN.
 * @ret: the whole report as text for people. Names and values from files are written with
 * control bytes and backslashes as \xNN.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM). Free *@ret with free(). Since: 0.4
 */
int pmprobe_report_to_text(const struct pmprobe_report *report, unsigned flags, char **ret);

/**
 * pmprobe_report_section_to_text:
 * @section: PMPROBE_SECTION_WAKE or PMPROBE_SECTION_CPU.
 * @ret: the report's section as text for people, what `pmprobe --explain` prints: its first line
 * a summary, then one line per object of the XML and JSON reports (the same names), its fields
 * as name=value. PMPROBE_SECTION_CPU is pmprobe_report_cpu_to_text(); PMPROBE_SECTION_WAKE the
 * devices with power/wakeup by group, the RTCs and the platform power drivers.
 *
 * Returns: 0, or a negative errno (-EINVAL, -ENOMEM; -ENODATA when the probe did not read the
 * section). Free *@ret with free(). Since: 0.4
 */
int pmprobe_report_section_to_text(const struct pmprobe_report *report,
				   enum pmprobe_section section, char **ret);

/**
 * pmprobe_record:
 * @dir: an empty or missing directory; it becomes a fixture tree that pmprobe_new() can read
 * @ret: the report of the probe that was recorded, or NULL
 *
 * Probes once, under the context's policy, and copies every file the probe read below @dir,
 * byte for byte, at its path relative to the root; the readable ACPI tables (FACP, FACS, DSDT,
 * SSDT*) too, and a RECORD manifest: pmprobe version, date, kernel release, machine class from
 * DMI (vendor, product, chassis type: never serial numbers, UUIDs or MAC addresses), euid,
 * writable paths, and the files that could not be read (`skipped:`). Reading stays read-only;
 * nothing is written outside @dir. A failure can leave @dir partly written.
 *
 * Returns: the number of files skipped (>= 0), or a negative errno: -ENOTEMPTY, -ENOTDIR,
 * -EINVAL, -ENOMEM or the error writing @dir. *@ret is written only on success. Since: 0.1
 */
int pmprobe_record(struct pmprobe_ctx *ctx, const char *dir, struct pmprobe_report **ret);

static inline void
pmprobe_unrefp(struct pmprobe_ctx **ctx)
{
	if (*ctx)
		pmprobe_unref(*ctx);
}

static inline void
pmprobe_report_unrefp(struct pmprobe_report **report)
{
	if (*report)
		pmprobe_report_unref(*report);
}

#ifdef __cplusplus
}
#endif

#endif
