/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the report object and the public enum strings (report.c, strings.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "report.h"
#include "testutil.h"

struct fixture {
	char *root;
	struct pmprobe_report *rep;
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (!fx)
		return -1;
	*state = fx;
	fx->root = tu_root_new();
	if (!fx->root)
		return -1;
	tu_healthy_host(fx->root);
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	pmprobe_report_unref(fx->rep);
	tu_root_free(fx->root);
	free(fx);
	return 0;
}

static struct pmprobe_report *
probe(struct fixture *fx, enum pmprobe_policy policy)
{
	struct pmprobe_ctx *ctx = NULL;
	int r;

	fx->rep = pmprobe_report_unref(fx->rep);
	assert_int_equal(pmprobe_new(&ctx, fx->root), 0);
	r = pmprobe_set_policy(ctx, policy);
	if (r >= 0)
		r = pmprobe_probe(ctx, &fx->rep);
	pmprobe_unref(ctx); /* the report must not need its context */
	assert_int_equal(r, 0);
	assert_non_null(fx->rep);
	return fx->rep;
}

/* Returns: the index of the fact named @key; fails the test when there is none. */
static size_t
find_fact(const struct pmprobe_report *rep, const char *key)
{
	for (size_t i = 0; i < pmprobe_report_get_n_facts(rep); i++) {
		const char *k = NULL;

		assert_true(pmprobe_report_get_fact(rep, i, &k, NULL, NULL) >= 0);
		if (!strcmp(k, key))
			return i;
	}
	fail_msg("no fact '%s'", key);
	return 0;
}

/* refcounting and NULL safety */

static void
test_report_refcount(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep = probe(fx, PMPROBE_POLICY_FEASIBLE);

	assert_ptr_equal(pmprobe_report_ref(rep), rep);
	assert_ptr_equal(pmprobe_report_ref(rep), rep);
	assert_null(pmprobe_report_unref(rep));
	assert_null(pmprobe_report_unref(rep));
	/* The fixture's reference is left: still fully usable (ASan would see a stale one). */
	assert_int_equal(pmprobe_report_get_verdict(rep, PMPROBE_TARGET_SUSPEND), PMPROBE_YES);
	assert_true(pmprobe_report_get_n_facts(rep) > 0);
	assert_null(pmprobe_report_ref(NULL));
	assert_null(pmprobe_report_unref(NULL));
}

static void
unrefp_helper(struct fixture *fx)
{
	__attribute__((cleanup(pmprobe_report_unrefp))) struct pmprobe_report *rep = NULL;
	__attribute__((cleanup(pmprobe_report_unrefp))) struct pmprobe_report *unset = NULL;

	rep = pmprobe_report_ref(probe(fx, PMPROBE_POLICY_FEASIBLE));
	(void)unset;
}

static void
test_report_unrefp_cleanup(void **state)
{
	struct fixture *fx = *state;

	unrefp_helper(fx);
	/* The helper dropped its own reference only. */
	assert_int_equal(pmprobe_report_get_verdict(fx->rep, PMPROBE_TARGET_SUSPEND), PMPROBE_YES);
}

static void
test_report_null_safety(void **state)
{
	const char *key = "untouched";

	(void)state;
	assert_int_equal(pmprobe_report_get_policy(NULL), PMPROBE_POLICY_FEASIBLE);
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		assert_int_equal(pmprobe_report_get_verdict(NULL, (enum pmprobe_target)t),
				 PMPROBE_UNKNOWN);
		assert_int_equal(pmprobe_report_get_n_reasons(NULL, (enum pmprobe_target)t), 0);
		assert_int_equal(pmprobe_report_get_reason(NULL, (enum pmprobe_target)t, 0),
				 -EINVAL);
		assert_int_equal(pmprobe_report_get_reason_effect(NULL, (enum pmprobe_target)t, 0),
				 -EINVAL);
	}
	assert_int_equal(pmprobe_report_get_n_facts(NULL), 0);
	assert_int_equal(pmprobe_report_get_fact(NULL, 0, &key, NULL, NULL), -EINVAL);
	assert_string_equal(key, "untouched");
	assert_int_equal(pmprobe_report_get_fact_errno(NULL, 0), -EINVAL);
}

static void
test_report_out_of_range(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	const enum pmprobe_target bad[] = {_PMPROBE_TARGET_MAX, (enum pmprobe_target)(-1),
					   (enum pmprobe_target)1000};
	size_t n_facts = pmprobe_report_get_n_facts(rep);
	const char *key = "untouched";

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(pmprobe_report_get_verdict(rep, bad[i]), PMPROBE_UNKNOWN);
		assert_int_equal(pmprobe_report_get_n_reasons(rep, bad[i]), 0);
		assert_int_equal(pmprobe_report_get_reason(rep, bad[i], 0), -EINVAL);
		assert_int_equal(pmprobe_report_get_reason_effect(rep, bad[i], 0), -EINVAL);
	}
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		size_t n = pmprobe_report_get_n_reasons(rep, (enum pmprobe_target)t);

		assert_int_equal(pmprobe_report_get_reason(rep, (enum pmprobe_target)t, n),
				 -EINVAL);
		assert_int_equal(pmprobe_report_get_reason(rep, (enum pmprobe_target)t, SIZE_MAX),
				 -EINVAL);
		assert_int_equal(pmprobe_report_get_reason_effect(rep, (enum pmprobe_target)t, n),
				 -EINVAL);
		assert_int_equal(
			pmprobe_report_get_reason_effect(rep, (enum pmprobe_target)t, SIZE_MAX),
			-EINVAL);
		for (size_t i = 0; i < n; i++) {
			int r = pmprobe_report_get_reason(rep, (enum pmprobe_target)t, i);
			int e = pmprobe_report_get_reason_effect(rep, (enum pmprobe_target)t, i);

			assert_true(r >= 0 && r < _PMPROBE_REASON_MAX);
			assert_true(e >= 0 && e < _PMPROBE_EFFECT_MAX);
		}
	}
	assert_true(n_facts > 0);
	assert_int_equal(pmprobe_report_get_fact(rep, n_facts, &key, NULL, NULL), -EINVAL);
	assert_string_equal(key, "untouched");
	assert_int_equal(pmprobe_report_get_fact_errno(rep, n_facts), -EINVAL);
	assert_int_equal(pmprobe_report_get_fact_errno(rep, SIZE_MAX), -EINVAL);
}

static void
test_report_policy_recorded(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(pmprobe_report_get_policy(probe(fx, PMPROBE_POLICY_PM_UTILS)),
			 PMPROBE_POLICY_PM_UTILS);
	assert_int_equal(pmprobe_report_get_policy(probe(fx, PMPROBE_POLICY_FEASIBLE)),
			 PMPROBE_POLICY_FEASIBLE);
}

/* facts */

static void
test_report_fact_present(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	const char *key, *value, *path;
	size_t i = find_fact(rep, "power.state");

	assert_int_equal(pmprobe_report_get_fact(rep, i, &key, &value, &path),
			 PMPROBE_FACT_PRESENT);
	assert_string_equal(key, "power.state");
	assert_string_equal(value, "freeze mem disk");
	assert_string_equal(path, "sys/power/state");
	assert_int_equal(pmprobe_report_get_fact_errno(rep, i), 0);

	i = find_fact(rep, "power.state.writable");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, &value, &path),
			 PMPROBE_FACT_PRESENT);
	assert_string_equal(value, "yes");
	assert_string_equal(path, "sys/power/state");

	i = find_fact(rep, "block.sda2.dev");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, &value, &path),
			 PMPROBE_FACT_PRESENT);
	assert_string_equal(value, "8:2");
	assert_string_equal(path, "sys/class/block/sda2/dev");
}

static void
test_report_fact_null_out_parameters(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep = probe(fx, PMPROBE_POLICY_FEASIBLE);

	for (size_t i = 0; i < pmprobe_report_get_n_facts(rep); i++) {
		int st = pmprobe_report_get_fact(rep, i, NULL, NULL, NULL);

		assert_true(st >= 0 && st < _PMPROBE_FACT_STATE_MAX);
	}
}

static void
test_report_fact_missing(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep;
	const char *value = "untouched", *path;
	size_t i;

	tu_remove(fx->root, "sys/power/mem_sleep");
	rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	i = find_fact(rep, "power.mem_sleep");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, &value, &path),
			 PMPROBE_FACT_MISSING);
	assert_null(value);
	assert_string_equal(path, "sys/power/mem_sleep");
	assert_int_equal(pmprobe_report_get_fact_errno(rep, i), 0);
}

static void
test_report_fact_unreadable(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep;
	const char *value = "untouched";
	size_t i;

	tu_remove(fx->root, "sys/power/disk");
	tu_mkfifo(fx->root, "sys/power/disk");
	tu_remove(fx->root, "sys/power/mem_sleep");
	tu_mkdir(fx->root, "sys/power/mem_sleep");
	rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	i = find_fact(rep, "power.disk");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, &value, NULL),
			 PMPROBE_FACT_UNREADABLE);
	assert_null(value);
	assert_int_equal(pmprobe_report_get_fact_errno(rep, i), EINVAL);
	i = find_fact(rep, "power.mem_sleep");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, NULL, NULL),
			 PMPROBE_FACT_UNREADABLE);
	assert_int_equal(pmprobe_report_get_fact_errno(rep, i), EISDIR);
}

static void
test_report_fact_malformed(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep;
	const char *value;
	size_t i;

	tu_write(fx->root, "sys/power/resume", "sda2\n");
	tu_write(fx->root, "sys/power/disk", "[platform] [shutdown]\n");
	rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	i = find_fact(rep, "power.resume");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, &value, NULL),
			 PMPROBE_FACT_MALFORMED);
	assert_string_equal(value, "sda2"); /* the evidence is kept */
	assert_int_equal(pmprobe_report_get_fact_errno(rep, i), 0);
	i = find_fact(rep, "power.disk");
	assert_int_equal(pmprobe_report_get_fact(rep, i, NULL, &value, NULL),
			 PMPROBE_FACT_MALFORMED);
	assert_string_equal(value, "[platform] [shutdown]");
}

static void
test_report_fact_keys_unique_paths_relative(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep;
	size_t n;

	tu_write(fx->root, "sys/class/rtc/rtc0/wakealarm", "");
	tu_write(fx->root, "sys/class/rtc/rtc1/wakealarm", "");
	tu_write(fx->root, "sys/kernel/security/lockdown", "[none] integrity\n");
	rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	n = pmprobe_report_get_n_facts(rep);
	for (size_t i = 0; i < n; i++) {
		const char *key, *path;

		assert_true(pmprobe_report_get_fact(rep, i, &key, NULL, &path) >= 0);
		assert_non_null(key);
		assert_true(key[0] != '\0');
		assert_non_null(path);
		assert_true(path[0] != '\0' && path[0] != '/');
		assert_null(strstr(path, ".."));
		for (size_t j = 0; j < i; j++) {
			const char *other;

			pmprobe_report_get_fact(rep, j, &other, NULL, NULL);
			if (!strcmp(key, other))
				fail_msg("fact '%s' recorded twice", key);
		}
	}
	find_fact(rep, "rtc.rtc0.wakealarm");
	find_fact(rep, "rtc.rtc1.wakealarm");
	find_fact(rep, "security.lockdown");
	find_fact(rep, "proc.swaps");
	find_fact(rep, "proc.meminfo");
	find_fact(rep, "proc.cmdline");
}

/* strings */

static int
name_is_kebab(const char *s)
{
	if (!s[0] || s[0] == '-' || s[strlen(s) - 1] == '-' || strstr(s, "--"))
		return 0;
	for (const char *c = s; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-'))
			return 0;
	return 1;
}

static void
test_report_target_strings(void **state)
{
	static const char *const names[_PMPROBE_TARGET_MAX] = {
		[PMPROBE_TARGET_SUSPEND] = "suspend",
		[PMPROBE_TARGET_HIBERNATE] = "hibernate",
		[PMPROBE_TARGET_SUSPEND_HYBRID] = "suspend-hybrid",
		[PMPROBE_TARGET_FREEZE] = "freeze",
		[PMPROBE_TARGET_STANDBY] = "standby",
		[PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE] = "suspend-then-hibernate",
		[PMPROBE_TARGET_TIMED_WAKE] = "timed-wake",
	};

	(void)state;
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		const char *s = pmprobe_target_to_string((enum pmprobe_target)t);

		assert_non_null(s);
		assert_string_equal(s, names[t]);
		assert_int_equal(pmprobe_target_from_string(s), t);
	}
	assert_null(pmprobe_target_to_string(_PMPROBE_TARGET_MAX));
	assert_null(pmprobe_target_to_string((enum pmprobe_target)(-1)));
	assert_int_equal(pmprobe_target_from_string(NULL), -EINVAL);
	assert_int_equal(pmprobe_target_from_string(""), -EINVAL);
	assert_int_equal(pmprobe_target_from_string("Suspend"), -EINVAL);
	assert_int_equal(pmprobe_target_from_string("suspend "), -EINVAL);
	assert_int_equal(pmprobe_target_from_string("hybrid"), -EINVAL);
}

static void
test_report_policy_strings(void **state)
{
	(void)state;
	assert_string_equal(pmprobe_policy_to_string(PMPROBE_POLICY_FEASIBLE), "feasible");
	assert_string_equal(pmprobe_policy_to_string(PMPROBE_POLICY_PM_UTILS), "pm-utils");
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++)
		assert_int_equal(pmprobe_policy_from_string(
					 pmprobe_policy_to_string((enum pmprobe_policy)p)),
				 p);
	assert_null(pmprobe_policy_to_string(_PMPROBE_POLICY_MAX));
	assert_null(pmprobe_policy_to_string((enum pmprobe_policy)(-1)));
	assert_int_equal(pmprobe_policy_from_string(NULL), -EINVAL);
	assert_int_equal(pmprobe_policy_from_string("pm_utils"), -EINVAL);
	assert_int_equal(pmprobe_policy_from_string(""), -EINVAL);
}

static void
test_report_verdict_strings(void **state)
{
	(void)state;
	assert_string_equal(pmprobe_verdict_to_string(PMPROBE_NO), "no");
	assert_string_equal(pmprobe_verdict_to_string(PMPROBE_YES), "yes");
	assert_string_equal(pmprobe_verdict_to_string(PMPROBE_UNKNOWN), "unknown");
	assert_null(pmprobe_verdict_to_string((enum pmprobe_verdict)3));
	assert_null(pmprobe_verdict_to_string((enum pmprobe_verdict)(-1)));
}

static void
test_report_effect_strings(void **state)
{
	static const char *const names[] = {"informs", "blocks", "unknown"};
	static const char *const bad[] = {NULL, "", "Blocks", "informative", "blocks "};

	(void)state;
	/* The values are ABI, the names a stable interface: pin both. */
	assert_int_equal(PMPROBE_EFFECT_INFORMS, 0);
	assert_int_equal(PMPROBE_EFFECT_BLOCKS, 1);
	assert_int_equal(PMPROBE_EFFECT_UNKNOWN, 2);
	assert_int_equal(_PMPROBE_EFFECT_MAX, 3);
	for (int i = 0; i < _PMPROBE_EFFECT_MAX; i++) {
		assert_string_equal(pmprobe_effect_to_string((enum pmprobe_effect)i), names[i]);
		assert_int_equal(pmprobe_effect_from_string(names[i]), i);
	}
	assert_null(pmprobe_effect_to_string(_PMPROBE_EFFECT_MAX));
	assert_null(pmprobe_effect_to_string((enum pmprobe_effect)(-1)));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(pmprobe_effect_from_string(bad[i]), -EINVAL);
}

/* The verdict follows from the effects alone, and a reason given twice keeps its strongest. */
static void
test_report_verdict_from_effects(void **state)
{
	struct verdict v = {0}, w = {0};

	(void)state;
	assert_int_equal(verdict_get(&v), PMPROBE_YES);
	verdict_add(&v, PMPROBE_REASON_DISK_MODE_SELECTED, REASON_INFO);
	assert_int_equal(verdict_get(&v), PMPROBE_YES);
	verdict_add(&v, PMPROBE_REASON_SWAP_UNREADABLE, REASON_BLOCKS_UNKNOWN);
	assert_int_equal(verdict_get(&v), PMPROBE_UNKNOWN);
	verdict_add(&v, PMPROBE_REASON_SWAP_UNREADABLE, REASON_INFO);
	assert_int_equal(v.n_reasons, 2);
	assert_int_equal(v.weights[1], REASON_BLOCKS_UNKNOWN);
	verdict_add(&v, PMPROBE_REASON_DISK_MODE_SELECTED, REASON_BLOCKS_NO);
	assert_int_equal(v.n_reasons, 2);
	assert_int_equal(v.weights[0], REASON_BLOCKS_NO);
	assert_int_equal(verdict_get(&v), PMPROBE_NO);
	verdict_add(&v, PMPROBE_REASON_DISK_MODE_SELECTED, REASON_BLOCKS_UNKNOWN);
	assert_int_equal(v.weights[0], REASON_BLOCKS_NO);

	/* A merge keeps each reason's weight; a demotion leaves only the unknown deciding. */
	verdict_add(&w, PMPROBE_REASON_NO_SWAP, REASON_INFO);
	verdict_merge(&w, &v);
	assert_int_equal(w.n_reasons, 3);
	assert_int_equal(w.weights[0], REASON_INFO);
	assert_int_equal(w.weights[1], REASON_BLOCKS_NO);
	assert_int_equal(w.weights[2], REASON_BLOCKS_UNKNOWN);
	assert_int_equal(verdict_get(&w), PMPROBE_NO);
	verdict_demote_blocking(&w);
	assert_int_equal(w.weights[1], REASON_INFO);
	assert_int_equal(w.weights[2], REASON_BLOCKS_UNKNOWN);
	assert_int_equal(verdict_get(&w), PMPROBE_UNKNOWN);
}

/* The accessor says what the writers print: each reason's effect as the rules gave it. */
static void
test_report_reason_effects(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_report *rep;
	int seen = 0;

	tu_write(fx->root, "sys/power/state", "freeze mem\n");
	rep = probe(fx, PMPROBE_POLICY_FEASIBLE);
	assert_int_equal(pmprobe_report_get_verdict(rep, PMPROBE_TARGET_HIBERNATE), PMPROBE_NO);
	for (size_t i = 0; i < pmprobe_report_get_n_reasons(rep, PMPROBE_TARGET_HIBERNATE); i++) {
		int r = pmprobe_report_get_reason(rep, PMPROBE_TARGET_HIBERNATE, i);
		int e = pmprobe_report_get_reason_effect(rep, PMPROBE_TARGET_HIBERNATE, i);

		if (r == PMPROBE_REASON_STATE_LACKS_DISK) {
			assert_int_equal(e, PMPROBE_EFFECT_BLOCKS);
			seen |= 1;
		} else if (r == PMPROBE_REASON_DISK_MODE_SELECTED) {
			assert_int_equal(e, PMPROBE_EFFECT_INFORMS);
			seen |= 2;
		}
	}
	assert_int_equal(seen, 3);
}

static void
test_report_fact_state_strings(void **state)
{
	(void)state;
	assert_string_equal(pmprobe_fact_state_to_string(PMPROBE_FACT_PRESENT), "present");
	assert_string_equal(pmprobe_fact_state_to_string(PMPROBE_FACT_MISSING), "missing");
	assert_string_equal(pmprobe_fact_state_to_string(PMPROBE_FACT_UNREADABLE), "unreadable");
	assert_string_equal(pmprobe_fact_state_to_string(PMPROBE_FACT_MALFORMED), "malformed");
	assert_null(pmprobe_fact_state_to_string(_PMPROBE_FACT_STATE_MAX));
	assert_null(pmprobe_fact_state_to_string((enum pmprobe_fact_state)(-1)));
}

static void
test_report_reason_strings_round_trip(void **state)
{
	(void)state;
	for (int i = 0; i < _PMPROBE_REASON_MAX; i++) {
		const char *name = pmprobe_reason_to_string((enum pmprobe_reason)i);
		const char *desc = pmprobe_reason_to_description((enum pmprobe_reason)i);

		if (!name || !desc)
			fail_msg("reason %d has no name or no description", i);
		if (!name_is_kebab(name))
			fail_msg("reason %d: name '%s' is not lower-case-with-dashes", i, name);
		if (strlen(desc) < 10)
			fail_msg("reason %s: description '%s' is too short to explain", name, desc);
		assert_int_equal(pmprobe_reason_from_string(name), i);
		for (int j = 0; j < i; j++) {
			if (!strcmp(name, pmprobe_reason_to_string((enum pmprobe_reason)j)))
				fail_msg("reasons %d and %d are both '%s'", j, i, name);
			if (!strcmp(desc, pmprobe_reason_to_description((enum pmprobe_reason)j)))
				fail_msg("reasons %d and %d share a description", j, i);
		}
	}
	assert_null(pmprobe_reason_to_string(_PMPROBE_REASON_MAX));
	assert_null(pmprobe_reason_to_string((enum pmprobe_reason)(-1)));
	assert_null(pmprobe_reason_to_description(_PMPROBE_REASON_MAX));
	assert_null(pmprobe_reason_to_description((enum pmprobe_reason)(-1)));
	assert_int_equal(pmprobe_reason_from_string(NULL), -EINVAL);
	assert_int_equal(pmprobe_reason_from_string(""), -EINVAL);
	assert_int_equal(pmprobe_reason_from_string("STATE-MISSING"), -EINVAL);
	assert_int_equal(pmprobe_reason_from_string("state_missing"), -EINVAL);
}

/* Released names never change (pmprobe.h): pin every one of the first release. */
static void
test_report_reason_names_stable(void **state)
{
	static const struct {
		enum pmprobe_reason reason;
		const char *name;
	} pinned[] = {
		{PMPROBE_REASON_STATE_MISSING, "state-missing"},
		{PMPROBE_REASON_STATE_UNREADABLE, "state-unreadable"},
		{PMPROBE_REASON_STATE_EMPTY, "state-empty"},
		{PMPROBE_REASON_STATE_NOT_WRITABLE, "state-not-writable"},
		{PMPROBE_REASON_STATE_WRITABILITY_UNKNOWN, "state-writability-unknown"},
		{PMPROBE_REASON_STATE_LACKS_MEM, "state-lacks-mem"},
		{PMPROBE_REASON_STATE_LACKS_FREEZE, "state-lacks-freeze"},
		{PMPROBE_REASON_STATE_LACKS_STANDBY, "state-lacks-standby"},
		{PMPROBE_REASON_STATE_LACKS_DISK, "state-lacks-disk"},
		{PMPROBE_REASON_MEM_SLEEP_DEEP, "mem-sleep-deep"},
		{PMPROBE_REASON_MEM_SLEEP_S2IDLE, "mem-sleep-s2idle"},
		{PMPROBE_REASON_MEM_SLEEP_SHALLOW, "mem-sleep-shallow"},
		{PMPROBE_REASON_MEM_SLEEP_ABSENT, "mem-sleep-absent"},
		{PMPROBE_REASON_MEM_SLEEP_UNREADABLE, "mem-sleep-unreadable"},
		{PMPROBE_REASON_MEM_SLEEP_MALFORMED, "mem-sleep-malformed"},
		{PMPROBE_REASON_STATE_HAS_FREEZE, "state-has-freeze"},
		{PMPROBE_REASON_STATE_HAS_STANDBY, "state-has-standby"},
		{PMPROBE_REASON_NO_HIBERNATION_SUPPORT, "no-hibernation-support"},
		{PMPROBE_REASON_HIBERNATION_DISABLED_BY_CMDLINE, "hibernation-disabled-by-cmdline"},
		{PMPROBE_REASON_LOCKDOWN_BLOCKS_HIBERNATION, "lockdown-blocks-hibernation"},
		{PMPROBE_REASON_DISK_MODE_DISABLED, "disk-mode-disabled"},
		{PMPROBE_REASON_DISK_UNREADABLE, "disk-unreadable"},
		{PMPROBE_REASON_DISK_MALFORMED, "disk-malformed"},
		{PMPROBE_REASON_DISK_MODE_SELECTED, "disk-mode-selected"},
		{PMPROBE_REASON_NORESUME_ON_CMDLINE, "noresume-on-cmdline"},
		{PMPROBE_REASON_NO_RESUME_DEVICE, "no-resume-device"},
		{PMPROBE_REASON_RESUME_UNREADABLE, "resume-unreadable"},
		{PMPROBE_REASON_RESUME_DEVICE_NOT_SWAP, "resume-device-not-swap"},
		{PMPROBE_REASON_RESUME_ON_SWAP_PARTITION, "resume-on-swap-partition"},
		{PMPROBE_REASON_RESUME_ON_SWAP_FILE, "resume-on-swap-file"},
		{PMPROBE_REASON_SWAP_UNREADABLE, "swap-unreadable"},
		{PMPROBE_REASON_NO_SWAP, "no-swap"},
		{PMPROBE_REASON_NO_USABLE_SWAP, "no-usable-swap"},
		{PMPROBE_REASON_SWAP_TOO_SMALL, "swap-too-small"},
		{PMPROBE_REASON_SWAP_ENOUGH, "swap-enough"},
		{PMPROBE_REASON_MEMINFO_UNREADABLE, "meminfo-unreadable"},
		{PMPROBE_REASON_SWAP_MAY_BE_TOO_SMALL, "swap-may-be-too-small"},
		{PMPROBE_REASON_SYSTEMD_SWAP_TOO_SMALL, "systemd-swap-too-small"},
		{PMPROBE_REASON_CMDLINE_UNREADABLE, "cmdline-unreadable"},
		{PMPROBE_REASON_LOCKDOWN_UNREADABLE, "lockdown-unreadable"},
		{PMPROBE_REASON_DISK_MODE_SUSPEND, "disk-mode-suspend"},
		{PMPROBE_REASON_DISK_MODE_SUSPEND_MISSING, "disk-mode-suspend-missing"},
		{PMPROBE_REASON_SUSPEND_UNAVAILABLE, "suspend-unavailable"},
		{PMPROBE_REASON_HIBERNATE_UNAVAILABLE, "hibernate-unavailable"},
		{PMPROBE_REASON_WAKE_ALARM, "wake-alarm"},
		{PMPROBE_REASON_NO_WAKE_ALARM, "no-wake-alarm"},
		{PMPROBE_REASON_STATE_HAS_MEM, "state-has-mem"},
		{PMPROBE_REASON_STATE_HAS_DISK, "state-has-disk"},
		{PMPROBE_REASON_PMU_NOT_APPLICABLE, "pmu-not-applicable"},
		{PMPROBE_REASON_DISK_FILE_MISSING, "disk-file-missing"},
		{PMPROBE_REASON_RTC_FALLBACK, "rtc-fallback"},
		{PMPROBE_REASON_RTC_NOT_WRITABLE, "rtc-not-writable"},
		{PMPROBE_REASON_RTC_WRITABILITY_UNKNOWN, "rtc-writability-unknown"},
		{PMPROBE_REASON_TUXONICE, "tuxonice"},
		{PMPROBE_REASON_NOT_IN_POLICY, "not-in-policy"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(pinned) / sizeof(pinned[0]); i++) {
		assert_string_equal(pmprobe_reason_to_string(pinned[i].reason), pinned[i].name);
		assert_int_equal(pmprobe_reason_from_string(pinned[i].name), pinned[i].reason);
	}
	/* The enum values are ABI too. */
	assert_int_equal(PMPROBE_REASON_STATE_MISSING, 0);
	assert_int_equal(PMPROBE_REASON_NOT_IN_POLICY, 52);
}

/* Every reason code is explained in doc/policies.md (read in place, never written). */
static void
test_report_reasons_documented(void **state)
{
	char *dir = strdup(__FILE__), *slash, *path, *doc;
	FILE *f;
	long size;

	(void)state;
	assert_non_null(dir);
	slash = strrchr(dir, '/');
	if (!slash) {
		free(dir);
		skip();
	}
	*slash = '\0';
	assert_true(asprintf(&path, "%s/../doc/policies.md", dir) > 0);
	free(dir);
	f = fopen(path, "re");
	free(path);
	if (!f)
		skip();
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	doc = calloc(1, (size_t)size + 1);
	assert_non_null(doc);
	assert_int_equal(fread(doc, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	for (int i = 0; i < _PMPROBE_REASON_MAX; i++) {
		const char *name = pmprobe_reason_to_string((enum pmprobe_reason)i);
		char quoted[128];

		snprintf(quoted, sizeof(quoted), "`%s`", name);
		if (!strstr(doc, quoted)) {
			free(doc);
			fail_msg("reason '%s' is not in doc/policies.md", name);
		}
	}
	free(doc);
}

static void
test_report_enum_strings_distinct_across_targets(void **state)
{
	(void)state;
	for (int a = 0; a < _PMPROBE_TARGET_MAX; a++)
		for (int b = 0; b < a; b++)
			assert_string_not_equal(pmprobe_target_to_string((enum pmprobe_target)a),
						pmprobe_target_to_string((enum pmprobe_target)b));
	for (int a = 0; a < _PMPROBE_FACT_STATE_MAX; a++)
		for (int b = 0; b < a; b++)
			assert_string_not_equal(
				pmprobe_fact_state_to_string((enum pmprobe_fact_state)a),
				pmprobe_fact_state_to_string((enum pmprobe_fact_state)b));
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_report_refcount),
		T(test_report_unrefp_cleanup),
		T(test_report_null_safety),
		T(test_report_out_of_range),
		T(test_report_policy_recorded),
		T(test_report_fact_present),
		T(test_report_fact_null_out_parameters),
		T(test_report_fact_missing),
		T(test_report_fact_unreadable),
		T(test_report_fact_malformed),
		T(test_report_fact_keys_unique_paths_relative),
		T(test_report_target_strings),
		T(test_report_policy_strings),
		T(test_report_verdict_strings),
		T(test_report_effect_strings),
		T(test_report_verdict_from_effects),
		T(test_report_reason_effects),
		T(test_report_fact_state_strings),
		T(test_report_reason_strings_round_trip),
		T(test_report_reason_names_stable),
		T(test_report_reasons_documented),
		T(test_report_enum_strings_distinct_across_targets),
	};

	unsetenv("PMPROBE_DEBUG");
	return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
