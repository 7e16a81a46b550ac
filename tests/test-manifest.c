/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the fixture RECORD parser (manifest.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "manifest.h"
#include "testutil.h"

static void
test_manifest_full_record(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("format: 1\n"
					"origin: recorded\n"
					"description: a laptop: with colons in the text\n"
					"kernel: 6.1.0-18-amd64\n"
					"euid: 1000\n"
					"writable: sys/power/state sys/class/rtc/rtc0/wakealarm\n",
					&m),
			 0);
	assert_string_equal(m.origin, "recorded");
	assert_string_equal(m.kernel, "6.1.0-18-amd64");
	assert_int_equal(m.euid, 1000);
	assert_true(m.has_writable);
	assert_string_equal(m.writable[0], "sys/power/state");
	assert_string_equal(m.writable[1], "sys/class/rtc/rtc0/wakealarm");
	assert_null(m.writable[2]);
	assert_int_equal(manifest_writable(&m, "sys/power/state"), 1);
	assert_int_equal(manifest_writable(&m, "sys/class/rtc/rtc0/wakealarm"), 1);
	assert_int_equal(manifest_writable(&m, "sys/power/disk"), 0);
	assert_int_equal(manifest_writable(&m, "sys/power/stat"), 0);
	assert_int_equal(manifest_writable(&m, "/sys/power/state"), 0);
	manifest_done(&m);
	assert_null(m.origin);
	assert_null(m.writable);
	assert_int_equal(m.euid, -1);
	assert_false(m.has_writable);
}

static void
test_manifest_without_writable_is_unknown(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("origin: synthetic\nkernel: 5.10.0\n", &m), 0);
	assert_false(m.has_writable);
	assert_int_equal(m.euid, -1);
	assert_int_equal(manifest_writable(&m, "sys/power/state"), -ENODATA);
	manifest_done(&m);
}

static void
test_manifest_empty_writable_means_none(void **state)
{
	static const char *const texts[] = {"writable:\n", "writable:", "writable:   \t \r\n"};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct manifest m;

		assert_int_equal(manifest_parse(texts[i], &m), 0);
		assert_true(m.has_writable);
		assert_non_null(m.writable);
		assert_null(m.writable[0]);
		assert_int_equal(manifest_writable(&m, "sys/power/state"), 0);
		manifest_done(&m);
	}
}

static void
test_manifest_empty_text(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("", &m), 0);
	assert_null(m.origin);
	assert_null(m.kernel);
	assert_int_equal(m.euid, -1);
	assert_int_equal(manifest_writable(&m, "sys/power/state"), -ENODATA);
	manifest_done(&m);
}

static void
test_manifest_comments_blank_lines_unknown_keys(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("# recorded by pmprobe record\n"
					"\n"
					"   \t\n"
					"future-key: whatever: it is\n"
					"#writable: sys/power/state\n"
					"origin: recorded\n",
					&m),
			 0);
	assert_string_equal(m.origin, "recorded");
	assert_false(m.has_writable); /* the commented line does not count */
	manifest_done(&m);
}

static void
test_manifest_line_without_colon(void **state)
{
	struct manifest m = {.origin = (char *)"untouched"};

	(void)state;
	assert_int_equal(manifest_parse("origin: recorded\nthis line has no colon\n", &m),
			 -EBADMSG);
	assert_string_equal(m.origin, "untouched");
}

static void
test_manifest_bad_euid(void **state)
{
	static const char *const values[] = {"-1",  "abc",	  "",
					     "12x", "2147483648", "99999999999999999999999"};

	(void)state;
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		struct manifest m;
		char text[64];
		int r;

		snprintf(text, sizeof(text), "euid: %s\n", values[i]);
		r = manifest_parse(text, &m);
		if (r != -EBADMSG)
			fail_msg("euid '%s' gave %d", values[i], r);
	}
}

static void
test_manifest_euid_bounds(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("euid: 0\n", &m), 0);
	assert_int_equal(m.euid, 0);
	manifest_done(&m);
	assert_int_equal(manifest_parse("euid: 2147483647\n", &m), 0);
	assert_int_equal(m.euid, 2147483647L);
	manifest_done(&m);
}

static void
test_manifest_crlf_and_tabs(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("origin:\tsynthetic\r\n"
					"writable:\tsys/power/state\t sys/power/disk  \r\n",
					&m),
			 0);
	assert_string_equal(m.origin, "synthetic");
	assert_int_equal(manifest_writable(&m, "sys/power/state"), 1);
	assert_int_equal(manifest_writable(&m, "sys/power/disk"), 1);
	assert_null(m.writable[2]);
	manifest_done(&m);
}

static void
test_manifest_repeated_keys_last_wins(void **state)
{
	struct manifest m;

	(void)state;
	assert_int_equal(manifest_parse("origin: a\norigin: b\n"
					"writable: sys/power/state\nwritable: sys/power/disk\n",
					&m),
			 0);
	assert_string_equal(m.origin, "b");
	assert_int_equal(manifest_writable(&m, "sys/power/state"), 0);
	assert_int_equal(manifest_writable(&m, "sys/power/disk"), 1);
	manifest_done(&m);
}

static void
test_manifest_observed_lines(void **state)
{
	const struct manifest_observed *o;
	struct manifest m;

	(void)state;
	assert_int_equal(
		manifest_parse("origin: recorded\n"
			       "observed: mem:deep ok woken-by rtc after 2s\n"
			       "observed: freeze hangs after-power-button\n"
			       "observed:\tstandby  fails Invalid_argument\r\n"
			       "observed: disk ok woken-by resume-boot\n"
			       "observed: freeze ok\n"
			       "expected-difference: freeze QEMU has no s2idle wake source\n",
			       &m),
		0);
	assert_int_equal(m.n_observed, 5);
	o = manifest_observed_find(&m, "mem:deep");
	assert_non_null(o);
	assert_string_equal(o->outcome, "ok");
	assert_string_equal(o->woken_by, "rtc");
	assert_string_equal(o->note, "after 2s");
	o = manifest_observed_find(&m, "standby");
	assert_string_equal(o->outcome, "fails");
	assert_null(o->woken_by);
	assert_string_equal(o->note, "Invalid_argument");
	o = manifest_observed_find(&m, "disk");
	assert_string_equal(o->woken_by, "resume-boot");
	assert_null(o->note);
	/* the last line for an operation wins */
	o = manifest_observed_find(&m, "freeze");
	assert_string_equal(o->outcome, "ok");
	assert_null(o->note);
	assert_string_equal(m.observed[1].note, "after-power-button");
	assert_null(manifest_observed_find(&m, "mem"));
	assert_int_equal(m.n_differences, 1);
	assert_string_equal(m.differences[0].operation, "freeze");
	assert_string_equal(m.differences[0].why, "QEMU has no s2idle wake source");
	manifest_done(&m);
	assert_null(m.observed);
	assert_int_equal(m.n_observed, 0);
	assert_int_equal(m.n_differences, 0);
}

static void
test_manifest_observed_malformed(void **state)
{
	static const char *const texts[] = {
		"observed:\n",
		"observed: freeze\n",
		"observed: freeze maybe\n",
		"observed: freeze OK\n",
		"observed: freeze ok woken-by\n",
		"observed: freeze ok woken-by  \t\n",
		"expected-difference:\n",
		"expected-difference: freeze\n",
		"expected-difference: freeze   \n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct manifest m;

		assert_int_equal(manifest_parse(texts[i], &m), -EBADMSG);
	}
}

static void
test_manifest_old_record_has_no_observations(void **state)
{
	struct manifest m;

	(void)state;
	/* `woken-by` is only a keyword after the outcome; a note may say anything */
	assert_int_equal(manifest_parse("format: 1\nobserved: disk ok note woken-by rtc\n", &m), 0);
	assert_null(m.observed[0].woken_by);
	assert_string_equal(m.observed[0].note, "note woken-by rtc");
	manifest_done(&m);
	assert_int_equal(manifest_parse("format: 1\norigin: synthetic\n", &m), 0);
	assert_int_equal(m.n_observed, 0);
	assert_null(m.observed);
	assert_null(manifest_observed_find(&m, "freeze"));
	manifest_done(&m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_manifest_full_record),
		cmocka_unit_test(test_manifest_without_writable_is_unknown),
		cmocka_unit_test(test_manifest_empty_writable_means_none),
		cmocka_unit_test(test_manifest_empty_text),
		cmocka_unit_test(test_manifest_comments_blank_lines_unknown_keys),
		cmocka_unit_test(test_manifest_line_without_colon),
		cmocka_unit_test(test_manifest_bad_euid),
		cmocka_unit_test(test_manifest_euid_bounds),
		cmocka_unit_test(test_manifest_crlf_and_tabs),
		cmocka_unit_test(test_manifest_repeated_keys_last_wins),
		cmocka_unit_test(test_manifest_observed_lines),
		cmocka_unit_test(test_manifest_observed_malformed),
		cmocka_unit_test(test_manifest_old_record_has_no_observations),
	};

	return cmocka_run_group_tests_name("manifest", tests, NULL, NULL);
}
