/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the reason effects table (reason-effects.c) that pmprobe-reasons(7) is made
 * from: every reason is listed, and no fixture's report gives a reason an effect it lacks. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "reason-effects.h"
#include "testutil.h"

static void
test_reason_effects_every_reason_listed(void **state)
{
	(void)state;
	for (int r = 0; r < _PMPROBE_REASON_MAX; r++) {
		unsigned e = reason_effects((enum pmprobe_reason)r);

		if (!e)
			fail_msg("%s is not in reason-effects.c", pmprobe_reason_to_string(r));
		/* A CPU section's or retired reason has no effect on a target. */
		if ((e & (REASON_CPU_SECTION | REASON_RETIRED)) &&
		    (e & ~(REASON_CPU_SECTION | REASON_RETIRED)))
			fail_msg("%s: a target's effect on a reason that has none",
				 pmprobe_reason_to_string(r));
	}
	assert_int_equal(reason_effects(_PMPROBE_REASON_MAX), 0);
}

/* Returns: how many reasons were checked. */
static int
check_report(const struct pmprobe_report *rep, const char *root)
{
	int n = 0;

	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++)
		for (size_t i = 0; i < pmprobe_report_get_n_reasons(rep, t); i++) {
			int reason = pmprobe_report_get_reason(rep, t, i);
			int effect = pmprobe_report_get_reason_effect(rep, t, i);

			assert_true(reason >= 0 && effect >= 0);
			if (!(reason_effects(reason) & (1u << effect)))
				fail_msg("%s: %s %s %s %s: not in reason-effects.c", root,
					 pmprobe_policy_to_string(pmprobe_report_get_policy(rep)),
					 pmprobe_target_to_string(t),
					 pmprobe_reason_to_string(reason),
					 pmprobe_effect_to_string(effect));
			n++;
		}
	for (int i = 0; i < pmprobe_report_get_n_cpu_reasons(rep); i++) {
		const char *code = NULL;

		assert_int_equal(pmprobe_report_get_cpu_reason(rep, (size_t)i, "code", &code, NULL),
				 PMPROBE_VALUE_STRING);
		if (!(reason_effects(pmprobe_reason_from_string(code)) & REASON_CPU_SECTION))
			fail_msg("%s: %s in the CPU section, not marked so", root, code);
		n++;
	}
	return n;
}

static void
check_fixture(const char *root, void *userdata)
{
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		struct pmprobe_ctx *ctx = NULL;
		struct pmprobe_report *rep = NULL;

		assert_int_equal(pmprobe_new(&ctx, root), 0);
		assert_int_equal(pmprobe_set_policy(ctx, (enum pmprobe_policy)p), 0);
		assert_int_equal(pmprobe_probe(ctx, &rep), 0);
		*(int *)userdata += check_report(rep, root);
		pmprobe_report_unref(rep);
		pmprobe_unref(ctx);
	}
}

static void
test_reason_effects_fixtures_within_table(void **state)
{
	int n = 0;

	(void)state;
	assert_true(tu_for_each_fixture(check_fixture, &n) >= 25);
	assert_true(n > 1000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reason_effects_every_reason_listed),
		cmocka_unit_test(test_reason_effects_fixtures_within_table),
	};

	return cmocka_run_group_tests_name("reason-effects", tests, NULL, NULL);
}
