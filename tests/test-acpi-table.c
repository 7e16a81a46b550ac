/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the common ACPI table header, its checksum and the bounded reads (acpi-table.c).
 */
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

/* A 36-byte header with distinct values in every field; the checksum is made valid. */
static void
make_header(uint8_t *b, const char *sig, uint32_t length)
{
	static const uint8_t tmpl[ACPI_TABLE_HEADER_SIZE] = {
		'X',  'X',  'X',  'X',	0,   0,	  0, 0, /* signature, length */
		0x05, 0x00,				/* revision, checksum */
		'D',  'E',  'L',  'L',	' ', ' ',	/* OEM ID: trailing blanks are kept */
		'C',  'B',  'X',  '3',	0,   0,	  0, 0, /* OEM table ID: stops at the NUL */
		0x78, 0x56, 0x34, 0x12,			/* OEM revision */
		'A',  'M',  'I',  ' ',			/* creator ID */
		0x13, 0x00, 0x00, 0x01,			/* creator revision */
	};

	memcpy(b, tmpl, sizeof(tmpl));
	memcpy(b, sig, 4);
	b[4] = (uint8_t)length;
	b[5] = (uint8_t)(length >> 8);
	b[6] = (uint8_t)(length >> 16);
	b[7] = (uint8_t)(length >> 24);
}

static void
fix_checksum(uint8_t *b, size_t length)
{
	b[9] = 0;
	b[9] = (uint8_t)(0x100 - acpi_checksum(b, length));
}

/* The test tables iasl compiled at build time. */
#define load(name, ret_len)                                                                        \
	tu_load_file(getenv("PMPROBE_ACPI_TEST_DIR") ?: ACPI_TEST_DIR, name, ret_len)

static void
test_acpi_table_read_little_endian(void **state)
{
	static const uint8_t b[] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09};
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;

	(void)state;
	assert_int_equal(acpi_read_u8(b, sizeof(b), 8, &u8), 0);
	assert_int_equal(u8, 0x09);
	assert_int_equal(acpi_read_u16(b, sizeof(b), 1, &u16), 0);
	assert_int_equal(u16, 0x0302);
	assert_int_equal(acpi_read_u32(b, sizeof(b), 5, &u32), 0);
	assert_int_equal(u32, 0x09080706);
	assert_int_equal(acpi_read_u64(b, sizeof(b), 1, &u64), 0);
	assert_true(u64 == 0x0908070605040302ull);
}

static void
test_acpi_table_read_out_of_bounds(void **state)
{
	static const uint8_t b[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
	uint8_t u8 = 0x5A;
	uint16_t u16 = 0x5A5A;
	uint32_t u32 = 0x5A5A5A5A;
	uint64_t u64 = 0x5A5A5A5A5A5A5A5Aull;

	(void)state;
	/* The last byte that fits, then one past it. */
	assert_int_equal(acpi_read_u8(b, sizeof(b), 7, &u8), 0);
	assert_int_equal(acpi_read_u8(b, sizeof(b), 8, &u8), -ENODATA);
	assert_int_equal(acpi_read_u16(b, sizeof(b), 7, &u16), -ENODATA);
	assert_int_equal(acpi_read_u32(b, sizeof(b), 5, &u32), -ENODATA);
	assert_int_equal(acpi_read_u64(b, sizeof(b), 1, &u64), -ENODATA);
	/* Offsets that would wrap around. */
	assert_int_equal(acpi_read_u32(b, sizeof(b), SIZE_MAX, &u32), -ENODATA);
	assert_int_equal(acpi_read_u64(b, sizeof(b), SIZE_MAX - 3, &u64), -ENODATA);
	assert_int_equal(acpi_read_u16(NULL, 0, 0, &u16), -ENODATA);
	/* A failed read leaves the result alone. */
	assert_int_equal(u16, 0x5A5A);
	assert_int_equal(u32, 0x5A5A5A5A);
	assert_true(u64 == 0x5A5A5A5A5A5A5A5Aull);
	assert_int_equal(acpi_read_u64(b, sizeof(b), 0, &u64), 0);
	assert_true(u64 == UINT64_MAX);
}

static void
test_acpi_table_checksum_sums_mod_256(void **state)
{
	uint8_t b[300] = {0};

	(void)state;
	assert_int_equal(acpi_checksum(b, 0), 0);
	memset(b, 0xFF, sizeof(b));
	assert_int_equal(acpi_checksum(b, 1), 0xFF);
	assert_int_equal(acpi_checksum(b, 2), 0xFE);
	assert_int_equal(acpi_checksum(b, 256), 0x00);
	assert_int_equal(acpi_checksum(b, 300), (uint8_t)(300 * 0xFF));
}

static void
test_acpi_table_header_fields(void **state)
{
	struct acpi_table_header h;
	uint8_t b[64] = {0};

	(void)state;
	make_header(b, "SSDT", sizeof(b));
	fix_checksum(b, sizeof(b));
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_string_equal(h.signature, "SSDT");
	assert_int_equal(h.length, 64);
	assert_int_equal(h.revision, 5);
	assert_int_equal(h.checksum, b[9]);
	assert_true(h.checksum_valid);
	assert_int_equal(h.checksum_expected, b[9]);
	assert_string_equal(h.oem_id, "DELL  ");
	assert_string_equal(h.oem_table_id, "CBX3");
	assert_int_equal(h.oem_revision, 0x12345678);
	assert_string_equal(h.creator_id, "AMI ");
	assert_int_equal(h.creator_revision, 0x01000013);
}

static void
test_acpi_table_header_full_width_ids(void **state)
{
	struct acpi_table_header h;
	uint8_t b[ACPI_TABLE_HEADER_SIZE];

	(void)state;
	make_header(b, "FACP", sizeof(b));
	memcpy(b + 10, "ABCDEF", 6);
	memcpy(b + 16, "12345678", 8);
	memcpy(b + 28, "WXYZ", 4);
	fix_checksum(b, sizeof(b));
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_string_equal(h.oem_id, "ABCDEF");
	assert_string_equal(h.oem_table_id, "12345678");
	assert_string_equal(h.creator_id, "WXYZ");
	/* An all-NUL creator ID (HP Compaq firmware) is the empty string. */
	memset(b + 28, 0, 4);
	fix_checksum(b, sizeof(b));
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_string_equal(h.creator_id, "");
}

static void
test_acpi_table_header_bad_checksum(void **state)
{
	struct acpi_table_header h;
	uint8_t b[100] = {0};
	uint8_t good;

	(void)state;
	make_header(b, "DSDT", sizeof(b));
	fix_checksum(b, sizeof(b));
	good = b[9];
	b[50] = 0x11; /* a byte changed after the checksum was made */
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_false(h.checksum_valid);
	assert_int_equal(h.checksum, good);
	assert_int_equal(h.checksum_expected, (uint8_t)(good - 0x11));
	/* Putting the expected byte in place makes it valid. */
	b[9] = h.checksum_expected;
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_true(h.checksum_valid);
}

static void
test_acpi_table_header_short_buffer(void **state)
{
	struct acpi_table_header h = {.length = 0xDEAD};
	uint8_t b[ACPI_TABLE_HEADER_SIZE];

	(void)state;
	make_header(b, "DSDT", sizeof(b));
	fix_checksum(b, sizeof(b));
	for (size_t len = 0; len < sizeof(b); len++)
		assert_int_equal(acpi_table_header_parse(b, len, &h), -ENODATA);
	assert_int_equal(h.length, 0xDEAD);
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_int_equal(h.length, ACPI_TABLE_HEADER_SIZE);
}

static void
test_acpi_table_header_length_beyond_buffer(void **state)
{
	struct acpi_table_header h = {.length = 0xDEAD};
	uint8_t b[200] = {0};

	(void)state;
	/* The header says 8182 bytes, 8180 were read (a CR LF pair lost in transit). */
	make_header(b, "DSDT", 8182);
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), -ENODATA);
	make_header(b, "DSDT", sizeof(b) + 1);
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), -ENODATA);
	make_header(b, "DSDT", UINT32_MAX);
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), -ENODATA);
	assert_int_equal(h.length, 0xDEAD);
}

static void
test_acpi_table_header_length_below_header(void **state)
{
	struct acpi_table_header h;
	uint8_t b[64] = {0};

	(void)state;
	for (uint32_t length = 0; length < ACPI_TABLE_HEADER_SIZE; length++) {
		make_header(b, "SSDT", length);
		assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), -EBADMSG);
	}
}

static void
test_acpi_table_header_garbage_after_table(void **state)
{
	struct acpi_table_header h;
	uint8_t b[128];

	(void)state;
	memset(b, 0xA5, sizeof(b));
	make_header(b, "SSDT", 48);
	fix_checksum(b, 48);
	/* Only the first 48 bytes count: what follows is not the table's. */
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), &h), 0);
	assert_int_equal(h.length, 48);
	assert_true(h.checksum_valid);
}

static void
test_acpi_table_header_invalid_args(void **state)
{
	struct acpi_table_header h;
	uint8_t b[ACPI_TABLE_HEADER_SIZE] = {0};

	(void)state;
	assert_int_equal(acpi_table_header_parse(NULL, sizeof(b), &h), -EINVAL);
	assert_int_equal(acpi_table_header_parse(b, sizeof(b), NULL), -EINVAL);
}

static void
test_acpi_table_header_compiled_by_iasl(void **state)
{
	struct acpi_table_header h;
	uint8_t *buf;
	size_t len;

	(void)state;
	buf = load("dsdt-sleep.aml", &len);
	assert_int_equal(acpi_table_header_parse(buf, len, &h), 0);
	assert_string_equal(h.signature, "DSDT");
	assert_int_equal(h.length, len);
	assert_int_equal(h.revision, 2);
	assert_true(h.checksum_valid);
	assert_string_equal(h.oem_id, "PMPRB ");
	assert_string_equal(h.oem_table_id, "SLEEP");
	assert_int_equal(h.oem_revision, 1);
	/* One bit flipped anywhere breaks the checksum. */
	buf[len / 2] ^= 0x10;
	assert_int_equal(acpi_table_header_parse(buf, len, &h), 0);
	assert_false(h.checksum_valid);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_acpi_table_read_little_endian),
		cmocka_unit_test(test_acpi_table_read_out_of_bounds),
		cmocka_unit_test(test_acpi_table_checksum_sums_mod_256),
		cmocka_unit_test(test_acpi_table_header_fields),
		cmocka_unit_test(test_acpi_table_header_full_width_ids),
		cmocka_unit_test(test_acpi_table_header_bad_checksum),
		cmocka_unit_test(test_acpi_table_header_short_buffer),
		cmocka_unit_test(test_acpi_table_header_length_beyond_buffer),
		cmocka_unit_test(test_acpi_table_header_length_below_header),
		cmocka_unit_test(test_acpi_table_header_garbage_after_table),
		cmocka_unit_test(test_acpi_table_header_invalid_args),
		cmocka_unit_test(test_acpi_table_header_compiled_by_iasl),
	};

	return cmocka_run_group_tests_name("acpi_table", tests, NULL, NULL);
}
