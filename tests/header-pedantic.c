/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* header/pedantic: the public header alone, included twice, in strict C99 with every warning. */
#include <pmprobe/pmprobe.h>
#include <pmprobe/pmprobe.h>

int header_pedantic(const char *root);

int
header_pedantic(const char *root)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	enum pmprobe_target target = PMPROBE_TARGET_SUSPEND;
	enum pmprobe_verdict verdict = PMPROBE_UNKNOWN;
	pmprobe_log_fn log_fn = NULL;
	size_t i;

	if (pmprobe_new(&ctx, root) < 0)
		return -1;
	pmprobe_set_log_fn(ctx, log_fn, NULL);
	pmprobe_set_policy(ctx, PMPROBE_POLICY_PM_UTILS);
	if (pmprobe_probe(ctx, &report) == 0) {
		verdict = pmprobe_report_get_verdict(report, target);
		for (i = 0; i < pmprobe_report_get_n_reasons(report, target); i++)
			(void)pmprobe_reason_to_string(
				(enum pmprobe_reason)pmprobe_report_get_reason(report, target, i));
		pmprobe_report_unrefp(&report);
	}
	pmprobe_unrefp(&ctx);
	return verdict == PMPROBE_YES;
}
