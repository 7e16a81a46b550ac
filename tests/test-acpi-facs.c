/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the FACS parser (acpi-facs.c). */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "acpi.h"

#include "testutil.h"

#ifndef ACPI_TEST_DIR
#define ACPI_TEST_DIR "acpi"
#endif

static void
put_u32(uint8_t *b, uint32_t v)
{
	for (unsigned i = 0; i < 4; i++)
		b[i] = (uint8_t)(v >> (8 * i));
}

/* An ACPI 1.0 style FACS: version byte 0, S4BIOS_F only. */
static void
make_facs(uint8_t *b, size_t buflen, uint32_t length)
{
	memset(b, 0, buflen);
	memcpy(b, "FACS", 4);
	put_u32(b + 4, length);
	put_u32(b + 8, 0xCAFE0001);  /* hardware signature */
	put_u32(b + 12, 0x000FF000); /* waking vector */
	put_u32(b + 16, 0x00000002); /* global lock: pending */
	put_u32(b + 20, ACPI_FACS_S4BIOS_F);
}

/* The test tables iasl compiled at build time. */
#define load(name, ret_len)                                                                        \
	tu_load_file(getenv("PMPROBE_ACPI_TEST_DIR") ?: ACPI_TEST_DIR, name, ret_len)

static void
test_acpi_facs_compiled_version2(void **state)
{
	struct acpi_facs f;
	uint8_t *buf;
	size_t len;

	(void)state;
	buf = load("facs.aml", &len);
	assert_int_equal(len, 64);
	assert_int_equal(acpi_facs_parse(buf, len, &f), 0);
	assert_string_equal(f.signature, "FACS");
	assert_int_equal(f.length, 64);
	assert_int_equal(f.hardware_signature, 0x0A1B2C3D);
	assert_int_equal(f.firmware_waking_vector, 0x9F000);
	assert_int_equal(f.flags, ACPI_FACS_S4BIOS_F | ACPI_FACS_64BIT_WAKE_SUPPORTED_F);
	assert_true(f.x_firmware_waking_vector == 0);
	assert_int_equal(f.version, 2);
	assert_int_equal(f.ospm_flags, 0);
	free(buf);
}

static void
test_acpi_facs_version0_s4bios(void **state)
{
	struct acpi_facs f;
	uint8_t b[64];

	(void)state;
	make_facs(b, sizeof(b), sizeof(b));
	assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), 0);
	assert_int_equal(f.version, 0);
	assert_int_equal(f.hardware_signature, 0xCAFE0001);
	assert_int_equal(f.firmware_waking_vector, 0xFF000);
	assert_int_equal(f.global_lock, 2);
	assert_true(f.flags & ACPI_FACS_S4BIOS_F);
	assert_false(f.flags & ACPI_FACS_64BIT_WAKE_SUPPORTED_F);
}

static void
test_acpi_facs_64bit_wake_fields(void **state)
{
	struct acpi_facs f;
	uint8_t b[64];

	(void)state;
	make_facs(b, sizeof(b), sizeof(b));
	put_u32(b + 20, ACPI_FACS_64BIT_WAKE_SUPPORTED_F);
	put_u32(b + 24, 0x89ABCDEF);
	put_u32(b + 28, 0x01234567);
	b[32] = 3;
	put_u32(b + 36, 1); /* OSPM: 64-bit wake environment required */
	assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), 0);
	assert_int_equal(f.flags, ACPI_FACS_64BIT_WAKE_SUPPORTED_F);
	assert_true(f.x_firmware_waking_vector == 0x0123456789ABCDEFull);
	assert_int_equal(f.version, 3);
	assert_int_equal(f.ospm_flags, 1);
}

static void
test_acpi_facs_short_buffer(void **state)
{
	struct acpi_facs f = {.version = 0x5A};
	uint8_t b[64];

	(void)state;
	make_facs(b, sizeof(b), sizeof(b));
	for (size_t len = 0; len < 8; len++)
		assert_int_equal(acpi_facs_parse(b, len, &f), -ENODATA);
	assert_int_equal(f.version, 0x5A);
}

static void
test_acpi_facs_length_below_64(void **state)
{
	struct acpi_facs f;
	uint8_t b[64];

	(void)state;
	for (uint32_t length = 0; length < ACPI_FACS_MIN_LENGTH; length++) {
		make_facs(b, sizeof(b), length);
		assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), -EBADMSG);
	}
}

static void
test_acpi_facs_length_beyond_buffer(void **state)
{
	struct acpi_facs f;
	uint8_t b[64];

	(void)state;
	make_facs(b, sizeof(b), sizeof(b));
	assert_int_equal(acpi_facs_parse(b, 63, &f), -ENODATA);
	assert_int_equal(acpi_facs_parse(b, 32, &f), -ENODATA);
	make_facs(b, sizeof(b), 65);
	assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), -ENODATA);
	make_facs(b, sizeof(b), UINT32_MAX);
	assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), -ENODATA);
}

static void
test_acpi_facs_wrong_signature(void **state)
{
	struct acpi_facs f;
	uint8_t b[64];

	(void)state;
	make_facs(b, sizeof(b), sizeof(b));
	memcpy(b, "FACP", 4);
	assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), -ENOMSG);
	assert_int_equal(acpi_facs_parse(NULL, sizeof(b), &f), -EINVAL);
	assert_int_equal(acpi_facs_parse(b, sizeof(b), NULL), -EINVAL);
}

static void
test_acpi_facs_longer_table_and_garbage(void **state)
{
	struct acpi_facs f;
	uint8_t b[256];

	(void)state;
	/* A 128-byte FACS (allowed: the spec sets a minimum) followed by unrelated bytes. */
	memset(b, 0xEE, sizeof(b));
	make_facs(b, 128, 128);
	assert_int_equal(acpi_facs_parse(b, sizeof(b), &f), 0);
	assert_int_equal(f.length, 128);
	assert_int_equal(f.flags, ACPI_FACS_S4BIOS_F);
	/* Garbage after the signature and length: read as it is, never beyond the length. */
	srand(7);
	for (int round = 0; round < 100; round++) {
		for (size_t i = 8; i < sizeof(b); i++)
			b[i] = (uint8_t)rand();
		assert_int_equal(acpi_facs_parse(b, 128, &f), 0);
		assert_int_equal(f.hardware_signature,
				 b[8] | b[9] << 8 | b[10] << 16 | (uint32_t)b[11] << 24);
		assert_int_equal(f.version, b[32]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_acpi_facs_compiled_version2),
		cmocka_unit_test(test_acpi_facs_version0_s4bios),
		cmocka_unit_test(test_acpi_facs_64bit_wake_fields),
		cmocka_unit_test(test_acpi_facs_short_buffer),
		cmocka_unit_test(test_acpi_facs_length_below_64),
		cmocka_unit_test(test_acpi_facs_length_beyond_buffer),
		cmocka_unit_test(test_acpi_facs_wrong_signature),
		cmocka_unit_test(test_acpi_facs_longer_table_and_garbage),
	};

	return cmocka_run_group_tests_name("acpi_facs", tests, NULL, NULL);
}
