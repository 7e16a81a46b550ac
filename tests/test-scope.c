/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A scoped probe (what pm-is-supported reads) answers exactly as a full probe, on every fixture. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <pmprobe/pmprobe.h>

#include "ctx.h"
#include "probe.h"
#include "report.h"
#include "testutil.h"

/* The firmware's reasons are informative only, and a scoped probe reads no ACPI table; nor the
 * platform's drivers (s2idle-without-pmc-driver). */
static int
is_firmware_reason(int reason)
{
	return (reason >= PMPROBE_REASON_FIRMWARE_UNREADABLE &&
		reason <= PMPROBE_REASON_RTC_CANNOT_WAKE_FROM_S4) ||
	       reason == PMPROBE_REASON_S2IDLE_WITHOUT_PMC_DRIVER ||
	       reason == PMPROBE_REASON_FIRMWARE_S3_CONDITIONAL;
}

static void
reason_set(const struct pmprobe_report *r, enum pmprobe_target t, int *set)
{
	memset(set, 0, sizeof(int) * _PMPROBE_REASON_MAX);
	for (size_t i = 0; i < pmprobe_report_get_n_reasons(r, t); i++) {
		int reason = pmprobe_report_get_reason(r, t, i);

		if (!is_firmware_reason(reason))
			set[reason] = 1;
	}
}

static struct pmprobe_report *
probe(const char *root, enum pmprobe_policy policy, int scope)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_policy(ctx, policy), 0);
	ctx_set_scope(ctx, scope);
	assert_int_equal(pmprobe_probe(ctx, &report), 0);
	pmprobe_unref(ctx);
	return report;
}

static void
check_fixture(const char *root)
{
	static const enum pmprobe_target targets[] = {
		PMPROBE_TARGET_SUSPEND, PMPROBE_TARGET_HIBERNATE, PMPROBE_TARGET_SUSPEND_HYBRID};

	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		struct pmprobe_report *full = probe(root, (enum pmprobe_policy)p, PROBE_SCOPE_ALL);

		for (size_t i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
			struct pmprobe_report *scoped =
				probe(root, (enum pmprobe_policy)p, (int)targets[i]);
			int a[_PMPROBE_REASON_MAX], b[_PMPROBE_REASON_MAX];

			if (pmprobe_report_get_verdict(full, targets[i]) !=
			    pmprobe_report_get_verdict(scoped, targets[i]))
				fail_msg("%s: %s %s: scoped verdict differs", root,
					 pmprobe_policy_to_string(p),
					 pmprobe_target_to_string(targets[i]));
			reason_set(full, targets[i], a);
			reason_set(scoped, targets[i], b);
			if (memcmp(a, b, sizeof(a)))
				fail_msg("%s: %s %s: scoped reasons differ", root,
					 pmprobe_policy_to_string(p),
					 pmprobe_target_to_string(targets[i]));
			/* The drop-in never reads the CPUs; pmprobe does. */
			if (scoped->cpu)
				fail_msg("%s: a scoped probe read the CPU section", root);
			pmprobe_report_unref(scoped);
		}
		if (!full->cpu)
			fail_msg("%s: a full probe has no CPU section", root);
		pmprobe_report_unref(full);
	}
}

static void
test_scope_same_answers_on_every_fixture(void **state)
{
	(void)state;
	tu_for_each_fixture(check_fixture);
}

/* The scope really limits the reading: a suspend-only probe reads neither swap nor tables. */
static void
test_scope_suspend_reads_less(void **state)
{
	char root[4096];
	struct pmprobe_report *full, *scoped;

	(void)state;
	snprintf(root, sizeof(root), "%s/synthetic-s3-laptop-deep", PMPROBE_FIXTURES_DIR);
	full = probe(root, PMPROBE_POLICY_FEASIBLE, PROBE_SCOPE_ALL);
	scoped = probe(root, PMPROBE_POLICY_FEASIBLE, PMPROBE_TARGET_SUSPEND);
	assert_true(pmprobe_report_get_n_facts(scoped) < pmprobe_report_get_n_facts(full));
	for (size_t i = 0; i < pmprobe_report_get_n_facts(scoped); i++) {
		const char *key;

		pmprobe_report_get_fact(scoped, i, &key, NULL, NULL);
		assert_true(strncmp(key, "acpi.", 5) != 0 && strcmp(key, "proc.swaps") != 0);
	}
	pmprobe_report_unref(full);
	pmprobe_report_unref(scoped);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scope_same_answers_on_every_fixture),
		cmocka_unit_test(test_scope_suspend_reads_less),
	};

	return cmocka_run_group_tests_name("scope", tests, NULL, NULL);
}
