/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the Prometheus writer (format-prometheus.c): families, one-hot verdicts, label
 * escaping of values from files, the facts it reads numbers from. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "report.h"
#include "testutil.h"

/* Suspend yes (one informative reason), hibernate no, the others unknown. */
static struct pmprobe_report *
report_new_test(enum pmprobe_policy policy)
{
	struct pmprobe_report *r = NULL;

	assert_int_equal(report_new(policy, "sysroot", &r), 0);
	verdict_add(&r->verdicts[PMPROBE_TARGET_SUSPEND], PMPROBE_REASON_MEM_SLEEP_DEEP,
		    REASON_INFO);
	verdict_add(&r->verdicts[PMPROBE_TARGET_HIBERNATE], PMPROBE_REASON_DISK_MODE_SELECTED,
		    REASON_INFO);
	verdict_add(&r->verdicts[PMPROBE_TARGET_HIBERNATE], PMPROBE_REASON_NO_SWAP,
		    REASON_BLOCKS_NO);
	for (int t = PMPROBE_TARGET_SUSPEND_HYBRID; t < _PMPROBE_TARGET_MAX; t++)
		verdict_add(&r->verdicts[t], PMPROBE_REASON_STATE_MISSING, REASON_BLOCKS_UNKNOWN);
	return r;
}

/* A fact as the probe adds it, present, with @value. */
static void
add_fact(struct pmprobe_report *r, const char *key, const char *value)
{
	assert_int_equal(evidence_add_fact(&r->evidence, key, "proc/x", 0, value), 0);
}

static char *
metrics(struct pmprobe_report *r)
{
	char *text = NULL;

	assert_int_equal(pmprobe_report_to_prometheus(r, &text), 0);
	assert_non_null(text);
	return text;
}

struct fx {
	struct pmprobe_report *r;
	char *text;
};

static int
setup(void **state)
{
	struct fx *x = calloc(1, sizeof(*x));

	assert_non_null(x);
	x->r = report_new_test(PMPROBE_POLICY_FEASIBLE);
	*state = x;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *x = *state;

	free(x->text);
	pmprobe_report_unref(x->r);
	free(x);
	return 0;
}

static void assert_families_well_formed(const char *text);

/* The metrics of the fixture's report, their families checked. */
static const char *
render(struct fx *x)
{
	free(x->text);
	x->text = metrics(x->r);
	assert_families_well_formed(x->text);
	return x->text;
}

static void
assert_has_line(const char *text, const char *line)
{
	size_t n = strlen(line);

	for (const char *p = text; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, line, n) && (p[n] == '\n' || p[n] == '\0'))
			return;
	fail_msg("no line '%s' in:\n%s", line, text);
}

/* @needle is in @text, once. */
static void
assert_once(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);

	assert_non_null(p);
	assert_null(strstr(p + 1, needle));
}

static void
assert_no_family(const char *text, const char *name)
{
	char help[128];

	snprintf(help, sizeof(help), "# HELP %s ", name);
	if (strstr(text, help))
		fail_msg("family %s written, unexpectedly:\n%s", name, text);
}

/* Every sample line's family was announced, by # HELP and then # TYPE gauge, just before its
 * first sample, and never again. */
static void
assert_families_well_formed(const char *text)
{
	char family[128] = "", seen[4096] = " ";
	const char *p = text;

	while (*p) {
		const char *end = strchr(p, '\n');
		size_t n, len;

		assert_non_null(end);
		len = (size_t)(end - p);
		if (!strncmp(p, "# HELP ", 7)) {
			char want[256];

			n = strcspn(p + 7, " ");
			assert_true(n < sizeof(family));
			memcpy(family, p + 7, n);
			family[n] = '\0';
			snprintf(want, sizeof(want), " %s ", family);
			assert_null(strstr(seen, want));
			assert_true(strlen(seen) + n + 2 < sizeof(seen));
			strcat(strcat(seen, family), " ");
			snprintf(want, sizeof(want), "# TYPE %s gauge\n", family);
			assert_int_equal(strncmp(end + 1, want, strlen(want)), 0);
			p = end + 1 + strlen(want);
			continue;
		}
		n = strlen(family);
		assert_true(n > 0 && len > n && !strncmp(p, family, n) &&
			    (p[n] == '{' || p[n] == ' '));
		p = end + 1;
	}
}

static void
test_format_prometheus_verdicts_one_hot(void **state)
{
	struct fx *x = *state;
	const char *text;

	x->r->policy = PMPROBE_POLICY_PM_UTILS;
	text = render(x);
	assert_has_line(
		text, "pmprobe_verdict{target=\"suspend\",policy=\"pm-utils\",verdict=\"yes\"} 1");
	assert_has_line(text,
			"pmprobe_verdict{target=\"suspend\",policy=\"pm-utils\",verdict=\"no\"} 0");
	assert_has_line(
		text,
		"pmprobe_verdict{target=\"suspend\",policy=\"pm-utils\",verdict=\"unknown\"} 0");
	assert_has_line(
		text, "pmprobe_verdict{target=\"hibernate\",policy=\"pm-utils\",verdict=\"no\"} 1");
	assert_has_line(
		text,
		"pmprobe_verdict{target=\"timed-wake\",policy=\"pm-utils\",verdict=\"unknown\"} 1");
	assert_has_line(text,
			"pmprobe_reason{target=\"hibernate\",policy=\"pm-utils\",code=\"no-swap\","
			"effect=\"blocks\"} 1");
	assert_has_line(text, "pmprobe_reason{target=\"hibernate\",policy=\"pm-utils\",code=\"disk-"
			      "mode-selected\",effect=\"informs\"} 1");
	/* No facts: no family that reads one. */
	assert_no_family(text, "pmprobe_mem_sleep_selected");
	assert_no_family(text, "pmprobe_swap_size_bytes");
	assert_no_family(text, "pmprobe_hibernate_image_bytes");
}

static void
test_format_prometheus_info(void **state)
{
	struct fx *x = *state;
	struct pmprobe_report *r = x->r;
	const char *text;

	text = render(x);
	assert_has_line(text, "pmprobe_info{version=\"" PMPROBE_VERSION
			      "\",policy=\"feasible\",backend=\"sysroot\",kernel_release=\"\"} 1");
	/* A tree's RECORD may say anything: bytes that are not text as \xNN, then escaped. */
	r->kernel_release = strdup("6.1 \"x\"\xff\n");
	text = render(x);
	assert_has_line(text, "pmprobe_info{version=\"" PMPROBE_VERSION
			      "\",policy=\"feasible\",backend=\"sysroot\","
			      "kernel_release=\"6.1 \\\"x\\\"\\\\xff\\\\x0a\"} 1");
}

static void
test_format_prometheus_swap_labels_escaped(void **state)
{
	struct fx *x = *state;
	struct pmprobe_report *r = x->r;
	const char *text;

	/* The area is a file name from /proc/swaps (unescaped there): quotes, backslash, line
	 * feed, and " size=" itself. */
	add_fact(r, "swap.0", "/a \"b\"\\c\nd size=1 KiB file size=8 KiB used=2 KiB");
	add_fact(r, "swap.1", "/dev/zram0 partition size=4 KiB used=8 KiB zram");
	add_fact(r, "swap.2", "/dev/zram0 partition size=4 KiB used=8 KiB zram");
	add_fact(r, "swap.3", "/x file size=1 KiB");
	text = render(x);
	assert_has_line(text, "pmprobe_swap_size_bytes{area=\"/a \\\"b\\\"\\\\c\\nd size=1 KiB\","
			      "type=\"file\",usable=\"yes\"} 8192");
	assert_has_line(text, "pmprobe_swap_free_bytes{area=\"/a \\\"b\\\"\\\\c\\nd size=1 KiB\","
			      "type=\"file\",usable=\"yes\"} 6144");
	/* Used beyond the size (a tree's): no space free, not a wrap. Twice the same: once. */
	assert_has_line(text, "pmprobe_swap_free_bytes{area=\"/dev/zram0\",type=\"partition\","
			      "usable=\"no\"} 0");
	assert_once(text, "pmprobe_swap_size_bytes{area=\"/dev/zram0\"");
	/* Not the shape probe.c writes: left out. */
	assert_null(strstr(text, "area=\"/x\""));
}

static void
test_format_prometheus_mem_sleep(void **state)
{
	struct fx *x = *state;
	struct pmprobe_report *r = x->r;
	const char *text;

	add_fact(r, "power.mem_sleep", "s2idle [deep] s2idle x\"y");
	text = render(x);
	assert_has_line(text, "pmprobe_mem_sleep_selected{variant=\"s2idle\"} 0");
	assert_has_line(text, "pmprobe_mem_sleep_selected{variant=\"deep\"} 1");
	assert_has_line(text, "pmprobe_mem_sleep_selected{variant=\"x\\\"y\"} 0");
	assert_once(text, "{variant=\"s2idle\"}");
}

static void
test_format_prometheus_unusable_facts_left_out(void **state)
{
	struct fx *x = *state;
	struct pmprobe_report *r = x->r;
	const char *text;

	/* Malformed (two selected), missing, and not text (written in base64 by the walk). */
	add_fact(r, "power.mem_sleep", "[s2idle] [deep]");
	assert_int_equal(evidence_add_fact(&r->evidence, "hibernate.image", "proc/meminfo", -ENOENT, NULL), 0);
	add_fact(r, "swap.0", "/s\x01 file size=8 KiB used=2 KiB");
	text = render(x);
	assert_no_family(text, "pmprobe_mem_sleep_selected");
	assert_no_family(text, "pmprobe_swap_size_bytes");
	assert_no_family(text, "pmprobe_hibernate_image_bytes");
}

static void
test_format_prometheus_image(void **state)
{
	struct fx *x = *state;
	struct pmprobe_report *r = x->r;
	const char *text;

	add_fact(r, "hibernate.image",
		 "estimate 87984 KiB (saveable 87984 KiB, minimum 73796 KiB, image_size unknown); "
		 "takes 10998 to 18446744073709551615 KiB of swap (compressed, at best 8:1)");
	text = render(x);
	assert_has_line(text, "pmprobe_hibernate_image_bytes 90095616");
	assert_has_line(text, "pmprobe_hibernate_image_swap_min_bytes 11261952");
	/* Beyond 2^64 bytes: a float, as the format allows. */
	assert_has_line(text, "pmprobe_hibernate_image_swap_max_bytes 1.8889465931478581e+22");
}

static void
test_format_prometheus_invalid_arguments(void **state)
{
	struct pmprobe_report *r = report_new_test(PMPROBE_POLICY_FEASIBLE);
	char *text = NULL;

	(void)state;
	assert_int_equal(pmprobe_report_to_prometheus(NULL, &text), -EINVAL);
	assert_int_equal(pmprobe_report_to_prometheus(r, NULL), -EINVAL);
	assert_null(text);
	pmprobe_report_unref(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_format_prometheus_verdicts_one_hot, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_format_prometheus_info, setup, teardown),
		cmocka_unit_test_setup_teardown(test_format_prometheus_swap_labels_escaped, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_format_prometheus_mem_sleep, setup, teardown),
		cmocka_unit_test_setup_teardown(test_format_prometheus_unusable_facts_left_out,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_format_prometheus_image, setup, teardown),
		cmocka_unit_test(test_format_prometheus_invalid_arguments),
	};

	return cmocka_run_group_tests_name("format-prometheus", tests, NULL, NULL);
}
