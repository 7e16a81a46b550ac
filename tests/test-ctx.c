/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the library context (ctx.c): construction, refcounting, policy, logging, probe. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "testutil.h"

static void
write_small_tree(const char *root)
{
	tu_write(root, "RECORD", "writable: sys/power/state\n");
	tu_write(root, "sys/power/state", "freeze mem\n");
	tu_write(root, "sys/power/mem_sleep", "s2idle [deep]\n");
	tu_write(root, "proc/cmdline", "ro\n");
	tu_write(root, "proc/swaps", "Filename Type Size Used Priority\n");
	tu_write(root, "proc/meminfo", "MemTotal: 100 kB\nActive(anon): 10 kB\n");
}

static void
test_ctx_new_sysroot(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_non_null(ctx);
	assert_string_equal(pmprobe_get_sysroot(ctx), root);
	assert_ptr_not_equal(pmprobe_get_sysroot(ctx), root); /* a copy */
	assert_int_equal(pmprobe_get_policy(ctx), PMPROBE_POLICY_FEASIBLE);
	assert_int_equal(pmprobe_get_log_priority(ctx), LOG_ERR);
	assert_null(pmprobe_unref(ctx));
}

static void
test_ctx_sysroot_is_copied(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;
	char *buf = strdup(root);

	assert_non_null(buf);
	assert_int_equal(pmprobe_new(&ctx, buf), 0);
	memset(buf, 'x', strlen(buf));
	free(buf);
	assert_string_equal(pmprobe_get_sysroot(ctx), root);
	pmprobe_unref(ctx);
}

static void
test_ctx_new_live(void **state)
{
	struct pmprobe_ctx *ctx = NULL;

	(void)state;
	assert_int_equal(pmprobe_new(&ctx, NULL), 0);
	assert_non_null(ctx);
	assert_null(pmprobe_get_sysroot(ctx));
	pmprobe_unref(ctx);
}

static void
test_ctx_new_invalid_arguments(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = (struct pmprobe_ctx *)0x1;

	assert_int_equal(pmprobe_new(NULL, root), -EINVAL);
	assert_int_equal(pmprobe_new(&ctx, ""), -EINVAL);
	assert_ptr_equal(ctx, (struct pmprobe_ctx *)0x1); /* written only on success */
}

/* pmprobe.h: "Returns: 0, or a negative errno (-ENOENT/-ENOTDIR: unusable sysroot, -ENOMEM)". */
static void
test_ctx_new_unusable_sysroot(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = (struct pmprobe_ctx *)0x1;
	char *missing = tu_path(root, "no-such-dir"), *file = tu_path(root, "a-file");
	int r1, r2;

	tu_write(root, "a-file", "not a directory\n");
	r1 = pmprobe_new(&ctx, missing);
	if (r1 == 0)
		ctx = pmprobe_unref(ctx);
	r2 = pmprobe_new(&ctx, file);
	if (r2 == 0)
		ctx = pmprobe_unref(ctx);
	free(missing);
	free(file);
	assert_int_equal(r1, -ENOENT);
	assert_int_equal(r2, -ENOTDIR);
	assert_ptr_equal(ctx, (struct pmprobe_ctx *)0x1);
}

static void
cleanup_unrefp_helper(const char *root)
{
	__attribute__((cleanup(pmprobe_unrefp))) struct pmprobe_ctx *ctx = NULL;
	__attribute__((cleanup(pmprobe_unrefp))) struct pmprobe_ctx *unset = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	(void)unset;
}

static void
test_ctx_refcount(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_ptr_equal(pmprobe_ref(ctx), ctx);
	assert_ptr_equal(pmprobe_ref(ctx), ctx);
	assert_null(pmprobe_unref(ctx));
	assert_null(pmprobe_unref(ctx));
	/* One reference left: still usable (ASan reports a use after free otherwise). */
	assert_string_equal(pmprobe_get_sysroot(ctx), root);
	assert_null(pmprobe_unref(ctx));

	assert_null(pmprobe_ref(NULL));
	assert_null(pmprobe_unref(NULL));
	cleanup_unrefp_helper(root); /* LeakSanitizer checks that the cleanup freed it */
}

static void
test_ctx_null_safety(void **state)
{
	(void)state;
	assert_null(pmprobe_get_sysroot(NULL));
	assert_int_equal(pmprobe_get_policy(NULL), PMPROBE_POLICY_FEASIBLE);
	assert_int_equal(pmprobe_set_policy(NULL, PMPROBE_POLICY_PM_UTILS), -EINVAL);
	assert_int_equal(pmprobe_get_log_priority(NULL), -EINVAL);
	pmprobe_set_log_priority(NULL, LOG_DEBUG);
	pmprobe_set_log_fn(NULL, NULL, NULL);
}

static void
test_ctx_policy(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_policy(ctx, PMPROBE_POLICY_PM_UTILS), 0);
	assert_int_equal(pmprobe_get_policy(ctx), PMPROBE_POLICY_PM_UTILS);
	assert_int_equal(pmprobe_set_policy(ctx, _PMPROBE_POLICY_MAX), -EINVAL);
	assert_int_equal(pmprobe_set_policy(ctx, (enum pmprobe_policy)(-1)), -EINVAL);
	assert_int_equal(pmprobe_get_policy(ctx), PMPROBE_POLICY_PM_UTILS); /* unchanged */
	assert_int_equal(pmprobe_set_policy(ctx, PMPROBE_POLICY_FEASIBLE), 0);
	assert_int_equal(pmprobe_get_policy(ctx), PMPROBE_POLICY_FEASIBLE);
	pmprobe_unref(ctx);
}

static void
test_ctx_log_priority(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	pmprobe_set_log_priority(ctx, LOG_DEBUG);
	assert_int_equal(pmprobe_get_log_priority(ctx), LOG_DEBUG);
	pmprobe_set_log_priority(ctx, LOG_WARNING);
	assert_int_equal(pmprobe_get_log_priority(ctx), LOG_WARNING);
	pmprobe_unref(ctx);
}

static void
test_ctx_debug_environment(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;

	assert_int_equal(setenv("PMPROBE_DEBUG", "1", 1), 0);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	unsetenv("PMPROBE_DEBUG");
	assert_int_equal(pmprobe_get_log_priority(ctx), LOG_DEBUG);
	pmprobe_unref(ctx);

	assert_int_equal(setenv("PMPROBE_DEBUG", "0", 1), 0);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	unsetenv("PMPROBE_DEBUG");
	assert_int_equal(pmprobe_get_log_priority(ctx), LOG_ERR);
	pmprobe_unref(ctx);
}

struct log_record {
	int calls;
	int last_priority;
	int max_priority, min_priority;
	char last_message[512];
	char last_fn[64];
};

static void
record_log(void *userdata, int priority, const char *file, int line, const char *fn,
	   const char *format, va_list args)
{
	struct log_record *rec = userdata;

	assert_non_null(file);
	assert_true(line > 0);
	assert_non_null(fn);
	rec->calls++;
	rec->last_priority = priority;
	if (rec->calls == 1 || priority > rec->max_priority)
		rec->max_priority = priority;
	if (rec->calls == 1 || priority < rec->min_priority)
		rec->min_priority = priority;
	vsnprintf(rec->last_message, sizeof(rec->last_message), format, args);
	snprintf(rec->last_fn, sizeof(rec->last_fn), "%s", fn);
}

static void
test_ctx_log_silent_by_default(void **state)
{
	const char *root = *state;
	struct log_record rec = {0};
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = NULL;

	write_small_tree(root);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	pmprobe_set_log_fn(ctx, record_log, &rec);
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	assert_int_equal(rec.calls, 0); /* nothing at LOG_ERR on a good tree; debug is off */
	pmprobe_report_unref(rep);
	pmprobe_unref(ctx);
}

static void
test_ctx_log_debug_through_callback(void **state)
{
	const char *root = *state;
	struct log_record rec = {0};
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = NULL;

	write_small_tree(root);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	pmprobe_set_log_fn(ctx, record_log, &rec);
	pmprobe_set_log_priority(ctx, LOG_DEBUG);
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	assert_true(rec.calls > 0);
	assert_int_equal(rec.max_priority, LOG_DEBUG);
	assert_non_null(strstr(rec.last_message, "sysroot"));

	/* Switching the callback off again silences the library. */
	rec.calls = 0;
	pmprobe_set_log_fn(ctx, NULL, NULL);
	pmprobe_report_unref(rep);
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	assert_int_equal(rec.calls, 0);
	pmprobe_report_unref(rep);
	pmprobe_unref(ctx);
}

static void
test_ctx_probe_unusable_root(void **state)
{
	const char *root = *state;
	struct log_record rec = {0};
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = (struct pmprobe_report *)0x1;
	char *sub = tu_path(root, "vanishing");

	tu_mkdir(root, "vanishing");
	assert_int_equal(pmprobe_new(&ctx, sub), 0);
	pmprobe_set_log_fn(ctx, record_log, &rec);
	tu_remove(root, "vanishing");
	assert_int_equal(pmprobe_probe(ctx, &rep), -ENOENT);
	assert_ptr_equal(rep, (struct pmprobe_report *)0x1);
	assert_int_equal(rec.calls, 1);
	assert_int_equal(rec.last_priority, LOG_ERR);
	assert_non_null(strstr(rec.last_message, "'"));
	assert_non_null(strstr(rec.last_message, sub));
	pmprobe_unref(ctx);
	free(sub);
}

static void
test_ctx_probe_invalid_arguments(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = NULL;

	assert_int_equal(pmprobe_probe(NULL, &rep), -EINVAL);
	assert_null(rep);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_probe(ctx, NULL), -EINVAL);
	pmprobe_unref(ctx);
}

static void
test_ctx_reports_are_independent(void **state)
{
	const char *root = *state;
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *a = NULL, *b = NULL;

	write_small_tree(root);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_probe(ctx, &a), 0);
	assert_int_equal(pmprobe_set_policy(ctx, PMPROBE_POLICY_PM_UTILS), 0);
	/* A probe reads the tree anew: a change shows in the next report only. */
	tu_write(root, "sys/power/state", "freeze\n");
	assert_int_equal(pmprobe_probe(ctx, &b), 0);
	pmprobe_unref(ctx); /* the reports outlive the context */
	assert_ptr_not_equal(a, b);
	assert_int_equal(pmprobe_report_get_policy(a), PMPROBE_POLICY_FEASIBLE);
	assert_int_equal(pmprobe_report_get_policy(b), PMPROBE_POLICY_PM_UTILS);
	assert_int_equal(pmprobe_report_get_verdict(a, PMPROBE_TARGET_SUSPEND), PMPROBE_YES);
	assert_int_equal(pmprobe_report_get_verdict(b, PMPROBE_TARGET_SUSPEND), PMPROBE_NO);
	pmprobe_report_unref(a);
	pmprobe_report_unref(b);
}

static void
test_ctx_probe_live_host(void **state)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = NULL;
	int found = 0;

	(void)state;
	if (access("/sys/power/state", F_OK) < 0)
		skip();
	assert_int_equal(pmprobe_new(&ctx, NULL), 0);
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		enum pmprobe_verdict v = pmprobe_report_get_verdict(rep, (enum pmprobe_target)t);

		assert_true(v == PMPROBE_NO || v == PMPROBE_YES || v == PMPROBE_UNKNOWN);
		assert_true(pmprobe_report_get_n_reasons(rep, (enum pmprobe_target)t) > 0 ||
			    v == PMPROBE_YES);
	}
	for (size_t i = 0; i < pmprobe_report_get_n_facts(rep); i++) {
		const char *key, *path;

		pmprobe_report_get_fact(rep, i, &key, NULL, &path);
		if (!strcmp(key, "power.state")) {
			found = 1;
			assert_string_equal(path, "sys/power/state");
		}
	}
	assert_true(found);
	pmprobe_report_unref(rep);
	pmprobe_unref(ctx);
}

#define T(name) cmocka_unit_test_setup_teardown(name, tu_setup_root, tu_teardown_root)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_ctx_new_sysroot),
		T(test_ctx_sysroot_is_copied),
		T(test_ctx_new_live),
		T(test_ctx_new_invalid_arguments),
		T(test_ctx_new_unusable_sysroot),
		T(test_ctx_refcount),
		T(test_ctx_null_safety),
		T(test_ctx_policy),
		T(test_ctx_log_priority),
		T(test_ctx_debug_environment),
		T(test_ctx_log_silent_by_default),
		T(test_ctx_log_debug_through_callback),
		T(test_ctx_probe_unusable_root),
		T(test_ctx_probe_invalid_arguments),
		T(test_ctx_reports_are_independent),
		T(test_ctx_probe_live_host),
	};

	unsetenv("PMPROBE_DEBUG");
	return cmocka_run_group_tests_name("ctx", tests, NULL, NULL);
}
