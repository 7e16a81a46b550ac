/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Public getters for the report's wake and CPU sections, by the keys the JSON report uses. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "macro.h"
#include "report.h"

enum field_type {
	FIELD_STRING,	   /* char * (or const char *) at the offset */
	FIELD_COUNT,	   /* char *: a count read from a file, a number when it is one */
	FIELD_CPU_NUMBER,  /* struct cpu_number: a number when r == 0 */
	FIELD_UNSIGNED,	   /* unsigned */
	FIELD_SIZE,	   /* size_t */
	FIELD_BOOL,	   /* int, 0 or not */
	FIELD_REASON_CODE, /* enum pmprobe_reason, as its string */
	FIELD_REASON_TEXT, /* enum pmprobe_reason, as its sentence */
};

struct field {
	const char *key;
	enum field_type type;
	size_t offset;
};

#define FIELD(key, type, st, member)                                                               \
	{                                                                                          \
		key, type, offsetof(st, member)                                                    \
	}

static int
value_string(const char *s, const char **ret_string)
{
	if (!s)
		return PMPROBE_VALUE_NULL;
	if (ret_string)
		*ret_string = s;
	return PMPROBE_VALUE_STRING;
}

static int
value_number(unsigned long long n, unsigned long long *ret_number)
{
	if (ret_number)
		*ret_number = n;
	return PMPROBE_VALUE_NUMBER;
}

/* Looks @key up in @fields and reads it from @obj. Returns: an enum pmprobe_value_type, or
 * -EINVAL (no key), -ENOENT (not one of @fields). */
static int
field_get(const struct field *fields, size_t n, const void *obj, const char *key,
	  const char **ret_string, unsigned long long *ret_number)
{
	assert_return(key, -EINVAL);
	for (size_t i = 0; i < n; i++) {
		const char *p = (const char *)obj + fields[i].offset;

		if (!streq(fields[i].key, key))
			continue;
		switch (fields[i].type) {
		case FIELD_STRING:
			return value_string(*(const char *const *)(const void *)p, ret_string);
		case FIELD_COUNT: {
			const char *text = *(const char *const *)(const void *)p;
			uint64_t v = 0;

			return text && cpu_number_parse(text, UINT64_MAX, &v) >= 0
				       ? value_number(v, ret_number)
				       : PMPROBE_VALUE_NULL;
		}
		case FIELD_CPU_NUMBER: {
			const struct cpu_number *c = (const void *)p;

			return c->r == 0 ? value_number(c->v, ret_number) : PMPROBE_VALUE_NULL;
		}
		case FIELD_UNSIGNED:
			return value_number(*(const unsigned *)(const void *)p, ret_number);
		case FIELD_SIZE:
			return value_number(*(const size_t *)(const void *)p, ret_number);
		case FIELD_BOOL:
			return value_number(*(const int *)(const void *)p != 0, ret_number);
		case FIELD_REASON_CODE:
			return value_string(pmprobe_reason_to_string(
						    *(const enum pmprobe_reason *)(const void *)p),
					    ret_string);
		case FIELD_REASON_TEXT:
			return value_string(pmprobe_reason_to_description(
						    *(const enum pmprobe_reason *)(const void *)p),
					    ret_string);
		}
	}
	return -ENOENT;
}

/* Returns: the report's wake section, or NULL when the probe did not read it. */
static const struct report_wake *
wake_of(const struct pmprobe_report *report)
{
	return report->evidence.wake.probed ? &report->evidence.wake : NULL;
}

/* Returns: @n as a count, or -ENODATA when @section is NULL; -EINVAL for no @report. */
#define COUNT(report, section, n)                                                                  \
	do {                                                                                       \
		assert_return(report, -EINVAL);                                                    \
		if (!(section))                                                                    \
			return -ENODATA;                                                           \
		return (n) > INT_MAX ? INT_MAX : (int)(n);                                         \
	} while (0)

/* Checks @report, the section and the index @i against the count @n. */
#define CHECK_ITEM(report, section, i, n)                                                          \
	do {                                                                                       \
		assert_return(report, -EINVAL);                                                    \
		if (!(section))                                                                    \
			return -ENODATA;                                                           \
		assert_return((i) < (n), -EINVAL);                                                 \
	} while (0)

PMP_EXPORT int
pmprobe_report_get_wake_value(const struct pmprobe_report *report, const char *key,
			      const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("devices", FIELD_SIZE, struct report_wake, n_devices),
		FIELD("enabled", FIELD_UNSIGNED, struct report_wake, n_enabled),
		FIELD("platform.name", FIELD_STRING, struct report_wake, platform),
	};
	const struct report_wake *w;

	assert_return(report && key, -EINVAL);
	w = wake_of(report);
	if (!w)
		return -ENODATA;
	/* As the writers say it: every device looked at, or none there to look at. */
	if (streq(key, "complete"))
		return value_number(w->devices_r >= 0 || w->devices_r == -ENOENT, ret_number);
	return field_get(fields, ELEMENTSOF(fields), w, key, ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_wake_sources(const struct pmprobe_report *report)
{
	COUNT(report, wake_of(report), report->evidence.wake.n_devices);
}

PMP_EXPORT int
pmprobe_report_get_wake_source(const struct pmprobe_report *report, size_t i, const char *key,
			       const char **ret_string, unsigned long long *ret_number)
{
#define D(k, m) FIELD(k, FIELD_STRING, struct report_wake_device, m)
	static const struct field fields[] = {
		D("group", group),
		D("sysname", sysname),
		D("subsystem", subsystem),
		D("driver", driver),
		D("wakeup", wakeup),
		D("kind", kind),
		FIELD("wakeup_count", FIELD_COUNT, struct report_wake_device, wakeup_count),
		FIELD("active_count", FIELD_COUNT, struct report_wake_device, active_count),
		D("path", path),
	};
#undef D
	CHECK_ITEM(report, wake_of(report), i, report->evidence.wake.n_devices);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.wake.devices[i], key,
			 ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_rtcs(const struct pmprobe_report *report)
{
	COUNT(report, wake_of(report), report->evidence.wake.n_rtcs);
}

PMP_EXPORT int
pmprobe_report_get_rtc(const struct pmprobe_report *report, size_t i, const char *key,
		       const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("name", FIELD_STRING, struct report_rtc, name),
		FIELD("wakealarm", FIELD_BOOL, struct report_rtc, alarm),
		FIELD("device_wakeup", FIELD_STRING, struct report_rtc, device_wakeup),
	};

	CHECK_ITEM(report, wake_of(report), i, report->evidence.wake.n_rtcs);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.wake.rtcs[i], key,
			 ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_platform_drivers(const struct pmprobe_report *report)
{
	COUNT(report, wake_of(report), report->evidence.wake.n_drivers);
}

PMP_EXPORT int
pmprobe_report_get_platform_driver(const struct pmprobe_report *report, size_t i, const char *key,
				   const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("name", FIELD_STRING, struct report_driver, name),
		FIELD("state", FIELD_STRING, struct report_driver, state),
	};

	CHECK_ITEM(report, wake_of(report), i, report->evidence.wake.n_drivers);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.wake.drivers[i], key,
			 ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_cpu_value(const struct pmprobe_report *report, const char *key,
			     const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("cpus", FIELD_UNSIGNED, struct cpu_facts, n_cpus),
		FIELD("summary", FIELD_STRING, struct cpu_facts, summary),
		FIELD("cpufreq.boost", FIELD_CPU_NUMBER, struct cpu_facts, boost),
		FIELD("cpufreq.intel_pstate_status", FIELD_STRING, struct cpu_facts,
		      intel_pstate_status),
		FIELD("cpufreq.intel_pstate_no_turbo", FIELD_CPU_NUMBER, struct cpu_facts,
		      intel_no_turbo),
		FIELD("cpufreq.amd_pstate_status", FIELD_STRING, struct cpu_facts,
		      amd_pstate_status),
		FIELD("cpuidle.driver", FIELD_STRING, struct cpu_facts, idle_driver),
		FIELD("cpuidle.governor", FIELD_STRING, struct cpu_facts, idle_governor),
		FIELD("platform_profile.current", FIELD_STRING, struct cpu_facts, platform_profile),
		FIELD("platform_profile.choices", FIELD_STRING, struct cpu_facts,
		      platform_profiles),
	};

	assert_return(report && key, -EINVAL);
	if (!report->evidence.cpu)
		return -ENODATA;
	return field_get(fields, ELEMENTSOF(fields), report->evidence.cpu, key, ret_string,
			 ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_cpufreq_policies(const struct pmprobe_report *report)
{
	COUNT(report, report->evidence.cpu, report->evidence.cpu->n_policies);
}

PMP_EXPORT int
pmprobe_report_get_cpufreq_policy(const struct pmprobe_report *report, size_t i, const char *key,
				  const char **ret_string, unsigned long long *ret_number)
{
#define P(k, t, m) FIELD(k, t, struct cpufreq_policy, m)
	static const struct field fields[] = {
		P("index", FIELD_UNSIGNED, index),
		P("affected_cpus", FIELD_STRING, affected_cpus),
		P("related_cpus", FIELD_STRING, related_cpus),
		P("scaling_driver", FIELD_STRING, driver),
		P("scaling_governor", FIELD_STRING, governor),
		P("scaling_available_governors", FIELD_STRING, governors),
		P("scaling_min_freq", FIELD_CPU_NUMBER, freq[CPUFREQ_SCALING_MIN]),
		P("scaling_max_freq", FIELD_CPU_NUMBER, freq[CPUFREQ_SCALING_MAX]),
		P("scaling_cur_freq", FIELD_CPU_NUMBER, freq[CPUFREQ_SCALING_CUR]),
		P("cpuinfo_min_freq", FIELD_CPU_NUMBER, freq[CPUFREQ_CPUINFO_MIN]),
		P("cpuinfo_max_freq", FIELD_CPU_NUMBER, freq[CPUFREQ_CPUINFO_MAX]),
		P("energy_performance_preference", FIELD_STRING, epp),
		P("energy_performance_available_preferences", FIELD_STRING, epps),
		P("boost", FIELD_CPU_NUMBER, boost),
	};
#undef P
	CHECK_ITEM(report, report->evidence.cpu, i, report->evidence.cpu->n_policies);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.cpu->policies[i], key,
			 ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_cpuidle_groups(const struct pmprobe_report *report)
{
	COUNT(report, report->evidence.cpu, report->evidence.cpu->n_idle_groups);
}

PMP_EXPORT int
pmprobe_report_get_cpuidle_group(const struct pmprobe_report *report, size_t g, const char *key,
				 const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("cpus", FIELD_STRING, struct cpu_group, cpus_text),
	};

	CHECK_ITEM(report, report->evidence.cpu, g, report->evidence.cpu->n_idle_groups);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.cpu->idle_groups[g], key,
			 ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_cpuidle_states(const struct pmprobe_report *report, size_t g)
{
	CHECK_ITEM(report, report->evidence.cpu, g, report->evidence.cpu->n_idle_groups);
	COUNT(report, report->evidence.cpu, report->evidence.cpu->idle_groups[g].n_states);
}

PMP_EXPORT int
pmprobe_report_get_cpuidle_state(const struct pmprobe_report *report, size_t g, size_t s,
				 const char *key, const char **ret_string,
				 unsigned long long *ret_number)
{
#define S(k, t, m) FIELD(k, t, struct cpuidle_state, m)
	static const struct field fields[] = {
		S("index", FIELD_UNSIGNED, index),
		S("name", FIELD_STRING, name),
		S("desc", FIELD_STRING, desc),
		S("latency", FIELD_CPU_NUMBER, latency),
		S("residency", FIELD_CPU_NUMBER, residency),
		S("disable", FIELD_CPU_NUMBER, disable),
	};
#undef S
	CHECK_ITEM(report, report->evidence.cpu, g, report->evidence.cpu->n_idle_groups);
	assert_return(s < report->evidence.cpu->idle_groups[g].n_states, -EINVAL);
	return field_get(fields, ELEMENTSOF(fields),
			 &report->evidence.cpu->idle_groups[g].states[s], key, ret_string,
			 ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_energy_perf_bias(const struct pmprobe_report *report)
{
	COUNT(report, report->evidence.cpu, report->evidence.cpu->n_bias_groups);
}

PMP_EXPORT int
pmprobe_report_get_energy_perf_bias(const struct pmprobe_report *report, size_t i, const char *key,
				    const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("cpus", FIELD_STRING, struct cpu_group, cpus_text),
		FIELD("value", FIELD_CPU_NUMBER, struct cpu_group, bias),
	};

	CHECK_ITEM(report, report->evidence.cpu, i, report->evidence.cpu->n_bias_groups);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.cpu->bias_groups[i], key,
			 ret_string, ret_number);
}

PMP_EXPORT int
pmprobe_report_get_n_cpu_reasons(const struct pmprobe_report *report)
{
	COUNT(report, report->evidence.cpu, report->evidence.cpu->n_reasons);
}

PMP_EXPORT int
pmprobe_report_get_cpu_reason(const struct pmprobe_report *report, size_t i, const char *key,
			      const char **ret_string, unsigned long long *ret_number)
{
	static const struct field fields[] = {
		FIELD("code", FIELD_REASON_CODE, struct cpu_reason, code),
		FIELD("path", FIELD_STRING, struct cpu_reason, path),
		FIELD("description", FIELD_REASON_TEXT, struct cpu_reason, code),
	};

	CHECK_ITEM(report, report->evidence.cpu, i, report->evidence.cpu->n_reasons);
	return field_get(fields, ELEMENTSOF(fields), &report->evidence.cpu->reasons[i], key,
			 ret_string, ret_number);
}
