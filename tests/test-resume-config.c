/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the resume evidence parsers (resume-config.c). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "resume-config.h"
#include "testutil.h"

static void
expect_resume(const char *text, int r, const char *value)
{
	char *got = NULL;

	assert_int_equal(initramfs_conf_resume(text, &got), r);
	if (value)
		assert_string_equal(got, value);
	else
		assert_null(got);
	free(got);
}

static void
test_resume_config_initramfs(void **state)
{
	(void)state;
	expect_resume("RESUME=UUID=7d1c0e2a-2f3b\n", 1, "UUID=7d1c0e2a-2f3b");
	expect_resume("MODULES=most\nRESUME=none\n", 1, "none");
	/* The last assignment wins, as the shell's; comments and other names do not count. */
	expect_resume("RESUME=/dev/sda2\n# RESUME=none\nRESUME=\"/dev/sda3\" # swap\n", 1,
		      "/dev/sda3");
	expect_resume("  export RESUME='LABEL=my swap'\n", 1, "LABEL=my swap");
	expect_resume("RESUME=\n", 1, "");
	expect_resume("XRESUME=/dev/sda2\nRESUME_OFFSET=0\n#RESUME=/dev/sda1\n", 0, NULL);
	expect_resume("", 0, NULL);
}

static void
test_resume_config_initramfs_hostile(void **state)
{
	char *text = malloc(400);

	(void)state;
	assert_non_null(text);
	strcpy(text, "RESUME=");
	memset(text + 7, 'a', 300);
	text[307] = '\0';
	expect_resume(text, -EBADMSG, NULL);
	/* An unterminated quote runs to the line's end. */
	expect_resume("RESUME=\"/dev/sda2\nMODULES=most\n", 1, "/dev/sda2");
	free(text);
}

static void
test_resume_config_mkinitcpio(void **state)
{
	(void)state;
	assert_int_equal(mkinitcpio_hooks_systemd("HOOKS=(base systemd autodetect block)\n"), 1);
	assert_int_equal(mkinitcpio_hooks_systemd("HOOKS=(base udev autodetect resume)\n"), 0);
	/* The last HOOKS= counts; sd-vconsole is not systemd; comments are not hooks. */
	assert_int_equal(mkinitcpio_hooks_systemd("HOOKS=(base systemd)\n"
						  "#HOOKS=(base systemd)\n"
						  "HOOKS=(base udev sd-vconsole)\n"),
			 0);
	assert_int_equal(mkinitcpio_hooks_systemd("HOOKS=\"base udev\"\n"), 0);
	assert_int_equal(mkinitcpio_hooks_systemd("MODULES=()\n"), -EBADMSG);
	assert_int_equal(mkinitcpio_hooks_systemd("HOOKS=(base systemd"), 1);
}

static void
test_resume_config_systemd_version(void **state)
{
	(void)state;
	assert_int_equal(systemd_version_from_name("libsystemd-shared-252.so"), 252);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-255.14-1.fc40.so"), 255);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-256.7-1-arch.so"), 256);
	assert_int_equal(systemd_version_from_name("libsystemd-core-255.so"), 0);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-.so"), 0);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-0255.so"), 0);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-255x.so"), 0);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-255.so.1"), 0);
	assert_int_equal(systemd_version_from_name("libsystemd-shared-99999999999.so"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resume_config_initramfs),
		cmocka_unit_test(test_resume_config_initramfs_hostile),
		cmocka_unit_test(test_resume_config_mkinitcpio),
		cmocka_unit_test(test_resume_config_systemd_version),
	};

	return cmocka_run_group_tests_name("resume-config", tests, NULL, NULL);
}
