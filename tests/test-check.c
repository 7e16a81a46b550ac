/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests for `pmprobe check` (src/tools/check.c): EXPECTED parsing and the comparison. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "check.h"
#include "testutil.h"

/* EXPECTED for a tree with an empty /sys/power/state, recorded as writable: every target no. */
static const char empty_state_expected[] =
	"# policy target verdict reasons\n"
	"feasible suspend no state-empty\n"
	"feasible hibernate no state-empty no-hibernation-support no-resume-device\n"
	"feasible suspend-hybrid no state-empty no-hibernation-support no-resume-device\n"
	"feasible freeze  no state-empty\n"
	"feasible standby no state-empty\n"
	"feasible suspend-then-hibernate no state-empty no-hibernation-support "
	"no-resume-device no-rtc\n"
	"feasible timed-wake no no-rtc\n"
	"\n"
	"pm-utils suspend no state-lacks-mem state-lacks-standby pmu-not-applicable\n"
	"pm-utils hibernate no disk-file-missing state-lacks-disk\n"
	"pm-utils suspend-hybrid no disk-file-missing state-lacks-disk no-wake-alarm "
	"suspend-unavailable hibernate-unavailable\n"
	"pm-utils freeze no not-in-policy\n"
	"pm-utils standby no not-in-policy\n"
	"pm-utils suspend-then-hibernate no not-in-policy\n"
	"pm-utils timed-wake no not-in-policy\n";

static void
make_tree(const char *root, const char *expected)
{
	tu_write(root, "RECORD", "euid: 0\nwritable: sys/power/state\n");
	tu_write(root, "sys/power/state", "");
	tu_write(root, "proc/swaps", "Filename\tType\tSize\tUsed\tPriority\n");
	tu_write(root, "proc/meminfo", "MemTotal: 100 kB\nMemFree: 50 kB\nActive(anon): 1 kB\n");
	tu_write(root, "proc/cmdline", "quiet\n");
	if (expected)
		tu_write(root, "EXPECTED", expected);
}

static void
test_check_parse_complete(void **state)
{
	struct expected x;
	char err[256] = "";

	(void)state;
	assert_int_equal(expected_parse(empty_state_expected, &x, err, sizeof(err)), 0);
	assert_int_equal(x.e[PMPROBE_POLICY_FEASIBLE][PMPROBE_TARGET_SUSPEND].verdict, PMPROBE_NO);
	assert_true(x.e[PMPROBE_POLICY_FEASIBLE][PMPROBE_TARGET_SUSPEND]
			    .reasons[PMPROBE_REASON_STATE_EMPTY]);
	assert_false(x.e[PMPROBE_POLICY_FEASIBLE][PMPROBE_TARGET_SUSPEND]
			     .reasons[PMPROBE_REASON_NO_SWAP]);
	assert_true(x.e[PMPROBE_POLICY_PM_UTILS][PMPROBE_TARGET_FREEZE]
			    .reasons[PMPROBE_REASON_NOT_IN_POLICY]);
}

static void
assert_parse_error(const char *text, const char *message)
{
	struct expected x;
	char err[256] = "";

	assert_int_equal(expected_parse(text, &x, err, sizeof(err)), -EINVAL);
	if (!strstr(err, message))
		fail_msg("error '%s' does not mention '%s'", err, message);
}

static void
test_check_parse_errors(void **state)
{
	char *twice;

	(void)state;
	assert_parse_error("", "no line for feasible suspend");
	assert_parse_error("feasible suspend maybe\n", "EXPECTED:1:");
	assert_parse_error("# c\nfeasible nap yes\n", "EXPECTED:2:");
	assert_parse_error("strict suspend yes\n", "EXPECTED:1:");
	assert_parse_error("feasible suspend\n", "EXPECTED:1:");
	assert_parse_error("feasible suspend yes no-such-reason\n",
			   "unknown reason 'no-such-reason'");
	assert_int_equal(asprintf(&twice, "%sfeasible suspend no\n", empty_state_expected) > 0, 1);
	assert_parse_error(twice, "feasible suspend given twice");
	free(twice);
}

static void
test_check_root_passes(void **state)
{
	const char *root = *state;
	struct check_result res;

	make_tree(root, empty_state_expected);
	assert_int_equal(check_root(root, &res), CHECK_PASS);
	assert_int_equal(res.status, CHECK_PASS);
	assert_int_equal(res.n_mismatches, 0);
}

static void
test_check_root_reports_mismatches(void **state)
{
	const char *root = *state;
	struct check_result res;
	char *text, *p;

	/* One wrong verdict, one wrong reason set; lengths kept, so the copy stays in place. */
	text = strdup(empty_state_expected);
	assert_non_null(text);
	p = strstr(text, "feasible freeze  no");
	memcpy(p, "feasible freeze yes", 19);
	p = strstr(text, "pm-utils standby no not-in-policy");
	memcpy(p + 20, "no-swap      ", 13);
	make_tree(root, text);
	free(text);
	assert_int_equal(check_root(root, &res), CHECK_FAIL);
	assert_int_equal(res.n_mismatches, 2);
	assert_int_equal(res.mismatches[0].policy, PMPROBE_POLICY_FEASIBLE);
	assert_int_equal(res.mismatches[0].target, PMPROBE_TARGET_FREEZE);
	assert_int_equal(res.mismatches[0].expected, PMPROBE_YES);
	assert_int_equal(res.mismatches[0].got, PMPROBE_NO);
	assert_int_equal(res.mismatches[1].policy, PMPROBE_POLICY_PM_UTILS);
	assert_int_equal(res.mismatches[1].target, PMPROBE_TARGET_STANDBY);
	assert_int_equal(res.mismatches[1].expected, res.mismatches[1].got);
	assert_true(res.mismatches[1].expected_reasons[PMPROBE_REASON_NO_SWAP]);
	assert_true(res.mismatches[1].got_reasons[PMPROBE_REASON_NOT_IN_POLICY]);
}

static void
test_check_root_unusable(void **state)
{
	const char *root = *state;
	struct check_result res;
	char *missing;

	make_tree(root, NULL);
	assert_int_equal(check_root(root, &res), CHECK_ERROR);
	assert_non_null(strstr(res.error, "EXPECTED"));
	tu_write(root, "EXPECTED", "feasible suspend\n");
	assert_int_equal(check_root(root, &res), CHECK_ERROR);
	assert_non_null(strstr(res.error, "EXPECTED:1:"));
	missing = tu_path(root, "nonexistent");
	assert_int_equal(check_root(missing, &res), CHECK_ERROR);
	free(missing);
}

/* The CPU lines: each compared with the section, each wrong one a mismatch of its own. */
static void
test_check_root_cpu_lines(void **state)
{
	const char *root = *state;
	struct check_result res;
	char *text;

	make_tree(root, NULL);
	tu_write(root, "sys/devices/system/cpu/cpu0/cpuidle/state0/latency", "2\n");
	tu_write(root, "sys/devices/system/cpu/cpu0/cpuidle/state0/name", "C1\n");
	tu_write(root, "sys/devices/system/cpu/cpu1/cpuidle/state0/latency", "2\n");
	tu_write(root, "sys/devices/system/cpu/cpuidle/current_driver", "intel_idle\n");
	tu_write(root, "sys/devices/system/cpu/cpufreq/policy0/scaling_governor", "turbo\n");
	tu_write(root, "sys/devices/system/cpu/cpufreq/policy0/scaling_available_governors",
		 "performance powersave \n");
	assert_true(
		asprintf(
			&text,
			"%scpu-summary 2 CPUs, unknown driver,   governor turbo; "
			"idle: intel_idle driver, 1 state\n"
			"cpu-reasons governor-not-available\n"
			"cpu cpuidle.groups.0.cpus 0-1\n"
			"cpu cpuidle.groups.0.states.0.name C1\n"
			"cpu cpufreq.policies.0.scaling_available_governors performance powersave\n"
			"cpu cpufreq.policies.0.boost null\n"
			"cpu cpufreq.policies.1 (absent)\n",
			empty_state_expected) > 0);
	tu_write(root, "EXPECTED", text);
	assert_int_equal(check_root(root, &res), CHECK_PASS);
	free(text);

	assert_true(asprintf(&text,
			     "%scpu-summary 2 CPUs\n"
			     "cpu-reasons\n"
			     "cpu cpuidle.groups.0.cpus 0\n"
			     "cpu cpufreq.policies.0.scaling_governor turbo\n"
			     "cpu cpufreq.policies.0.boost 0\n"
			     "cpu cpufreq.policies.0.nothing-there x\n",
			     empty_state_expected) > 0);
	tu_write(root, "EXPECTED", text);
	free(text);
	assert_int_equal(check_root(root, &res), CHECK_FAIL);
	assert_int_equal(res.n_mismatches, 0);
	assert_int_equal(res.n_cpu_mismatches, 5);
	assert_non_null(strstr(res.cpu_mismatches[0], "cpu summary: expected '2 CPUs'"));
	assert_non_null(strstr(res.cpu_mismatches[1], "got 'governor-not-available'"));
	assert_non_null(strstr(res.cpu_mismatches[2], "got '0-1'"));
	assert_non_null(strstr(res.cpu_mismatches[3], "expected '0', got 'null'"));
	assert_non_null(strstr(res.cpu_mismatches[4], "got '(absent)'"));

	tu_write(root, "EXPECTED", "cpu-reasons no-such-reason\n");
	assert_int_equal(check_root(root, &res), CHECK_ERROR);
	assert_non_null(strstr(res.error, "unknown reason 'no-such-reason'"));
}

/* The verdicts and reasons of full reports of @root, each policy probed alone with every section
 * (what `pmprobe --policy P --format json` shows), as an EXPECTED would say them. */
static void
expected_from_full_reports(const char *root, struct expected *x)
{
	memset(x, 0, sizeof(*x));
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		struct pmprobe_ctx *ctx = NULL;
		struct pmprobe_report *report = NULL;

		assert_int_equal(pmprobe_new(&ctx, root), 0);
		assert_int_equal(pmprobe_set_policy(ctx, (enum pmprobe_policy)p), 0);
		assert_int_equal(pmprobe_probe(ctx, &report), 0);
		for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
			struct expectation *e = &x->e[p][t];

			e->seen = 1;
			e->verdict = pmprobe_report_get_verdict(report, (enum pmprobe_target)t);
			for (size_t i = 0;
			     i < pmprobe_report_get_n_reasons(report, (enum pmprobe_target)t);
			     i++) {
				int reason = pmprobe_report_get_reason(report,
								       (enum pmprobe_target)t, i);

				assert_true(reason >= 0 && reason < _PMPROBE_REASON_MAX);
				e->reasons[reason] = 1;
			}
		}
		pmprobe_report_unref(report);
		pmprobe_unref(ctx);
	}
}

/* check's judgement of @root (one probe through the source that read a file of the tree, judged
 * under both policies) must be the full reports', verdict and every reason, the informative too. */
static void
check_agrees_with_full_reports(const char *root, void *userdata)
{
	struct check_result *res = userdata;
	struct pmprobe_ctx *ctx = NULL;
	struct expected x;
	char *text = NULL;

	expected_from_full_reports(root, &x);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	/* As check_root() does: a file of the tree read first, its source kept for the probe. */
	if (pmprobe_read_tree_file(ctx, "EXPECTED", &text) >= 0)
		free(text);
	if (check_probe(ctx, &x, res) != CHECK_PASS) {
		for (unsigned i = 0; i < res->n_mismatches; i++)
			print_error("%s: %s %s differs from the full report\n", root,
				    pmprobe_policy_to_string(res->mismatches[i].policy),
				    pmprobe_target_to_string(res->mismatches[i].target));
		fail_msg("%s: check's judgement is not the full reports' (%s)", root, res->error);
	}
	pmprobe_unref(ctx);
}

static void
test_check_judges_as_full_reports(void **state)
{
	struct check_result *res = malloc(sizeof(*res));

	(void)state;
	assert_non_null(res);
	assert_true(tu_for_each_fixture(check_agrees_with_full_reports, res) > 0);
	free(res);
}

#define T(name) cmocka_unit_test_setup_teardown(name, tu_setup_root, tu_teardown_root)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_parse_complete),
		cmocka_unit_test(test_check_parse_errors),
		T(test_check_root_passes),
		T(test_check_root_reports_mismatches),
		T(test_check_root_unusable),
		T(test_check_root_cpu_lines),
		cmocka_unit_test(test_check_judges_as_full_reports),
	};

	return cmocka_run_group_tests_name("check", tests, NULL, NULL);
}
