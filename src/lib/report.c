/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report object: the probe's evidence and one verdict per target, and its public getters. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h" /* the CPU summary */
#include "macro.h"
#include "report.h"

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

static void
report_free(struct pmprobe_report *report)
{
	free(report->backend);
	free(report->sysroot);
	free(report->kernel_release);
	evidence_done(&report->evidence);
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
	return report ? report->evidence.n_facts : 0;
}

PMP_EXPORT int
pmprobe_report_get_fact(const struct pmprobe_report *report, size_t i, const char **ret_key,
			const char **ret_value, const char **ret_path)
{
	const struct fact *f;

	assert_return(report && i < report->evidence.n_facts, -EINVAL);
	f = &report->evidence.facts[i];
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
	return report && report->evidence.cpu ? report->evidence.cpu->summary : NULL;
}

PMP_EXPORT int
pmprobe_report_get_fact_errno(const struct pmprobe_report *report, size_t i)
{
	assert_return(report && i < report->evidence.n_facts, -EINVAL);
	return report->evidence.facts[i].err;
}
