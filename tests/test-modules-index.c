/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the parser of depmod's text module lists (modules.dep, modules.builtin). */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "modules-index.h"

static int
has(const char *text, enum modules_list kind, const char *name)
{
	return modules_list_has(text, strlen(text), kind, name);
}

static void
test_modules_index_dep(void **state)
{
	static const char dep[] =
		"kernel/drivers/platform/x86/amd/pmc/amd-pmc.ko.xz: kernel/a/b.ko.xz\n"
		"kernel/drivers/net/e1000e/e1000e.ko:\n"
		"/lib/modules/6.1.0/extra/vbox_drv.ko.zst:\n"
		"updates/dkms/nvidia.ko\n"; /* no colon: names no module */

	(void)state;
	assert_int_equal(has(dep, MODULES_DEP, "amd_pmc"), 1);
	assert_int_equal(has(dep, MODULES_DEP, "amd-pmc"), 1);
	assert_int_equal(has(dep, MODULES_DEP, "e1000e"), 1);
	assert_int_equal(has(dep, MODULES_DEP, "vbox_drv"), 1);
	assert_int_equal(has(dep, MODULES_DEP, "vbox-drv"), 1);
	/* A dependency is not the module of its line; a line without a colon is none. */
	assert_int_equal(has(dep, MODULES_DEP, "b"), 0);
	assert_int_equal(has(dep, MODULES_DEP, "nvidia"), 0);
	/* Neither a prefix nor an extension of a name matches. */
	assert_int_equal(has(dep, MODULES_DEP, "amd_pm"), 0);
	assert_int_equal(has(dep, MODULES_DEP, "amd_pmc2"), 0);
	assert_int_equal(has(dep, MODULES_DEP, "e1000"), 0);
}

static void
test_modules_index_builtin(void **state)
{
	static const char builtin[] = "kernel/drivers/platform/x86/intel/pmc/intel_pmc_core.ko\n"
				      "kernel/fs/ext4/ext4.ko\n"
				      "kernel/drivers/a.b/crc-t10dif.ko";

	(void)state;
	assert_int_equal(has(builtin, MODULES_BUILTIN, "intel_pmc_core"), 1);
	assert_int_equal(has(builtin, MODULES_BUILTIN, "ext4"), 1);
	/* The last line without its newline; a dot in a directory is not the extension. */
	assert_int_equal(has(builtin, MODULES_BUILTIN, "crc_t10dif"), 1);
	assert_int_equal(has(builtin, MODULES_BUILTIN, "b"), 0);
	assert_int_equal(has(builtin, MODULES_BUILTIN, "amd_pmc"), 0);
	/* The same text as modules.dep: no line has a colon, so no module file. */
	assert_int_equal(has(builtin, MODULES_DEP, "ext4"), 0);
}

static void
test_modules_index_empty(void **state)
{
	(void)state;
	assert_int_equal(modules_list_has("", 0, MODULES_DEP, "amd_pmc"), 0);
	assert_int_equal(modules_list_has(NULL, 0, MODULES_BUILTIN, "amd_pmc"), 0);
	assert_int_equal(has("\n\n\n", MODULES_BUILTIN, "amd_pmc"), 0);
	assert_int_equal(has(":\n:::\n", MODULES_DEP, "amd_pmc"), 0);
	assert_int_equal(has("/\n/:\n", MODULES_DEP, "amd_pmc"), 0);
}

/* Bytes no depmod writes: NULs, no newline at all, a megabyte line; nothing reads past @len. */
static void
test_modules_index_hostile(void **state)
{
	static const char nul[] = "kernel/x/amd_pmc\0.ko:\nkernel/y/amd_pmc.ko:\n";
	static char big[1 << 20];

	(void)state;
	assert_int_equal(modules_list_has(nul, 16, MODULES_DEP, "amd_pmc"), 0);
	assert_int_equal(modules_list_has(nul, sizeof(nul) - 1, MODULES_DEP, "amd_pmc"), 1);
	/* A NUL inside the name part does not end it. */
	assert_int_equal(modules_list_has("a/amd\0pmc.ko:", 13, MODULES_DEP, "amd"), 0);
	/* The list ends in the middle of the matching line: the bytes before it decide. */
	assert_int_equal(modules_list_has("k/amd_pmc.ko:", 9, MODULES_DEP, "amd_pmc"), 0);
	assert_int_equal(modules_list_has("k/amd_pmc.ko", 9, MODULES_BUILTIN, "amd_pmc"), 1);
	memset(big, '/', sizeof(big));
	assert_int_equal(modules_list_has(big, sizeof(big), MODULES_BUILTIN, "amd_pmc"), 0);
	memcpy(big + sizeof(big) - 11, "amd_pmc.ko", 10);
	big[sizeof(big) - 1] = ':';
	assert_int_equal(modules_list_has(big, sizeof(big), MODULES_DEP, "amd_pmc"), 1);
}

static void
test_modules_index_bad_name(void **state)
{
	static const char dep[] = "a/.ko:\na/x y.ko:\n";

	(void)state;
	assert_int_equal(has(dep, MODULES_DEP, ""), -EINVAL);
	assert_int_equal(has(dep, MODULES_DEP, "x y"), -EINVAL);
	assert_int_equal(has(dep, MODULES_DEP, "a/x"), -EINVAL);
	assert_int_equal(has(dep, MODULES_DEP, "x.ko"), -EINVAL);
	assert_int_equal(
		has(dep, MODULES_DEP, "a_name_of_fifty_six_bytes_which_no_kernel_module_can_hav"),
		-EINVAL);
	assert_int_equal(
		has("k/a_name_of_fifty_five_bytes_which_a_kernel_module_may_ha.ko:", MODULES_DEP,
		    "a_name_of_fifty_five_bytes_which_a_kernel_module_may_ha"),
		1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_modules_index_dep),
		cmocka_unit_test(test_modules_index_builtin),
		cmocka_unit_test(test_modules_index_empty),
		cmocka_unit_test(test_modules_index_hostile),
		cmocka_unit_test(test_modules_index_bad_name),
	};

	return cmocka_run_group_tests_name("modules-index", tests, NULL, NULL);
}
