/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* pmprobe_report_set_policy(): one probe judged again answers as a probe under that policy. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include <pmprobe/pmprobe.h>

#include "testutil.h"

static struct pmprobe_report *
probe(const char *root, enum pmprobe_policy policy)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_policy(ctx, policy), 0);
	assert_int_equal(pmprobe_probe(ctx, &report), 0);
	pmprobe_unref(ctx);
	return report;
}

static void
assert_same_verdicts(const char *root, const struct pmprobe_report *a,
		     const struct pmprobe_report *b)
{
	assert_int_equal(pmprobe_report_get_policy(a), pmprobe_report_get_policy(b));
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		enum pmprobe_target target = (enum pmprobe_target)t;
		size_t n = pmprobe_report_get_n_reasons(a, target);

		if (pmprobe_report_get_verdict(a, target) !=
			    pmprobe_report_get_verdict(b, target) ||
		    n != pmprobe_report_get_n_reasons(b, target))
			fail_msg("%s: %s differs", root, pmprobe_target_to_string(target));
		for (size_t i = 0; i < n; i++)
			if (pmprobe_report_get_reason(a, target, i) !=
				    pmprobe_report_get_reason(b, target, i) ||
			    pmprobe_report_get_reason_effect(a, target, i) !=
				    pmprobe_report_get_reason_effect(b, target, i))
				fail_msg("%s: %s reason %zu differs", root,
					 pmprobe_target_to_string(target), i);
	}
}

static void
check_fixture(const char *root, void *userdata)
{
	struct pmprobe_report *once = probe(root, PMPROBE_POLICY_FEASIBLE);

	(void)userdata;
	for (int p = _PMPROBE_POLICY_MAX - 1; p >= 0; p--) {
		struct pmprobe_report *direct = probe(root, (enum pmprobe_policy)p);

		assert_int_equal(pmprobe_report_set_policy(once, (enum pmprobe_policy)p), 0);
		assert_same_verdicts(root, once, direct);
		pmprobe_report_unref(direct);
	}
	pmprobe_report_unref(once);
}

static void
test_report_judge_same_as_probe_on_every_fixture(void **state)
{
	(void)state;
	assert_true(tu_for_each_fixture(check_fixture, NULL) >= 25);
}

/* pm-utils' probe leaves the wake devices out: it cannot be judged as feasible. */
static void
test_report_judge_pm_utils_probe_serves_only_pm_utils(void **state)
{
	char root[4096];
	struct pmprobe_report *report;

	(void)state;
	snprintf(root, sizeof(root), "%s/synthetic-s3-laptop-deep", PMPROBE_FIXTURES_DIR);
	report = probe(root, PMPROBE_POLICY_PM_UTILS);
	assert_int_equal(pmprobe_report_set_policy(report, PMPROBE_POLICY_FEASIBLE), -ENODATA);
	assert_int_equal(pmprobe_report_get_policy(report), PMPROBE_POLICY_PM_UTILS);
	assert_int_equal(pmprobe_report_set_policy(report, PMPROBE_POLICY_PM_UTILS), 0);
	assert_int_equal(pmprobe_report_set_policy(report, _PMPROBE_POLICY_MAX), -EINVAL);
	assert_int_equal(pmprobe_report_set_policy(NULL, PMPROBE_POLICY_PM_UTILS), -EINVAL);
	pmprobe_report_unref(report);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_judge_same_as_probe_on_every_fixture),
		cmocka_unit_test(test_report_judge_pm_utils_probe_serves_only_pm_utils),
	};

	unsetenv("PMPROBE_DEBUG");
	return cmocka_run_group_tests_name("report-judge", tests, NULL, NULL);
}
