/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for format-xml-loader.c: libxml2 resolved on demand, -ENOTSUP when it is not. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "format-xml-loader.h"
#include "testutil.h"

static void
assert_zeroed(const struct xml_api *api)
{
	static const struct xml_api zero;

	assert_memory_equal(api, &zero, sizeof(zero));
}

static void
test_format_xml_loader_libxml2(void **state)
{
	struct xml_api api;

	(void)state;
	assert_int_equal(xml_api_open(&api), 0);
	assert_non_null(api.handle);
#define ASSERT_RESOLVED(name) assert_non_null(api.name);
	XML_API_FUNCTIONS(ASSERT_RESOLVED)
#undef ASSERT_RESOLVED
	xml_api_close(&api);
	assert_zeroed(&api);
	xml_api_close(&api); /* closing twice is harmless */
	assert_zeroed(&api);
}

static void
test_format_xml_loader_missing_library(void **state)
{
	struct xml_api api;

	(void)state;
	memset(&api, 0xff, sizeof(api));
	assert_int_equal(xml_api_open_library(&api, "libpmprobe-test-no-such-library.so.0"),
			 -ENOTSUP);
	assert_zeroed(&api);
}

/* A library that loads but is not libxml2: every function missing, nothing kept open. */
static void
test_format_xml_loader_missing_functions(void **state)
{
	struct xml_api api;

	(void)state;
	assert_int_equal(xml_api_open_library(&api, "libc.so.6"), -ENOTSUP);
	assert_zeroed(&api);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_xml_loader_libxml2),
		cmocka_unit_test(test_format_xml_loader_missing_library),
		cmocka_unit_test(test_format_xml_loader_missing_functions),
	};

	return cmocka_run_group_tests_name("format-xml-loader", tests, NULL, NULL);
}
