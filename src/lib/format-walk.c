/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's walk: the one place that knows its shape (format-walk.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "format-walk.h"
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
	const struct report_writer *ops;
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
put_cpus(struct walk *k, const char *key, const char *value)
{
	return put_safe(k, k->ops->cpus, key, value);
}

static int
put_num(struct walk *k, const char *key, const struct cpu_number *n)
{
	return k->ops->num(k->w, key, n->r == 0, n->v);
}

/* A count read from a file: a number when it is one, else absent. */
static int
put_count(struct walk *k, const char *key, const char *text)
{
	uint64_t v = 0;
	int valid = text && cpu_number_parse(text, UINT64_MAX, &v) >= 0;

	return k->ops->num(k->w, key, valid, v);
}

static int
write_policy(struct walk *k, const struct cpufreq_policy *p)
{
	char name[32];

	snprintf(name, sizeof(name), "policy%u", p->index);
	TRY(k->ops->open(k->w, "policy"));
	TRY(put_str(k, "name", name));
	TRY(put_cpus(k, "affected_cpus", p->affected_cpus));
	TRY(put_cpus(k, "related_cpus", p->related_cpus));
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
	TRY(k->ops->open_list(k->w, "policies", 0));
	for (size_t i = 0; i < c->n_policies; i++)
		TRY(write_policy(k, &c->policies[i]));
	TRY(k->ops->close_list(k->w, 0));
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
	TRY(k->ops->open_list(k->w, "groups", 0));
	for (size_t i = 0; i < c->n_idle_groups; i++) {
		const struct cpu_group *g = &c->idle_groups[i];

		TRY(k->ops->open(k->w, "group"));
		TRY(put_cpus(k, "cpus", g->cpus_text));
		TRY(k->ops->open_list(k->w, "states", 0));
		for (size_t j = 0; j < g->n_states; j++)
			TRY(write_state(k, &g->states[j]));
		TRY(k->ops->close_list(k->w, 0));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w, 0));
	return k->ops->close(k->w);
}

static int
write_extras(struct walk *k, const struct cpu_facts *c)
{
	TRY(k->ops->open_list(k->w, "energy_perf_bias", 0));
	for (size_t i = 0; i < c->n_bias_groups; i++) {
		TRY(k->ops->open(k->w, "group"));
		TRY(put_cpus(k, "cpus", c->bias_groups[i].cpus_text));
		TRY(put_num(k, "value", &c->bias_groups[i].bias));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w, 0));
	if (c->platform_profile) {
		TRY(k->ops->open(k->w, "platform_profile"));
		TRY(put_str(k, "current", c->platform_profile));
		TRY(put_words(k, "choices", c->platform_profiles));
		TRY(k->ops->close(k->w));
	} else {
		TRY(k->ops->str(k->w, "platform_profile", NULL)); /* JSON null, XML nothing */
	}
	TRY(k->ops->open_list(k->w, "reasons", 0));
	for (size_t i = 0; i < c->n_reasons; i++) {
		TRY(k->ops->open(k->w, "reason"));
		TRY(put_str(k, "code", pmprobe_reason_to_string(c->reasons[i].code)));
		TRY(put_str(k, "path", c->reasons[i].path));
		TRY(k->ops->content(k->w, "description",
				    pmprobe_reason_to_description(c->reasons[i].code)));
		TRY(k->ops->close(k->w));
	}
	return k->ops->close_list(k->w, 0);
}

int
cpu_walk(const struct report_writer *ops, void *w, const struct cpu_facts *c)
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

static int
write_target(struct walk *k, const struct pmprobe_report *report, enum pmprobe_target t)
{
	const struct verdict *v = &report->verdicts[t];

	TRY(k->ops->open(k->w, "target"));
	TRY(k->ops->str(k->w, "name", pmprobe_target_to_string(t)));
	TRY(k->ops->str(k->w, "verdict", pmprobe_verdict_to_string(verdict_get(v))));
	TRY(k->ops->open_list(k->w, "reasons", 1));
	for (size_t i = 0; i < v->n_reasons; i++) {
		TRY(k->ops->open(k->w, "reason"));
		TRY(k->ops->str(k->w, "code", pmprobe_reason_to_string(v->reasons[i])));
		TRY(k->ops->str(k->w, "effect",
				pmprobe_effect_to_string((enum pmprobe_effect)v->weights[i])));
		TRY(k->ops->content(k->w, "description",
				    pmprobe_reason_to_description(v->reasons[i])));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w, 1));
	return k->ops->close(k->w);
}

static int
write_fact(struct walk *k, const struct fact *f)
{
	_cleanup_free_ char *value = NULL;
	char buf[16];
	int base64 = 0;

	if (f->value && format_value(f->value, &value, &base64) < 0)
		return -ENOMEM;
	TRY(k->ops->open(k->w, "fact"));
	TRY(put_str(k, "key", f->key));
	TRY(k->ops->str(k->w, "state", pmprobe_fact_state_to_string(f->state)));
	TRY(k->ops->str(k->w, "errno", f->err ? format_errno(f->err, buf, sizeof(buf)) : NULL));
	TRY(put_str(k, "path", f->path));
	TRY(k->ops->value(k->w, "value", value, base64));
	return k->ops->close(k->w);
}

static int
write_wake_device(struct walk *k, const struct report_wake_device *d)
{
	TRY(k->ops->open(k->w, "device"));
	TRY(put_str(k, "sysname", d->sysname));
	TRY(put_str(k, "subsystem", d->subsystem));
	TRY(put_str(k, "driver", d->driver));
	TRY(put_str(k, "wakeup", d->wakeup));
	TRY(put_str(k, "kind", d->kind));
	TRY(put_count(k, "wakeup_count", d->wakeup_count));
	TRY(put_count(k, "active_count", d->active_count));
	TRY(put_str(k, "path", d->path));
	return k->ops->close(k->w);
}

/* The devices of group @g, when it has any. */
static int
write_wake_group(struct walk *k, const struct report_wake *wake, const char *g)
{
	int open = 0;

	for (size_t i = 0; i < wake->n_devices; i++) {
		if (!streq(wake->devices[i].group, g))
			continue;
		if (!open++) {
			TRY(k->ops->open(k->w, "group"));
			TRY(k->ops->str(k->w, "name", g));
			TRY(k->ops->open_list(k->w, "devices", 1));
		}
		TRY(write_wake_device(k, &wake->devices[i]));
	}
	if (!open)
		return 0;
	TRY(k->ops->close_list(k->w, 1));
	return k->ops->close(k->w);
}

static int
write_platform(struct walk *k, const struct report_wake *wake)
{
	TRY(k->ops->open(k->w, "platform"));
	TRY(k->ops->str(k->w, "name", wake->platform));
	TRY(k->ops->open_list(k->w, "drivers", 1));
	for (size_t i = 0; i < wake->n_drivers; i++) {
		TRY(k->ops->open(k->w, "driver"));
		TRY(k->ops->str(k->w, "name", wake->drivers[i].name));
		TRY(k->ops->str(k->w, "state", wake->drivers[i].state));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w, 1));
	return k->ops->close(k->w);
}

/* The devices with power/wakeup by group (in the order of wake_groups), the RTCs, the
 * platform and its power drivers. */
int
wake_walk(const struct report_writer *ops, void *w, const struct report_wake *wake)
{
	struct walk walk = {.ops = ops, .w = w}, *k = &walk;

	TRY(k->ops->open(k->w, "wake"));
	TRY(k->ops->num(k->w, "devices", 1, wake->n_devices));
	TRY(k->ops->num(k->w, "enabled", 1, wake->n_enabled));
	TRY(k->ops->flag(k->w, "complete", wake->devices_r >= 0 || wake->devices_r == -ENOENT));
	TRY(k->ops->open_list(k->w, "groups", 1));
	for (const char *const *g = wake_groups; *g; g++)
		TRY(write_wake_group(k, wake, *g));
	TRY(k->ops->close_list(k->w, 1));
	TRY(k->ops->open_list(k->w, "rtcs", 1));
	for (size_t i = 0; i < wake->n_rtcs; i++) {
		TRY(k->ops->open(k->w, "rtc"));
		TRY(put_str(k, "name", wake->rtcs[i].name));
		TRY(k->ops->flag(k->w, "wakealarm", wake->rtcs[i].alarm));
		TRY(put_str(k, "device_wakeup", wake->rtcs[i].device_wakeup));
		TRY(k->ops->close(k->w));
	}
	TRY(k->ops->close_list(k->w, 1));
	TRY(write_platform(k, wake));
	return k->ops->close(k->w);
}

int
report_walk(const struct report_writer *ops, void *w, const struct pmprobe_report *report)
{
	struct walk k = {.ops = ops, .w = w};

	TRY(ops->open(w, "pmprobe-report"));
	TRY(ops->num(w, "format", 1, FORMAT_VERSION));
	TRY(ops->str(w, "pmprobe_version", PMPROBE_VERSION));
	TRY(ops->str(w, "policy", pmprobe_policy_to_string(report->policy)));
	TRY(put_str(&k, "backend", report->backend));
	TRY(put_str(&k, "sysroot", report->sysroot));
	TRY(ops->open_list(w, "targets", 0));
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++)
		TRY(write_target(&k, report, (enum pmprobe_target)t));
	TRY(ops->close_list(w, 0));
	TRY(ops->open_list(w, "facts", 0));
	for (size_t i = 0; i < report->evidence.n_facts; i++)
		TRY(write_fact(&k, &report->evidence.facts[i]));
	TRY(ops->close_list(w, 0));
	if (report->evidence.cpu)
		TRY(cpu_walk(ops, w, report->evidence.cpu));
	if (report->evidence.wake.probed)
		TRY(wake_walk(ops, w, &report->evidence.wake));
	return ops->close(w);
}
