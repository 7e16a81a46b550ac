/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the registry of path kinds and the check of names below them (paths.c). */
#include <string.h>

#include "paths.h"
#include "testutil.h"

static void
test_paths_kind_dirs(void **state)
{
	(void)state;
	assert_string_equal(path_kind_dir(PATH_SYS_POWER), "sys/power");
	assert_string_equal(path_kind_dir(PATH_PROC), "proc");
	assert_string_equal(path_kind_dir(PATH_SECURITY), "sys/kernel/security");
	assert_string_equal(path_kind_dir(PATH_CLASS_RTC), "sys/class/rtc");
	assert_string_equal(path_kind_dir(PATH_CLASS_BLOCK), "sys/class/block");
	assert_string_equal(path_kind_dir(PATH_ACPI_TABLES), "sys/firmware/acpi/tables");
}

static void
test_paths_every_kind_relative(void **state)
{
	(void)state;
	for (int k = 0; k < _PATH_KIND_MAX; k++) {
		const char *d = path_kind_dir((enum path_kind)k);
		size_t len;

		assert_non_null(d);
		len = strlen(d);
		assert_true(len > 0);
		assert_true(d[0] != '/');
		assert_true(d[len - 1] != '/');
		/* A kind's directory is itself a valid relative name. */
		assert_true(path_name_is_valid(d));
		for (int j = 0; j < k; j++)
			assert_string_not_equal(d, path_kind_dir((enum path_kind)j));
	}
}

static void
test_paths_kind_out_of_range(void **state)
{
	(void)state;
	assert_null(path_kind_dir(_PATH_KIND_MAX));
	assert_null(path_kind_dir((enum path_kind)(_PATH_KIND_MAX + 7)));
	assert_null(path_kind_dir((enum path_kind)(-1)));
}

static void
test_paths_kind_is_sysfs(void **state)
{
	(void)state;
	assert_true(path_kind_is_sysfs(PATH_SYS_POWER));
	assert_true(path_kind_is_sysfs(PATH_CLASS_RTC));
	assert_true(path_kind_is_sysfs(PATH_CLASS_BLOCK));
	/* /proc is not sysfs; ACPI tables are binary and read raw, never through libudev. */
	assert_false(path_kind_is_sysfs(PATH_PROC));
	assert_false(path_kind_is_sysfs(PATH_ACPI_TABLES));
	assert_false(
		path_kind_is_sysfs(PATH_SECURITY)); /* securityfs: libudev has no device there */
}

static void
test_paths_valid_names(void **state)
{
	static const char *const valid[] = {
		"state", "rtc0/wakealarm", "dm-1/dm/name", "a..b", "...", ".hidden", "x.", "a b",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(valid) / sizeof(valid[0]); i++)
		if (!path_name_is_valid(valid[i]))
			fail_msg("'%s' should be valid", valid[i]);
}

static void
test_paths_invalid_names(void **state)
{
	static const char *const invalid[] = {
		"",	  "/",	  "/state", "state/",  "a//b",	"..",  "../state",
		"a/../b", "a/..", ".",	    "./state", "a/./b", "a/.",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
		if (path_name_is_valid(invalid[i]))
			fail_msg("'%s' should be invalid", invalid[i]);
}

static void
test_paths_name_length_limit(void **state)
{
	char name[300];

	(void)state;
	memset(name, 'a', sizeof(name));
	name[255] = '\0';
	assert_true(path_name_is_valid(name));
	name[255] = 'a';
	name[256] = '\0';
	assert_false(path_name_is_valid(name));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paths_kind_dirs),
		cmocka_unit_test(test_paths_every_kind_relative),
		cmocka_unit_test(test_paths_kind_out_of_range),
		cmocka_unit_test(test_paths_kind_is_sysfs),
		cmocka_unit_test(test_paths_valid_names),
		cmocka_unit_test(test_paths_invalid_names),
		cmocka_unit_test(test_paths_name_length_limit),
	};

	return cmocka_run_group_tests_name("paths", tests, NULL, NULL);
}
