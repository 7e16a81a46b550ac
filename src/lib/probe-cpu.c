/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reads the CPU section through the source layer: cpufreq policies and driver modes, cpuidle
 * driver, governor and per-CPU states (grouped), energy-performance bias, platform profile. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "log.h"
#include "macro.h"
#include "source.h"

#define WORD_MAX 256		 /* a driver, governor or profile name */
#define FREQ_KHZ_MAX 1000000000u /* 1 THz */

struct cpu_reader {
	struct source *src;
	struct cpu_facts *c;
	/* sys/devices/system/cpu, listed once: its directories say what there is to read. */
	char **top;
	int top_r;
};

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Returns: 0 when the listing says @name is not there; 1 when it is, or when there was no
 * listing to ask (then the reads say what there is). */
static int
top_has(const struct cpu_reader *rd, const char *name)
{
	size_t n = 0;

	if (rd->top_r == -ENOENT)
		return 0;
	if (!rd->top)
		return 1;
	while (rd->top[n])
		n++;
	return bsearch(&name, rd->top, n, sizeof(char *), cmp_name) != NULL;
}

static int
reason_at(struct cpu_reader *rd, enum pmprobe_reason code, enum path_kind kind, const char *name)
{
	_cleanup_free_ char *path = NULL;

	if (asprintf(&path, "%s%s%s", path_kind_dir(kind), name ? "/" : "", name ? name : "") < 0)
		return -ENOMEM;
	DBG(rd->src->ctx, "'%s': %s", path, pmprobe_reason_to_string(code));
	return cpu_add_reason(rd->c, code, path);
}

static size_t
trimmed_len(const char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

/* Reads a string of at most @max bytes; longer is @malformed. Absent leaves *@ret NULL.
 * Returns: 1 read, 0 absent, 2 there but unusable (a reason says why), -ENOMEM. */
static int
read_str(struct cpu_reader *rd, enum path_kind kind, const char *name, size_t max,
	 enum pmprobe_reason malformed, char **ret)
{
	_cleanup_free_ char *raw = NULL;
	int r;

	*ret = NULL;
	r = source_read_text(rd->src, kind, name, &raw);
	if (r == -ENOMEM)
		return r;
	if (r == -ENOENT)
		return 0;
	if (r >= 0) /* lists end in a blank: "0 1 2 3 " */
		raw[trimmed_len(raw)] = '\0';
	if (r < 0)
		r = reason_at(rd, PMPROBE_REASON_CPU_VALUE_UNREADABLE, kind, name);
	else if (strlen(raw) > max)
		r = reason_at(rd, malformed, kind, name);
	else {
		*ret = TAKE_PTR(raw);
		return 1;
	}
	return r < 0 ? r : 2;
}

static int
read_num(struct cpu_reader *rd, enum path_kind kind, const char *name, uint64_t max,
	 enum pmprobe_reason malformed, struct cpu_number *ret)
{
	_cleanup_free_ char *raw = NULL;
	int r;

	ret->r = -ENOENT;
	r = read_str(rd, kind, name, 32, malformed, &raw);
	if (r != 1) {
		if (r == 2)
			ret->r = -EBADMSG; /* there, but a reason says why it does not count */
		return r < 0 ? r : 0;
	}
	ret->r = cpu_number_parse(raw, max, &ret->v);
	if (ret->r < 0)
		return reason_at(rd, malformed, kind, name);
	return 0;
}

static int
cmp_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

/* The N of the entries named @prefix N in a directory, sorted, at most @max (the rest is a
 * `cpu-limit-exceeded`). *@ret_total gets how many there were. Returns: 0 or -ENOMEM. */
static int
list_numbered(struct cpu_reader *rd, const char *dir, const char *prefix, size_t max,
	      unsigned **ret, size_t *ret_n, size_t *ret_total)
{
	size_t plen = strlen(prefix), n = 0, total = 0;
	_cleanup_free_ unsigned *v = NULL;
	char **list = NULL;
	int r;

	*ret_n = 0;
	if (ret_total)
		*ret_total = 0;
	if (!dir && !rd->top)
		return 0; /* the top directory: listed (and any error said) once, in probe_cpu() */
	r = dir ? source_list(rd->src, PATH_SYS_CPU, dir, &list) : 0;
	if (r == -ENOMEM)
		return r;
	if (r == -ENOENT)
		return 0;
	if (r < 0)
		return reason_at(rd, PMPROBE_REASON_CPU_LIST_UNREADABLE, PATH_SYS_CPU, dir);
	if (!dir)
		list = rd->top;
	for (char **p = list; *p; p++)
		total += !strncmp(*p, prefix, plen);
	v = calloc(total ? total : 1, sizeof(*v));
	for (char **p = list; v && *p; p++) {
		uint64_t i;

		if (!strncmp(*p, prefix, plen) && cpu_number_parse(*p + plen, 65535, &i) == 0 &&
		    ((*p)[plen] != '0' || (*p)[plen + 1] == '\0'))
			v[n++] = (unsigned)i;
	}
	if (dir)
		strv_free(list);
	if (!v)
		return -ENOMEM;
	qsort(v, n, sizeof(*v), cmp_unsigned);
	if (ret_total)
		*ret_total = n;
	if (n > max) {
		n = max;
		r = reason_at(rd, PMPROBE_REASON_CPU_LIMIT_EXCEEDED, PATH_SYS_CPU, dir);
		if (r < 0)
			return r;
	}
	*ret = TAKE_PTR(v);
	*ret_n = n;
	return 0;
}

/* Reads "cpufreq/policyN/<file>" (or any @fmt below PATH_SYS_CPU) into a string. */
static int
policy_str(struct cpu_reader *rd, unsigned index, const char *file, size_t max, char **ret)
{
	char name[128];

	snprintf(name, sizeof(name), "cpufreq/policy%u/%s", index, file);
	return read_str(rd, PATH_SYS_CPU, name, max, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, ret);
}

static int
policy_num(struct cpu_reader *rd, unsigned index, const char *file, uint64_t max,
	   struct cpu_number *ret)
{
	char name[128];

	snprintf(name, sizeof(name), "cpufreq/policy%u/%s", index, file);
	return read_num(rd, PATH_SYS_CPU, name, max, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, ret);
}

static int
policy_reason(struct cpu_reader *rd, unsigned index, const char *file, enum pmprobe_reason code)
{
	char name[128];

	snprintf(name, sizeof(name), "cpufreq/policy%u%s%s", index, file ? "/" : "",
		 file ? file : "");
	return reason_at(rd, code, PATH_SYS_CPU, name);
}

/* A CPU list that does not parse is dropped with a reason. */
static int
policy_cpus(struct cpu_reader *rd, unsigned index, const char *file, char **ret)
{
	int r = policy_str(rd, index, file, CPU_LIST_TEXT_MAX, ret);

	if (r != 1 || cpu_list_count(*ret) >= 0)
		return r < 0 ? r : 0;
	free(*ret);
	*ret = NULL;
	return policy_reason(rd, index, file, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED);
}

static const char *const freq_files[_CPUFREQ_FREQ_MAX] = {
	[CPUFREQ_SCALING_MIN] = "scaling_min_freq", [CPUFREQ_SCALING_MAX] = "scaling_max_freq",
	[CPUFREQ_SCALING_CUR] = "scaling_cur_freq", [CPUFREQ_CPUINFO_MIN] = "cpuinfo_min_freq",
	[CPUFREQ_CPUINFO_MAX] = "cpuinfo_max_freq",
};

const char *
cpufreq_freq_name(enum cpufreq_freq f)
{
	return freq_files[f];
}

static int
min_above_max(const struct cpufreq_policy *p, enum cpufreq_freq min, enum cpufreq_freq max)
{
	return p->freq[min].r == 0 && p->freq[max].r == 0 && p->freq[min].v > p->freq[max].v;
}

/* What a policy says against itself: each a reason, nothing dropped. */
static int
policy_check(struct cpu_reader *rd, const struct cpufreq_policy *p)
{
	int r = 0;

	if (p->governor && p->governors && !cpu_words_has(p->governors, p->governor))
		r = policy_reason(rd, p->index, "scaling_governor",
				  PMPROBE_REASON_GOVERNOR_NOT_AVAILABLE);
	if (r >= 0 && p->epp && !cpu_epp_is_known(p->epp, p->epps))
		r = policy_reason(rd, p->index, "energy_performance_preference",
				  PMPROBE_REASON_EPP_UNKNOWN);
	if (r >= 0 && (min_above_max(p, CPUFREQ_SCALING_MIN, CPUFREQ_SCALING_MAX) ||
		       min_above_max(p, CPUFREQ_CPUINFO_MIN, CPUFREQ_CPUINFO_MAX)))
		r = policy_reason(rd, p->index, NULL, PMPROBE_REASON_CPUFREQ_MIN_ABOVE_MAX);
	return r;
}

static int
probe_policy(struct cpu_reader *rd, struct cpufreq_policy *p)
{
	unsigned i = p->index;
	int r;

	r = policy_cpus(rd, i, "affected_cpus", &p->affected_cpus);
	if (r >= 0)
		r = policy_cpus(rd, i, "related_cpus", &p->related_cpus);
	if (r >= 0)
		r = policy_str(rd, i, "scaling_driver", WORD_MAX, &p->driver);
	if (r >= 0)
		r = policy_str(rd, i, "scaling_available_governors", CPU_LIST_TEXT_MAX,
			       &p->governors);
	if (r >= 0)
		r = policy_str(rd, i, "scaling_governor", WORD_MAX, &p->governor);
	for (int f = 0; r >= 0 && f < _CPUFREQ_FREQ_MAX; f++)
		r = policy_num(rd, i, freq_files[f], FREQ_KHZ_MAX, &p->freq[f]);
	if (r >= 0)
		r = policy_str(rd, i, "energy_performance_preference", WORD_MAX, &p->epp);
	if (r >= 0)
		r = policy_str(rd, i, "energy_performance_available_preferences", CPU_LIST_TEXT_MAX,
			       &p->epps);
	if (r >= 0)
		r = policy_num(rd, i, "boost", 1, &p->boost);
	return r < 0 ? r : policy_check(rd, p);
}

static int
probe_cpufreq(struct cpu_reader *rd)
{
	struct cpu_facts *c = rd->c;
	_cleanup_free_ unsigned *idx = NULL;
	size_t n = 0;
	int r = 0;

	c->boost.r = c->intel_no_turbo.r = -ENOENT;
	if (top_has(rd, "intel_pstate")) {
		r = read_str(rd, PATH_SYS_CPU, "intel_pstate/status", WORD_MAX,
			     PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, &c->intel_pstate_status);
		if (r >= 0)
			r = read_num(rd, PATH_SYS_CPU, "intel_pstate/no_turbo", 1,
				     PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, &c->intel_no_turbo);
	}
	if (r >= 0 && top_has(rd, "amd_pstate"))
		r = read_str(rd, PATH_SYS_CPU, "amd_pstate/status", WORD_MAX,
			     PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, &c->amd_pstate_status);
	if (r < 0 || !top_has(rd, "cpufreq"))
		return r < 0 ? r : 0;
	r = read_num(rd, PATH_SYS_CPU, "cpufreq/boost", 1, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED,
		     &c->boost);
	if (r >= 0)
		r = list_numbered(rd, "cpufreq", "policy", CPUFREQ_POLICIES_MAX, &idx, &n, NULL);
	if (r < 0 || n == 0)
		return r < 0 ? r : 0;
	c->policies = calloc(n, sizeof(*c->policies));
	if (!c->policies)
		return -ENOMEM;
	for (size_t i = 0; r >= 0 && i < n; i++) {
		c->policies[i] = (struct cpufreq_policy){.index = idx[i]};
		c->n_policies++;
		r = probe_policy(rd, &c->policies[i]);
	}
	return r;
}

static int
state_num(struct cpu_reader *rd, unsigned cpu, unsigned state, const char *file, uint64_t max,
	  struct cpu_number *ret)
{
	char name[96];

	snprintf(name, sizeof(name), "cpu%u/cpuidle/state%u/%s", cpu, state, file);
	return read_num(rd, PATH_SYS_CPU, name, max, PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED, ret);
}

static int
state_str(struct cpu_reader *rd, unsigned cpu, unsigned state, const char *file, char **ret)
{
	char name[96];

	snprintf(name, sizeof(name), "cpu%u/cpuidle/state%u/%s", cpu, state, file);
	return read_str(rd, PATH_SYS_CPU, name, WORD_MAX, PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED,
			ret);
}

/* One CPU's idle states as far as they tell groups apart: which, their exit latency (it differs
 * between the clusters of big.LITTLE hosts) and whether disabled (per CPU, by hand). */
static int
read_states(struct cpu_reader *rd, unsigned cpu, struct cpuidle_state **ret, size_t *ret_n)
{
	_cleanup_free_ unsigned *idx = NULL;
	struct cpuidle_state *s;
	char dir[32];
	size_t n;
	int r;

	*ret = NULL;
	*ret_n = 0;
	snprintf(dir, sizeof(dir), "cpu%u/cpuidle", cpu);
	r = list_numbered(rd, dir, "state", CPUIDLE_STATES_MAX, &idx, &n, NULL);
	if (r < 0 || n == 0)
		return r;
	s = calloc(n, sizeof(*s));
	if (!s)
		return -ENOMEM;
	for (size_t i = 0; r >= 0 && i < n; i++) {
		s[i].index = idx[i];
		r = state_num(rd, cpu, idx[i], "latency", UINT32_MAX, &s[i].latency);
		if (r >= 0)
			r = state_num(rd, cpu, idx[i], "disable", 1, &s[i].disable);
	}
	if (r < 0) {
		cpuidle_states_free(s, n);
		return r;
	}
	*ret = s;
	*ret_n = n;
	return 0;
}

static int
group_add_cpu(struct cpu_group *g, unsigned cpu)
{
	unsigned *v = realloc(g->cpus, (g->n_cpus + 1) * sizeof(*v));

	if (!v)
		return -ENOMEM;
	g->cpus = v;
	g->cpus[g->n_cpus++] = cpu;
	return 0;
}

/* Returns: a new empty group at the end of *@groups, or NULL. */
static struct cpu_group *
group_new(struct cpu_group **groups, size_t *n)
{
	struct cpu_group *g = realloc(*groups, (*n + 1) * sizeof(*g));

	if (!g)
		return NULL;
	*groups = g;
	g = &g[(*n)++];
	*g = (struct cpu_group){0};
	return g;
}

static int
probe_cpu_idle(struct cpu_reader *rd, unsigned cpu)
{
	struct cpu_facts *c = rd->c;
	struct cpuidle_state *s;
	struct cpu_group *g;
	size_t n;
	int r;

	r = read_states(rd, cpu, &s, &n);
	if (r < 0 || n == 0)
		return r;
	for (size_t i = 0; i < c->n_idle_groups; i++) {
		g = &c->idle_groups[i];
		if (cpuidle_states_equal(g->states, g->n_states, s, n)) {
			cpuidle_states_free(s, n);
			return group_add_cpu(g, cpu);
		}
	}
	g = group_new(&c->idle_groups, &c->n_idle_groups);
	if (!g) {
		cpuidle_states_free(s, n);
		return -ENOMEM;
	}
	g->states = s;
	g->n_states = n;
	/* The rest only for a group's first CPU: the driver's table, the same for its group. */
	for (size_t i = 0; r >= 0 && i < n; i++) {
		r = state_str(rd, cpu, s[i].index, "name", &s[i].name);
		if (r >= 0)
			r = state_str(rd, cpu, s[i].index, "desc", &s[i].desc);
		if (r >= 0)
			r = state_num(rd, cpu, s[i].index, "residency", UINT32_MAX,
				      &s[i].residency);
	}
	return r < 0 ? r : group_add_cpu(g, cpu);
}

static int
probe_cpu_bias(struct cpu_reader *rd, unsigned cpu)
{
	struct cpu_facts *c = rd->c;
	struct cpu_number bias;
	struct cpu_group *g;
	char name[64];
	int r;

	snprintf(name, sizeof(name), "cpu%u/power/energy_perf_bias", cpu);
	r = read_num(rd, PATH_SYS_CPU, name, 15, PMPROBE_REASON_ENERGY_PERF_BIAS_MALFORMED, &bias);
	if (r < 0 || bias.r == -ENOENT)
		return r;
	for (size_t i = 0; i < c->n_bias_groups; i++)
		if (c->bias_groups[i].bias.r == bias.r && c->bias_groups[i].bias.v == bias.v)
			return group_add_cpu(&c->bias_groups[i], cpu);
	g = group_new(&c->bias_groups, &c->n_bias_groups);
	if (!g)
		return -ENOMEM;
	g->bias = bias;
	return group_add_cpu(g, cpu);
}

static int
groups_format(struct cpu_group *g, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g[i].cpus_text = cpu_list_format(g[i].cpus, g[i].n_cpus);
		if (!g[i].cpus_text)
			return -ENOMEM;
	}
	return 0;
}

/* Per CPU only what differs between CPUs: the idle states (when there is a cpuidle driver) and
 * the bias (when the first CPU has one: it is an x86 feature of every CPU or none). */
static int
probe_cpus(struct cpu_reader *rd)
{
	struct cpu_facts *c = rd->c;
	_cleanup_free_ unsigned *idx = NULL;
	size_t n, total;
	int r, idle = c->idle_driver != NULL, bias = 1;

	r = list_numbered(rd, NULL, "cpu", CPU_MAX, &idx, &n, &total);
	if (r < 0)
		return r;
	c->n_cpus = (unsigned)total;
	for (size_t i = 0; r >= 0 && i < n; i++) {
		if (idle)
			r = probe_cpu_idle(rd, idx[i]);
		if (r >= 0 && bias) {
			r = probe_cpu_bias(rd, idx[i]);
			bias = c->n_bias_groups > 0;
		}
	}
	if (r >= 0)
		r = groups_format(c->idle_groups, c->n_idle_groups);
	if (r >= 0)
		r = groups_format(c->bias_groups, c->n_bias_groups);
	return r;
}

static int
probe_cpuidle(struct cpu_reader *rd)
{
	struct cpu_facts *c = rd->c;
	int r;

	if (!top_has(rd, "cpuidle"))
		return 0;
	r = read_str(rd, PATH_SYS_CPU, "cpuidle/current_driver", WORD_MAX,
		     PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED, &c->idle_driver);
	if (r >= 0)
		r = read_str(rd, PATH_SYS_CPU, "cpuidle/current_governor", WORD_MAX,
			     PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED, &c->idle_governor);
	if (r >= 0 && !c->idle_governor)
		r = read_str(rd, PATH_SYS_CPU, "cpuidle/current_governor_ro", WORD_MAX,
			     PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED, &c->idle_governor);
	return r < 0 ? r : 0;
}

static int
probe_platform_profile(struct cpu_reader *rd)
{
	struct cpu_facts *c = rd->c;
	int r;

	r = read_str(rd, PATH_FIRMWARE_ACPI, "platform_profile", WORD_MAX,
		     PMPROBE_REASON_PLATFORM_PROFILE_UNKNOWN, &c->platform_profile);
	if (r != 1)
		return r < 0 ? r : 0;
	r = read_str(rd, PATH_FIRMWARE_ACPI, "platform_profile_choices", CPU_LIST_TEXT_MAX,
		     PMPROBE_REASON_PLATFORM_PROFILE_UNKNOWN, &c->platform_profiles);
	if (r < 0 || !c->platform_profiles ||
	    cpu_words_has(c->platform_profiles, c->platform_profile))
		return r < 0 ? r : 0;
	return reason_at(rd, PMPROBE_REASON_PLATFORM_PROFILE_UNKNOWN, PATH_FIRMWARE_ACPI,
			 "platform_profile");
}

int
probe_cpu(struct source *src, struct cpu_facts **ret)
{
	struct cpu_facts *c = calloc(1, sizeof(*c));
	struct cpu_reader rd = {.src = src, .c = c};
	int r;

	if (!c)
		return -ENOMEM;
	r = rd.top_r = source_list(src, PATH_SYS_CPU, NULL, &rd.top);
	c->missing = r == -ENOENT;
	if (r == -ENOENT)
		r = 0;
	else if (r < 0 && r != -ENOMEM)
		r = reason_at(&rd, PMPROBE_REASON_CPU_LIST_UNREADABLE, PATH_SYS_CPU, NULL);
	if (r >= 0)
		r = probe_cpufreq(&rd);
	if (r >= 0)
		r = probe_cpuidle(&rd);
	if (r >= 0)
		r = probe_cpus(&rd);
	if (r >= 0)
		r = probe_platform_profile(&rd);
	if (r >= 0) {
		c->summary = cpu_summary(c);
		if (!c->summary)
			r = -ENOMEM;
	}
	strv_free(rd.top);
	if (r < 0) {
		cpu_facts_free(c);
		return r;
	}
	*ret = c;
	return 0;
}
