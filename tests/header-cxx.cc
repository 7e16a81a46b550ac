/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* header/cxx: the public header alone compiles as C++ and declares the API with C linkage. */
#include <pmprobe/pmprobe.h>

int header_cxx(const char *root);

int
header_cxx(const char *root)
{
	pmprobe_ctx *ctx = nullptr;
	pmprobe_report *report = nullptr;
	const pmprobe_target target = PMPROBE_TARGET_HIBERNATE;
	pmprobe_verdict verdict = PMPROBE_UNKNOWN;

	if (pmprobe_new(&ctx, root) < 0)
		return -1;
	if (pmprobe_probe(ctx, &report) == 0) {
		verdict = pmprobe_report_get_verdict(report, target);
		for (size_t i = 0; i < pmprobe_report_get_n_reasons(report, target); i++)
			static_cast<void>(pmprobe_reason_to_string(static_cast<pmprobe_reason>(
				pmprobe_report_get_reason(report, target, i))));
		pmprobe_report_unrefp(&report);
	}
	pmprobe_unrefp(&ctx);
	return verdict == PMPROBE_YES;
}
