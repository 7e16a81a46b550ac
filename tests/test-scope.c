/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A probe for one target (what pm-is-supported reads) answers exactly as a full probe, on every
 * fixture, under both policies, and reads less. */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <pmprobe/pmprobe.h>

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

/* @targets: PMPROBE_TARGETS_ALL for a full probe, else one target's bit and no section, as
 * pm-is-supported asks. */
static struct pmprobe_report *
probe(const char *root, enum pmprobe_policy policy, unsigned targets)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_policy(ctx, policy), 0);
	assert_int_equal(pmprobe_set_targets(ctx, targets), 0);
	assert_int_equal(pmprobe_get_targets(ctx), targets);
	if (targets != PMPROBE_TARGETS_ALL)
		assert_int_equal(pmprobe_set_sections(ctx, 0), 0);
	assert_int_equal(pmprobe_probe(ctx, &report), 0);
	pmprobe_unref(ctx);
	return report;
}

static void
check_fixture(const char *root, void *userdata _unused_)
{
	static const enum pmprobe_target targets[] = {
		PMPROBE_TARGET_SUSPEND, PMPROBE_TARGET_HIBERNATE, PMPROBE_TARGET_SUSPEND_HYBRID};

	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		struct pmprobe_report *full =
			probe(root, (enum pmprobe_policy)p, PMPROBE_TARGETS_ALL);

		for (size_t i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
			struct pmprobe_report *scoped =
				probe(root, (enum pmprobe_policy)p, 1u << targets[i]);
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
			if (scoped->evidence.cpu)
				fail_msg("%s: a scoped probe read the CPU section", root);
			pmprobe_report_unref(scoped);
		}
		if (!full->evidence.cpu)
			fail_msg("%s: a full probe has no CPU section", root);
		pmprobe_report_unref(full);
	}
}

static void
test_scope_same_answers_on_every_fixture(void **state)
{
	(void)state;
	assert_true(tu_for_each_fixture(check_fixture, NULL) >= 25);
}

/* The scope really limits the reading: a suspend-only probe reads neither swap nor tables. */
static void
test_scope_suspend_reads_less(void **state)
{
	char root[4096];
	struct pmprobe_report *full, *scoped;

	(void)state;
	snprintf(root, sizeof(root), "%s/synthetic-s3-laptop-deep", PMPROBE_FIXTURES_DIR);
	full = probe(root, PMPROBE_POLICY_FEASIBLE, PMPROBE_TARGETS_ALL);
	scoped = probe(root, PMPROBE_POLICY_FEASIBLE, 1u << PMPROBE_TARGET_SUSPEND);
	assert_true(pmprobe_report_get_n_facts(scoped) < pmprobe_report_get_n_facts(full));
	for (size_t i = 0; i < pmprobe_report_get_n_facts(scoped); i++) {
		const char *key;

		pmprobe_report_get_fact(scoped, i, &key, NULL, NULL);
		assert_true(strncmp(key, "acpi.", 5) != 0 && strcmp(key, "proc.swaps") != 0);
	}
	pmprobe_report_unref(full);
	pmprobe_report_unref(scoped);
}

/* Whether the report has a fact whose key starts with @prefix. */
static int
has_fact(const struct pmprobe_report *r, const char *prefix)
{
	for (size_t i = 0; i < pmprobe_report_get_n_facts(r); i++) {
		const char *key;

		pmprobe_report_get_fact(r, i, &key, NULL, NULL);
		if (!strncmp(key, prefix, strlen(prefix)))
			return 1;
	}
	return 0;
}

/* The plan follows the policy: pm-utils' hibernate greps sys/power and never looks at swap, its
 * hybrid falls back on rtc0's alarm; feasible's hybrid is hibernate's reads, no RTC. */
static void
test_scope_follows_the_policy(void **state)
{
	const unsigned hib = 1u << PMPROBE_TARGET_HIBERNATE,
		       hyb = 1u << PMPROBE_TARGET_SUSPEND_HYBRID;
	char root[4096];
	struct pmprobe_report *r;

	(void)state;
	snprintf(root, sizeof(root), "%s/synthetic-s3-laptop-deep", PMPROBE_FIXTURES_DIR);
	r = probe(root, PMPROBE_POLICY_PM_UTILS, hib);
	assert_true(has_fact(r, "power.disk") && has_fact(r, "power.state"));
	assert_false(has_fact(r, "proc.") || has_fact(r, "power.mem_sleep") || has_fact(r, "rtc."));
	pmprobe_report_unref(r);
	r = probe(root, PMPROBE_POLICY_PM_UTILS, hyb);
	assert_true(has_fact(r, "rtc.rtc0.wakealarm"));
	assert_false(has_fact(r, "proc.swaps"));
	pmprobe_report_unref(r);
	r = probe(root, PMPROBE_POLICY_FEASIBLE, hyb);
	assert_true(has_fact(r, "proc.swaps") && has_fact(r, "power.resume"));
	assert_false(has_fact(r, "rtc.") || has_fact(r, "acpi."));
	pmprobe_report_unref(r);
}

/* The table itself: a full report reads the firmware under both policies, the wake probe only
 * under feasible or for the wake section; sections are read as asked, for any target. */
static void
test_scope_plan_table(void **state)
{
	const unsigned all = PMPROBE_TARGETS_ALL, sus = 1u << PMPROBE_TARGET_SUSPEND;

	(void)state;
	assert_int_equal(probe_plan(PMPROBE_POLICY_PM_UTILS, sus, 0), PROBE_NEED_STATE);
	assert_int_equal(probe_plan(PMPROBE_POLICY_FEASIBLE, sus, 0),
			 PROBE_NEED_STATE | PROBE_NEED_MEM_SLEEP);
	assert_int_equal(probe_plan(PMPROBE_POLICY_FEASIBLE, 1u << PMPROBE_TARGET_TIMED_WAKE, 0),
			 PROBE_NEED_RTC | PROBE_NEED_WAKE);
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		unsigned full = probe_plan((enum pmprobe_policy)p, all, 0);

		assert_true(full & PROBE_NEED_ACPI);
		assert_false(full & (PROBE_NEED_CPU | PROBE_NEED_WAKE_DEVICES));
		assert_int_equal(!!(full & PROBE_NEED_WAKE), p == PMPROBE_POLICY_FEASIBLE);
		assert_true(probe_plan((enum pmprobe_policy)p, sus, PMPROBE_SECTIONS_ALL) &
			    PROBE_NEED_CPU);
		assert_int_equal(probe_plan((enum pmprobe_policy)p, sus, PMPROBE_SECTION_WAKE) &
					 (PROBE_NEED_WAKE_DEVICES | PROBE_NEED_RTC),
				 PROBE_NEED_WAKE_DEVICES | PROBE_NEED_RTC);
	}
}

static void
test_scope_set_targets_checks(void **state)
{
	struct pmprobe_ctx *ctx = NULL;

	(void)state;
	assert_int_equal(pmprobe_set_targets(NULL, PMPROBE_TARGETS_ALL), -EINVAL);
	assert_int_equal(pmprobe_get_targets(NULL), 0);
	assert_int_equal(pmprobe_new(&ctx, NULL), 0);
	assert_int_equal(pmprobe_get_targets(ctx), PMPROBE_TARGETS_ALL);
	assert_int_equal(pmprobe_set_targets(ctx, 0), -EINVAL);
	assert_int_equal(pmprobe_set_targets(ctx, 1u << _PMPROBE_TARGET_MAX), -EINVAL);
	assert_int_equal(pmprobe_get_targets(ctx), PMPROBE_TARGETS_ALL);
	assert_int_equal(pmprobe_set_targets(ctx, (1u << _PMPROBE_TARGET_MAX) - 1), 0);
	assert_int_equal(pmprobe_get_targets(ctx), (1u << _PMPROBE_TARGET_MAX) - 1);
	pmprobe_unref(ctx);
}

static void
test_scope_set_sections_checks(void **state)
{
	struct pmprobe_ctx *ctx = NULL;

	(void)state;
	assert_int_equal(pmprobe_get_sections(NULL), 0);
	assert_int_equal(pmprobe_new(&ctx, NULL), 0);
	assert_int_equal(pmprobe_get_sections(ctx), PMPROBE_SECTIONS_ALL);
	assert_int_equal(pmprobe_set_sections(ctx, PMPROBE_SECTIONS_ALL + 1), -EINVAL);
	assert_int_equal(pmprobe_set_sections(ctx, PMPROBE_TARGETS_ALL), -EINVAL);
	assert_int_equal(pmprobe_get_sections(ctx), PMPROBE_SECTIONS_ALL);
	/* No section at all is a probe of the verdicts alone. */
	assert_int_equal(pmprobe_set_sections(ctx, 0), 0);
	assert_int_equal(pmprobe_get_sections(ctx), 0);
	assert_int_equal(pmprobe_set_sections(ctx, PMPROBE_SECTION_CPU), 0);
	assert_int_equal(pmprobe_get_sections(ctx), PMPROBE_SECTION_CPU);
	pmprobe_unref(ctx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scope_same_answers_on_every_fixture),
		cmocka_unit_test(test_scope_suspend_reads_less),
		cmocka_unit_test(test_scope_follows_the_policy),
		cmocka_unit_test(test_scope_plan_table),
		cmocka_unit_test(test_scope_set_targets_checks),
		cmocka_unit_test(test_scope_set_sections_checks),
	};

	return cmocka_run_group_tests_name("scope", tests, NULL, NULL);
}
