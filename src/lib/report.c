/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Report object: facts with their sources and one verdict per target, and its public getters. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "macro.h"
#include "report.h"

#define REPORT_FACTS_MAX 1024

int
report_new(enum pmprobe_policy policy, const char *backend, struct pmprobe_report **ret)
{
	struct pmprobe_report *r = calloc(1, sizeof(*r));

	if (!r)
		return -ENOMEM;
	r->refcount = 1;
	r->policy = policy;
	r->backend = strdup(backend);
	if (!r->backend) {
		free(r);
		return -ENOMEM;
	}
	*ret = r;
	return 0;
}

static enum pmprobe_fact_state
fact_state_from(int r)
{
	if (r >= 0)
		return PMPROBE_FACT_PRESENT;
	if (r == -ENOENT)
		return PMPROBE_FACT_MISSING;
	if (r == -EBADMSG)
		return PMPROBE_FACT_MALFORMED;
	return PMPROBE_FACT_UNREADABLE;
}

int
report_add_fact(struct pmprobe_report *report, const char *key, const char *path, int r,
		const char *value)
{
	struct fact *f;

	if (report->n_facts >= REPORT_FACTS_MAX)
		return 0; /* evidence is bounded; a hostile tree never fails the probe */
	f = realloc(report->facts, (report->n_facts + 1) * sizeof(*f));
	if (!f)
		return -ENOMEM;
	report->facts = f;
	f = &report->facts[report->n_facts];
	*f = (struct fact){
		.key = strdup(key),
		.path = path ? strdup(path) : NULL,
		.value = value ? strdup(value) : NULL,
		.state = fact_state_from(r),
		.err = fact_state_from(r) == PMPROBE_FACT_UNREADABLE ? -r : 0,
	};
	if (!f->key || (path && !f->path) || (value && !f->value)) {
		free(f->key);
		free(f->path);
		free(f->value);
		return -ENOMEM;
	}
	report->n_facts++;
	return 0;
}

int
report_add_factf(struct pmprobe_report *report, const char *key, const char *path, int r,
		 const char *format, ...)
{
	_cleanup_free_ char *value = NULL;
	va_list ap;
	int n;

	va_start(ap, format);
	n = vasprintf(&value, format, ap);
	va_end(ap);
	if (n < 0)
		return -ENOMEM;
	return report_add_fact(report, key, path, r, value);
}

static void
report_free(struct pmprobe_report *report)
{
	for (size_t i = 0; i < report->n_facts; i++) {
		free(report->facts[i].key);
		free(report->facts[i].value);
		free(report->facts[i].path);
	}
	free(report->facts);
	free(report->backend);
	free(report->sysroot);
	free(report->kernel_release);
	cpu_facts_free(report->cpu);
	report_wake_done(&report->wake);
	free(report);
}

PMP_EXPORT struct pmprobe_report *
pmprobe_report_ref(struct pmprobe_report *report)
{
	if (report)
		report->refcount++;
	return report;
}

PMP_EXPORT struct pmprobe_report *
pmprobe_report_unref(struct pmprobe_report *report)
{
	if (report && --report->refcount == 0)
		report_free(report);
	return NULL;
}

PMP_EXPORT enum pmprobe_policy
pmprobe_report_get_policy(const struct pmprobe_report *report)
{
	return report ? report->policy : PMPROBE_POLICY_FEASIBLE;
}

PMP_EXPORT enum pmprobe_verdict
pmprobe_report_get_verdict(const struct pmprobe_report *report, enum pmprobe_target target)
{
	if (!report || (unsigned)target >= _PMPROBE_TARGET_MAX)
		return PMPROBE_UNKNOWN;
	return verdict_get(&report->verdicts[target]);
}

PMP_EXPORT size_t
pmprobe_report_get_n_reasons(const struct pmprobe_report *report, enum pmprobe_target target)
{
	if (!report || (unsigned)target >= _PMPROBE_TARGET_MAX)
		return 0;
	return report->verdicts[target].n_reasons;
}

PMP_EXPORT int
pmprobe_report_get_reason(const struct pmprobe_report *report, enum pmprobe_target target, size_t i)
{
	assert_return(report && (unsigned)target < _PMPROBE_TARGET_MAX, -EINVAL);
	assert_return(i < report->verdicts[target].n_reasons, -EINVAL);
	return (int)report->verdicts[target].reasons[i];
}

PMP_EXPORT int
pmprobe_report_get_reason_effect(const struct pmprobe_report *report, enum pmprobe_target target,
				 size_t i)
{
	assert_return(report && (unsigned)target < _PMPROBE_TARGET_MAX, -EINVAL);
	assert_return(i < report->verdicts[target].n_reasons, -EINVAL);
	return (int)report->verdicts[target].weights[i];
}

PMP_EXPORT size_t
pmprobe_report_get_n_facts(const struct pmprobe_report *report)
{
	return report ? report->n_facts : 0;
}

PMP_EXPORT int
pmprobe_report_get_fact(const struct pmprobe_report *report, size_t i, const char **ret_key,
			const char **ret_value, const char **ret_path)
{
	const struct fact *f;

	assert_return(report && i < report->n_facts, -EINVAL);
	f = &report->facts[i];
	if (ret_key)
		*ret_key = f->key;
	if (ret_value)
		*ret_value = f->value;
	if (ret_path)
		*ret_path = f->path;
	return (int)f->state;
}

PMP_EXPORT const char *
pmprobe_report_get_cpu_summary(const struct pmprobe_report *report)
{
	return report && report->cpu ? report->cpu->summary : NULL;
}

PMP_EXPORT int
pmprobe_report_get_fact_errno(const struct pmprobe_report *report, size_t i)
{
	assert_return(report && i < report->n_facts, -EINVAL);
	return report->facts[i].err;
}
