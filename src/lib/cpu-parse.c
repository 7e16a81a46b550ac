/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The CPU section without I/O: CPU lists, numbers, word lists, idle state groups, the summary,
 * and freeing it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "macro.h"
#include "parse-util.h"
#include "tokens.h"

int
cpu_number_parse(const char *text, uint64_t max, uint64_t *ret)
{
	uint64_t v;

	if (strlen(text) > 20 || parse_u64(text, &v) < 0 || v > max)
		return -EBADMSG;
	*ret = v;
	return 0;
}

/* Parses one CPU number at *@p, moving past it. */
static int
cpu_index(const char **p, uint64_t *ret)
{
	char buf[8];
	size_t n = strspn(*p, "0123456789");

	if (n == 0 || n >= sizeof(buf))
		return -EBADMSG;
	memcpy(buf, *p, n);
	buf[n] = '\0';
	*p += n;
	return cpu_number_parse(buf, 65535, ret);
}

/* The kernel writes "0-3,8" (cpumap_print_list), space-separated lists in affected_cpus. */
int
cpu_list_ranges(const char *text, int (*fn)(void *data, unsigned a, unsigned b), void *data)
{
	const char *p = text;

	if (strlen(text) > CPU_LIST_TEXT_MAX)
		return -EBADMSG;
	while (*p) {
		uint64_t a, b;
		int r;

		if (cpu_index(&p, &a) < 0)
			return -EBADMSG;
		b = a;
		if (*p == '-') {
			p++;
			if (cpu_index(&p, &b) < 0 || b < a)
				return -EBADMSG;
		}
		r = fn(data, (unsigned)a, (unsigned)b);
		if (r < 0)
			return r;
		if (*p == ' ' && p[1] == '\0')
			break; /* affected_cpus ends in a space */
		if (*p == ',' || *p == ' ') {
			p++;
			if (!*p || *p == ',' || *p == ' ')
				return -EBADMSG;
		} else if (*p) {
			return -EBADMSG;
		}
	}
	return 0;
}

static int
count_range(void *data, unsigned a, unsigned b)
{
	uint64_t *n = data;

	*n += (uint64_t)b - a + 1;
	return 0;
}

int
cpu_list_count(const char *text)
{
	uint64_t n = 0;
	int r = cpu_list_ranges(text, count_range, &n);

	if (r < 0)
		return r;
	return n > 65536 ? -EBADMSG : (int)n;
}

int
cpu_words_has(const char *list, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = list; *p;) {
		size_t n;

		while (*p && char_is_space(*p))
			p++;
		for (n = 0; p[n] && !char_is_space(p[n]); n++)
			;
		if (n == len && n > 0 && !strncmp(p, word, n))
			return 1;
		p += n;
	}
	return 0;
}

int
cpu_epp_is_known(const char *epp, const char *available)
{
	uint64_t raw;

	if (!*epp)
		return 0;
	if (cpu_number_parse(epp, 255, &raw) == 0)
		return 1;
	return available && cpu_words_has(available, epp);
}

char *
cpu_list_format(const unsigned *cpus, size_t n)
{
	char *s = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&s, &size);

	if (!f)
		return NULL;
	for (size_t i = 0; i < n;) {
		size_t j = i;

		while (j + 1 < n && cpus[j + 1] == cpus[j] + 1)
			j++;
		fprintf(f, "%s%u", i ? "," : "", cpus[i]);
		if (j > i)
			fprintf(f, "-%u", cpus[j]);
		i = j + 1;
	}
	if (fclose(f) != 0) {
		free(s);
		return NULL;
	}
	return s;
}

static int
number_equal(const struct cpu_number *a, const struct cpu_number *b)
{
	return a->r == b->r && (a->r < 0 || a->v == b->v);
}

static int
str_equal(const char *a, const char *b)
{
	return a == b || (a && b && streq(a, b));
}

int
cpuidle_states_equal(const struct cpuidle_state *a, size_t n_a, const struct cpuidle_state *b,
		     size_t n_b)
{
	if (n_a != n_b)
		return 0;
	for (size_t i = 0; i < n_a; i++)
		if (a[i].index != b[i].index || !number_equal(&a[i].latency, &b[i].latency) ||
		    !number_equal(&a[i].disable, &b[i].disable))
			return 0;
	return 1;
}

int
cpu_add_reason(struct cpu_facts *c, enum pmprobe_reason code, const char *path)
{
	struct cpu_reason *n;
	int with_path = c->n_reasons < CPU_REASONS_WITH_PATH;

	for (size_t i = 0; i < c->n_reasons; i++)
		if (c->reasons[i].code == code &&
		    (!with_path || str_equal(c->reasons[i].path, path)))
			return 0;
	n = realloc(c->reasons, (c->n_reasons + 1) * sizeof(*n));
	if (!n)
		return -ENOMEM;
	c->reasons = n;
	n = &c->reasons[c->n_reasons];
	*n = (struct cpu_reason){.code = code};
	if (with_path && path) {
		n->path = strdup(path);
		if (!n->path)
			return -ENOMEM;
	}
	c->n_reasons++;
	return 0;
}

/* Writes the distinct non-NULL values of @get over the policies, joined by '/'. Returns: how
 * many there were. */
static size_t
put_distinct(FILE *f, const struct cpu_facts *c, const char *(*get)(const struct cpufreq_policy *))
{
	size_t n = 0;

	for (size_t i = 0; i < c->n_policies; i++) {
		const char *v = get(&c->policies[i]);
		int seen = 0;

		for (size_t j = 0; v && j < i && !seen; j++)
			seen = str_equal(get(&c->policies[j]), v);
		if (!v || seen)
			continue;
		fprintf(f, "%s%s", n++ ? "/" : "", v);
	}
	return n;
}

static const char *
get_driver(const struct cpufreq_policy *p)
{
	return p->driver;
}

static const char *
get_governor(const struct cpufreq_policy *p)
{
	return p->governor;
}

static const char *
get_epp(const struct cpufreq_policy *p)
{
	return p->epp;
}

/* The driver's mode: intel_pstate/status for intel_pstate and intel_cpufreq (its passive
 * mode), amd_pstate/status for amd-pstate and amd-pstate-epp. */
static const char *
driver_mode(const struct cpu_facts *c, const char *driver)
{
	if (!strncmp(driver, "intel_", 6))
		return c->intel_pstate_status;
	if (!strncmp(driver, "amd-pstate", 10))
		return c->amd_pstate_status;
	return NULL;
}

static void
put_cpufreq(FILE *f, const struct cpu_facts *c)
{
	const char *driver = NULL;
	size_t n = 0;

	if (c->n_policies == 0) {
		fputs(", no cpufreq", f);
		return;
	}
	for (size_t i = 0; i < c->n_policies && !driver; i++)
		driver = c->policies[i].driver;
	fputs(", ", f);
	n = put_distinct(f, c, get_driver);
	if (n == 0)
		fputs("unknown driver", f);
	else if (n == 1 && driver_mode(c, driver))
		fprintf(f, " %s", driver_mode(c, driver));
	if (c->n_policies > 1 && c->n_policies != c->n_cpus) /* one per CPU: the usual */
		fprintf(f, ", %zu policies", c->n_policies);
	for (size_t i = n = 0; i < c->n_policies; i++)
		n += c->policies[i].governor != NULL;
	if (n) {
		fputs(", governor ", f);
		put_distinct(f, c, get_governor);
	}
	for (size_t i = n = 0; i < c->n_policies; i++)
		n += c->policies[i].epp != NULL;
	if (n) {
		fputs(", EPP ", f);
		put_distinct(f, c, get_epp);
	}
}

static void
put_cpuidle(FILE *f, const struct cpu_facts *c)
{
	size_t states = 0;

	if (!c->idle_driver && c->n_idle_groups == 0) {
		fputs("; no cpuidle", f);
		return;
	}
	if (c->idle_driver && streq(c->idle_driver, "none")) /* cpuidle.off=1, or no driver */
		fputs("; idle: no driver", f);
	else
		fprintf(f, "; idle: %s driver", c->idle_driver ? c->idle_driver : "unknown");
	for (size_t i = 0; i < c->n_idle_groups; i++)
		if (c->idle_groups[i].n_states > states)
			states = c->idle_groups[i].n_states;
	if (c->n_idle_groups == 0)
		return;
	fprintf(f, ", %zu state%s", states, states == 1 ? "" : "s");
	if (c->n_idle_groups > 1)
		fprintf(f, " in %zu CPU groups", c->n_idle_groups);
}

char *
cpu_summary(const struct cpu_facts *c)
{
	char *s = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&s, &size);

	if (!f)
		return NULL;
	if (c->missing) { /* a host always has it: the tree was recorded without the CPUs */
		fputs("not recorded (no sys/devices/system/cpu)", f);
	} else {
		fprintf(f, "%u CPU%s", c->n_cpus, c->n_cpus == 1 ? "" : "s");
		put_cpufreq(f, c);
		put_cpuidle(f, c);
		if (c->platform_profile)
			fprintf(f, "; platform profile %s", c->platform_profile);
	}
	if (fclose(f) != 0) {
		free(s);
		return NULL;
	}
	return s;
}

void
cpuidle_states_free(struct cpuidle_state *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(s[i].name);
		free(s[i].desc);
	}
	free(s);
}

static void
groups_free(struct cpu_group *g, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(g[i].cpus);
		free(g[i].cpus_text);
		cpuidle_states_free(g[i].states, g[i].n_states);
	}
	free(g);
}

struct cpu_facts *
cpu_facts_free(struct cpu_facts *c)
{
	if (!c)
		return NULL;
	for (size_t i = 0; i < c->n_policies; i++) {
		struct cpufreq_policy *p = &c->policies[i];

		free(p->affected_cpus);
		free(p->related_cpus);
		free(p->driver);
		free(p->governor);
		free(p->governors);
		free(p->epp);
		free(p->epps);
	}
	free(c->policies);
	free(c->intel_pstate_status);
	free(c->amd_pstate_status);
	free(c->idle_driver);
	free(c->idle_governor);
	groups_free(c->idle_groups, c->n_idle_groups);
	groups_free(c->bias_groups, c->n_bias_groups);
	free(c->platform_profile);
	free(c->platform_profiles);
	for (size_t i = 0; i < c->n_reasons; i++)
		free(c->reasons[i].path);
	free(c->reasons);
	free(c->summary);
	free(c);
	return NULL;
}
