/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for pmprobe_version() (version.c): the build's version, as MAJOR.MINOR.PATCH. */
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "testutil.h"

static void
test_version_is_the_builds(void **state)
{
	(void)state;
	assert_non_null(pmprobe_version());
	assert_string_equal(pmprobe_version(), PMPROBE_VERSION);
	/* Static: the same string every call, nothing to free. */
	assert_ptr_equal(pmprobe_version(), pmprobe_version());
}

static void
test_version_three_numbers(void **state)
{
	const char *p = pmprobe_version();
	int parts = 0;

	(void)state;
	for (;;) {
		char *end;

		assert_true(*p >= '0' && *p <= '9');
		strtoul(p, &end, 10);
		parts++;
		if (*end == '\0')
			break;
		assert_int_equal(*end, '.');
		p = end + 1;
	}
	assert_int_equal(parts, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_version_is_the_builds),
		cmocka_unit_test(test_version_three_numbers),
	};

	return cmocka_run_group_tests_name("version", tests, NULL, NULL);
}
