/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests for `pmprobe check --format junit` (src/tools/check-junit.c): escaping and counts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "check.h"
#include "testutil.h"

/* check_junit_escaped(@in) as a string. */
static char *
escaped(const char *in)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	check_junit_escaped(f, in);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void
assert_escaped(const char *in, const char *want)
{
	char *got = escaped(in);

	assert_string_equal(got, want);
	free(got);
}

static void
test_check_junit_escapes_markup(void **state)
{
	(void)state;
	assert_escaped("plain-name_1.2", "plain-name_1.2");
	assert_escaped("<a href=\"x\">&'</a>", "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
	assert_escaped("]]>", "]]&gt;");
}

static void
test_check_junit_escapes_control_and_backslash(void **state)
{
	(void)state;
	assert_escaped("a\tb\nc\rd\x01\x1f\x7f", "a\\x09b\\x0ac\\x0dd\\x01\\x1f\\x7f");
	assert_escaped("C:\\x", "C:\\x5cx");
}

/* Well-formed UTF-8 of an XML character is kept; every other byte is \xNN, so the document
 * parses whatever bytes a root's name or a tree's file holds. */
static void
test_check_junit_utf8(void **state)
{
	(void)state;
	assert_escaped("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x92\xa4 \xf4\x8f\xbf\xbf",
		       "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x92\xa4 \xf4\x8f\xbf\xbf");
	assert_escaped("\xff\xfe", "\\xff\\xfe");
	assert_escaped("\xc0\xaf", "\\xc0\\xaf");		    /* overlong '/' */
	assert_escaped("\xe0\x80\xaf", "\\xe0\\x80\\xaf");	    /* overlong, 3 bytes */
	assert_escaped("\xed\xa0\x80", "\\xed\\xa0\\x80");	    /* a surrogate */
	assert_escaped("\xf4\x90\x80\x80", "\\xf4\\x90\\x80\\x80"); /* above U+10FFFF */
	assert_escaped("\xef\xbf\xbe\xef\xbf\xbf", "\\xef\\xbf\\xbe\\xef\\xbf\\xbf"); /* U+FFFE/F */
	assert_escaped("\xc3", "\\xc3");	    /* cut at the end */
	assert_escaped("\xe2\x82x", "\\xe2\\x82x"); /* cut before an ASCII byte */
	assert_escaped("\x80\xbf", "\\x80\\xbf");   /* continuation bytes alone */
}

/* The counts on a suite and on the root: a failing tree, a passing one with cpu lines, and an
 * unusable one. */
static void
test_check_junit_counts(void **state)
{
	struct check_junit *j = NULL;
	struct check_result *res = calloc(1, sizeof(*res));
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	assert_non_null(res);
	assert_int_equal(check_junit_new(&j), 0);
	res->status = CHECK_FAIL;
	res->n_mismatches = 2;
	res->mismatches[0] = (struct check_mismatch){.policy = PMPROBE_POLICY_FEASIBLE,
						     .target = PMPROBE_TARGET_HIBERNATE,
						     .expected = PMPROBE_YES,
						     .got = PMPROBE_NO};
	res->mismatches[0].got_reasons[PMPROBE_REASON_NO_SWAP] = 1;
	res->mismatches[1] = (struct check_mismatch){.policy = PMPROBE_POLICY_PM_UTILS,
						     .target = PMPROBE_TARGET_SUSPEND,
						     .expected = PMPROBE_NO,
						     .got = PMPROBE_YES};
	assert_int_equal(check_junit_add(j, "t1", res), 0);
	memset(res, 0, sizeof(*res));
	res->status = CHECK_PASS;
	res->n_cpu_expected = 3;
	assert_int_equal(check_junit_add(j, "t2", res), 0);
	assert_int_equal(check_junit_add_error(j, "t3", "no EXPECTED"), 0);
	f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(check_junit_write(j, f), 0);
	assert_int_equal(fclose(f), 0);
	assert_non_null(strstr(buf,
			       "<testsuites name=\"pmprobe check\" tests=\"30\" failures=\"2\" "
			       "errors=\"1\">"));
	assert_non_null(
		strstr(buf, "<testsuite name=\"t1\" tests=\"14\" failures=\"2\" errors=\"0\""));
	assert_non_null(
		strstr(buf, "<testsuite name=\"t2\" tests=\"15\" failures=\"0\" errors=\"0\""));
	assert_non_null(
		strstr(buf, "<testsuite name=\"t3\" tests=\"1\" failures=\"0\" errors=\"1\""));
	assert_non_null(strstr(buf,
			       "<testcase classname=\"t1\" name=\"feasible hibernate\">\n"
			       "      <failure type=\"mismatch\" message=\"expected yes, found no "
			       "no-swap\">expected: yes\nfound: no no-swap ("));
	assert_non_null(strstr(buf, "<testcase classname=\"t2\" name=\"cpu\"/>"));
	assert_non_null(strstr(buf, "<error type=\"unusable\" message=\"no EXPECTED\">no "
				    "EXPECTED</error>"));
	free(buf);
	free(res);
	check_junit_free(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_junit_escapes_markup),
		cmocka_unit_test(test_check_junit_escapes_control_and_backslash),
		cmocka_unit_test(test_check_junit_utf8),
		cmocka_unit_test(test_check_junit_counts),
	};

	return cmocka_run_group_tests_name("check-junit", tests, NULL, NULL);
}
