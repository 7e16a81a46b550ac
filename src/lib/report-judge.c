/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One probe's facts judged under every policy they serve, so a report can change policy. */
#include <errno.h>
#include <string.h>

#include "facts.h"
#include "report.h"
#include "verdict.h"

static void
judge(const struct host_facts *f, enum pmprobe_policy policy,
      struct verdict out[_PMPROBE_TARGET_MAX])
{
	memset(out, 0, sizeof(struct verdict) * _PMPROBE_TARGET_MAX);
	if (policy == PMPROBE_POLICY_PM_UTILS)
		verdicts_pm_utils(f, out);
	else
		verdicts_feasible(f, out);
}

void
report_judge(struct pmprobe_report *report, const struct host_facts *f, enum pmprobe_policy probed)
{
	/* The rules are pure and cheap; a feasible probe reads every fact pm-utils' rules read
	 * (they read no wake fact), not the reverse: pm-utils' probe leaves the wake devices out.
	 */
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		if (p != (int)probed && probed != PMPROBE_POLICY_FEASIBLE)
			continue;
		judge(f, (enum pmprobe_policy)p, report->judged[p]);
		report->judged_mask |= 1u << p;
	}
	memcpy(report->verdicts, report->judged[probed], sizeof(report->verdicts));
	report->policy = probed;
}

PMP_EXPORT int
pmprobe_report_set_policy(struct pmprobe_report *report, enum pmprobe_policy policy)
{
	assert_return(report && (unsigned)policy < _PMPROBE_POLICY_MAX, -EINVAL);
	if (!(report->judged_mask & (1u << policy)))
		return -ENODATA;
	memcpy(report->verdicts, report->judged[policy], sizeof(report->verdicts));
	report->policy = policy;
	return 0;
}
