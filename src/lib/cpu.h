/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* CPU power policies as read (cpufreq, cpuidle, energy-performance bias, platform profile): the
 * report's CPU section. Read only; never a verdict input. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <pmprobe/pmprobe.h>

/* Bounds on hostile trees; real hosts beyond them get `cpu-limit-exceeded`. */
#define CPU_MAX 1024 /* CPUs whose idle states and bias are read */
#define CPUFREQ_POLICIES_MAX 512
#define CPUIDLE_STATES_MAX 16  /* the kernel's CPUIDLE_STATE_MAX is 10 */
#define CPU_LIST_TEXT_MAX 4096 /* word lists and CPU lists longer than this are malformed */
#define CPU_REASONS_WITH_PATH 16

/* A number read from a file: r 0 valid, -ENOENT absent, else not usable (a reason says why). */
struct cpu_number {
	int r;
	uint64_t v;
};

enum cpufreq_freq {
	CPUFREQ_SCALING_MIN = 0,
	CPUFREQ_SCALING_MAX,
	CPUFREQ_SCALING_CUR,
	CPUFREQ_CPUINFO_MIN,
	CPUFREQ_CPUINFO_MAX,
	_CPUFREQ_FREQ_MAX
};

/* Every string member: what the file said, without trailing newlines and blanks; NULL when
 * absent or unusable. */
struct cpufreq_policy {
	unsigned index; /* N of policyN */
	char *affected_cpus, *related_cpus;
	char *driver, *governor, *governors;
	char *epp, *epps;
	struct cpu_number boost; /* per-policy boost */
	struct cpu_number freq[_CPUFREQ_FREQ_MAX];
};

struct cpuidle_state {
	unsigned index; /* N of stateN */
	char *name, *desc;
	struct cpu_number latency, residency, disable;
};

/* CPUs whose idle states are the same (cpuidle_states_equal()), or whose bias is the same. */
struct cpu_group {
	unsigned *cpus;
	size_t n_cpus;
	char *cpus_text; /* "0-3,8" */
	struct cpuidle_state *states;
	size_t n_states;
	struct cpu_number bias; /* energy_perf_bias groups */
};

struct cpu_reason {
	enum pmprobe_reason code;
	char *path; /* relative to the root; NULL once CPU_REASONS_WITH_PATH are taken */
};

struct cpu_facts {
	unsigned n_cpus; /* cpuN directories */
	int missing;	 /* no sys/devices/system/cpu at all (a tree recorded without it) */
	char *intel_pstate_status, *amd_pstate_status;
	struct cpu_number intel_no_turbo, boost;
	struct cpufreq_policy *policies;
	size_t n_policies;
	char *idle_driver, *idle_governor;
	struct cpu_group *idle_groups;
	size_t n_idle_groups;
	struct cpu_group *bias_groups;
	size_t n_bias_groups;
	char *platform_profile, *platform_profiles;
	struct cpu_reason *reasons;
	size_t n_reasons;
	char *summary;
};

struct source;

/* Reads the CPU section. Unreadable and malformed files become reasons, not errors.
 * Returns: 0 and a new *@ret, or -ENOMEM. */
int probe_cpu(struct source *src, struct cpu_facts **ret);
/* Returns: the file name of a frequency ("scaling_min_freq"), static. */
const char *cpufreq_freq_name(enum cpufreq_freq f);

/* Parsers and helpers (cpu-parse.c), without I/O. */
struct cpu_facts *cpu_facts_free(struct cpu_facts *c);
/* Frees @n states and their array. */
void cpuidle_states_free(struct cpuidle_state *s, size_t n);
/* Returns: the number of CPUs in a kernel CPU list ("0-3,8"), or -EBADMSG. */
int cpu_list_count(const char *text);
/* Calls @fn for each range of a kernel CPU list ("0-3,8": 0-3, then 8-8) in order.
 * Returns: 0, -EBADMSG (malformed: some ranges may have been handed out), or @fn's error. */
int cpu_list_ranges(const char *text, int (*fn)(void *data, unsigned a, unsigned b), void *data);
/* Returns: 1 when @word is one of the whitespace-separated words of @list. */
int cpu_words_has(const char *list, const char *word);
/* Parses @text as a decimal number no greater than @max. Returns: 0 or -EBADMSG. */
int cpu_number_parse(const char *text, uint64_t max, uint64_t *ret);
/* Returns: 1 when @epp is usable: one of @available, or a raw value 0..255. */
int cpu_epp_is_known(const char *epp, const char *available);
/* Writes sorted @cpus as a kernel CPU list. Returns: a new string, or NULL (no memory). */
char *cpu_list_format(const unsigned *cpus, size_t n);
/* Returns: 1 when two idle state lists are the same as groups see them: the same states, exit
 * latencies and disable flags (names, descriptions and residencies are the group's first CPU's). */
int cpuidle_states_equal(const struct cpuidle_state *a, size_t n_a, const struct cpuidle_state *b,
			 size_t n_b);
/* Adds a reason, once per code and path; paths only for the first CPU_REASONS_WITH_PATH.
 * Returns: 0 or -ENOMEM. */
int cpu_add_reason(struct cpu_facts *c, enum pmprobe_reason code, const char *path);
/* The line for people, e.g. "8 CPUs, intel_pstate active, governor powersave, EPP
 * balance_performance; idle: intel_idle driver, 4 states". Returns: a new string or NULL. */
char *cpu_summary(const struct cpu_facts *c);
