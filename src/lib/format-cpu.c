/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The CPU section's walk (the one place that knows its shape), and its text for people. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "format-cpu.h"
#include "format.h"
#include "macro.h"
#include "report.h"

#define TRY(call)                                                                                  \
	do {                                                                                       \
		int _r = (call);                                                                   \
		if (_r < 0)                                                                        \
			return _r;                                                                 \
	} while (0)

struct walk {
	const struct cpu_writer *ops;
	void *w;
};

/* Hands @value, made safe, to @put (the writer's str or words). */
static int
put_safe(struct walk *k, int (*put)(void *, const char *, const char *), const char *key,
	 const char *value)
{
	_cleanup_free_ char *safe = NULL;

	if (value && format_name(value, &safe) < 0)
		return -ENOMEM;
	return put(k->w, key, safe);
}

static int
put_str(struct walk *k, const char *key, const char *value)
{
	return put_safe(k, k->ops->str, key, value);
}

static int
put_words(struct walk *k, const char *key, const char *value)
{
	return put_safe(k, k->ops->words, key, value);
}

static int
put_num(struct walk *k, const char *key, const struct cpu_number *n)
{
	return k->ops->num(k->w, key, n->r == 0, n->v);
}

static int
write_policy(struct walk *k, const struct cpufreq_policy *p)
{
	char name[32];

	snprintf(name, sizeof(name), "policy%u", p->index);
	TRY(k->ops->open(k->w, "policy"));
	TRY(put_str(k, "name", name));
	TRY(put_str(k, "affected_cpus", p->affected_cpus));
	TRY(put_str(k, "related_cpus", p->related_cpus));
	TRY(put_str(k, "scaling_driver", p->driver));
	TRY(put_str(k, "scaling_governor", p->governor));
	TRY(put_words(k, "scaling_available_governors", p->governors));
	for (int f = 0; f < _CPUFREQ_FREQ_MAX; f++)
		TRY(put_num(k, cpufreq_freq_name((enum cpufreq_freq)f), &p->freq[f]));
	TRY(put_str(k, "energy_performance_preference", p->epp));
	TRY(put_words(k, "energy_performance_available_preferences", p->epps));
	TRY(put_num(k, "boost", &p->boost));
	return k->ops->close(k->w);
}

static int
write_cpufreq(struct walk *k, const struct cpu_facts *c)
{
	TRY(k->ops->open(k->w, "cpufreq"));
	TRY(put_num(k, "boost", &c->boost));
	TRY(put_str(k, "intel_pstate_status", c->intel_pstate_status));
	TRY(put_num(k, "intel_pstate_no_turbo", &c->intel_no_turbo));
	TRY(put_str(k, "amd_pstate_status", c->amd_pstate_status));
	TRY(k->ops->open_list(k->w, "policies"));
	for (size_t i = 0; i < c->n_policies; i++)
		TRY(write_policy(k, &c->policies[i]));
	TRY(k->ops->close_list(k->w));
	return k->ops->close(k->w);
}

static int
write_state(struct walk *k, const struct cpuidle_state *s)
{
	TRY(k->ops->open(k->w, "state"));
	TRY(k->ops->num(k->w, "index", 1, s->index));
	TRY(put_str(k, "name", s->name));
	TRY(put_str(k, "desc", s->desc));
	TRY(put_num(k, "latency", &s->latency));
	TRY(put_num(k, "residency", &s->residency));
	TRY(put_num(k, "disable", &s->disable));
	return k->ops->close(k->w);
}

static int
write_cpuidle(struct walk *k, const struct cpu_facts *c)
{
	TRY(k->ops->open(k->w, "cpuidle"));
	TRY(put_str(k, "driver", c->idle_driver));
	TRY(put_str(k, "governor", c->idle_governor));
	TRY(k->ops->open_list(k->w, "groups"));
	for (size_t i = 0; i < c->n_idle_groups; i++) {
		const struct cpu_group *g = &c->idle_groups[i];

		TRY(k->ops->open(k->w, "group"));
		TRY(put_str(k, "cpus", g->cpus_text));
		TRY(k->ops->open_list(k->w, "states"));
		for (size_t j = 0; j < g->n_states; j++)
			TRY(write_state(k, &g->states[j]));
		TRY(k->ops->close_list(k->w));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w));
	return k->ops->close(k->w);
}

static int
write_extras(struct walk *k, const struct cpu_facts *c)
{
	TRY(k->ops->open_list(k->w, "energy_perf_bias"));
	for (size_t i = 0; i < c->n_bias_groups; i++) {
		TRY(k->ops->open(k->w, "group"));
		TRY(put_str(k, "cpus", c->bias_groups[i].cpus_text));
		TRY(put_num(k, "value", &c->bias_groups[i].bias));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w));
	if (c->platform_profile) {
		TRY(k->ops->open(k->w, "platform_profile"));
		TRY(put_str(k, "current", c->platform_profile));
		TRY(put_words(k, "choices", c->platform_profiles));
		TRY(k->ops->close(k->w));
	} else {
		TRY(k->ops->str(k->w, "platform_profile", NULL)); /* JSON null, XML nothing */
	}
	TRY(k->ops->open_list(k->w, "reasons"));
	for (size_t i = 0; i < c->n_reasons; i++) {
		TRY(k->ops->open(k->w, "reason"));
		TRY(put_str(k, "code", pmprobe_reason_to_string(c->reasons[i].code)));
		TRY(put_str(k, "path", c->reasons[i].path));
		TRY(k->ops->content(k->w, "description",
				    pmprobe_reason_to_description(c->reasons[i].code)));
		TRY(k->ops->close(k->w));
	}
	return k->ops->close_list(k->w);
}

int
cpu_write(const struct cpu_writer *ops, void *w, const struct cpu_facts *c)
{
	struct walk k = {.ops = ops, .w = w};

	TRY(ops->open(w, "cpu"));
	TRY(ops->num(w, "cpus", 1, c->n_cpus));
	TRY(put_str(&k, "summary", c->summary));
	TRY(write_cpufreq(&k, c));
	TRY(write_cpuidle(&k, c));
	TRY(write_extras(&k, c));
	return ops->close(w);
}

/* Text for people: one line per object, its scalars as key=value. */
struct text {
	FILE *f;
	int depth;
};

static int
text_open(void *w, const char *name)
{
	struct text *t = w;

	fprintf(t->f, "\n%*s%s", 2 * ++t->depth, "", name);
	return 0;
}

static int
text_close(void *w)
{
	((struct text *)w)->depth--;
	return 0;
}

static int
text_nothing(void *w _unused_, const char *name _unused_)
{
	return 0;
}

static int
text_nothing_close(void *w _unused_)
{
	return 0;
}

static int
text_str(void *w, const char *key, const char *value)
{
	struct text *t = w;

	if (!value || streq(key, "summary")) /* the section's first line */
		return 0;
	if (!*value || strpbrk(value, " \"="))
		fprintf(t->f, " %s=\"%s\"", key, value);
	else
		fprintf(t->f, " %s=%s", key, value);
	return 0;
}

static int
text_num(void *w, const char *key, int valid, uint64_t value)
{
	if (valid)
		fprintf(((struct text *)w)->f, " %s=%llu", key, (unsigned long long)value);
	return 0;
}

static int
text_content(void *w, const char *key _unused_, const char *value)
{
	if (value)
		fprintf(((struct text *)w)->f, ": %s", value);
	return 0;
}

static const struct cpu_writer text_writer = {
	.open = text_open,
	.close = text_close,
	.open_list = text_nothing,
	.close_list = text_nothing_close,
	.str = text_str,
	.num = text_num,
	.words = text_str,
	.content = text_content,
};

PMP_EXPORT int
pmprobe_report_cpu_to_text(const struct pmprobe_report *report, char **ret)
{
	_cleanup_free_ char *summary = NULL;
	struct text t = {0};
	char *s = NULL;
	size_t size = 0;
	int r;

	assert_return(report && ret, -EINVAL);
	if (!report->cpu)
		return -ENODATA;
	/* Names in the summary come from files: escaped as everywhere else. */
	if (format_name(report->cpu->summary ? report->cpu->summary : "", &summary) < 0)
		return -ENOMEM;
	t.f = open_memstream(&s, &size);
	if (!t.f)
		return -ENOMEM;
	fprintf(t.f, "CPU power policies (read only, no verdict): %s", summary);
	r = cpu_write(&text_writer, &t, report->cpu);
	fputc('\n', t.f);
	if (fclose(t.f) != 0 || r < 0) {
		free(s);
		return r < 0 ? r : -ENOMEM;
	}
	*ret = s;
	return 0;
}
