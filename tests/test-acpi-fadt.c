/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the FADT parser (acpi-fadt.c): every revision and length, absent fields, names. */
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

#define F(x) (1u << ACPI_FADT_##x)

/* Where each field lives, written down again from the ACPI spec (table 5.9) for the tests. */
static const struct {
	enum acpi_fadt_field field;
	unsigned offset, size;
} layout[] = {
	{ACPI_FADT_FIRMWARE_CTRL, 0x24, 4},
	{ACPI_FADT_DSDT, 0x28, 4},
	{ACPI_FADT_PM_PROFILE, 0x2D, 1},
	{ACPI_FADT_SCI_INT, 0x2E, 2},
	{ACPI_FADT_SMI_CMD, 0x30, 4},
	{ACPI_FADT_ACPI_ENABLE, 0x34, 1},
	{ACPI_FADT_PM1A_EVT_BLK, 0x38, 4},
	{ACPI_FADT_PM1A_CNT_BLK, 0x40, 4},
	{ACPI_FADT_PM1B_CNT_BLK, 0x44, 4},
	{ACPI_FADT_PM1_CNT_LEN, 0x59, 1},
	{ACPI_FADT_BOOT_ARCH, 0x6D, 2},
	{ACPI_FADT_FLAGS, 0x70, 4},
	{ACPI_FADT_RESET_REG, 0x74, 12},
	{ACPI_FADT_RESET_VALUE, 0x80, 1},
	{ACPI_FADT_ARM_BOOT_ARCH, 0x81, 2},
	{ACPI_FADT_MINOR_REVISION, 0x83, 1},
	{ACPI_FADT_X_FIRMWARE_CTRL, 0x84, 8},
	{ACPI_FADT_X_DSDT, 0x8C, 8},
	{ACPI_FADT_X_PM1A_CNT_BLK, 0xAC, 12},
	{ACPI_FADT_X_PM1B_CNT_BLK, 0xB8, 12},
	{ACPI_FADT_SLEEP_CONTROL_REG, 0xF4, 12},
	{ACPI_FADT_SLEEP_STATUS_REG, 0x100, 12},
	{ACPI_FADT_HYPERVISOR_ID, 0x10C, 8},
};

static uint64_t
le(const uint8_t *b, unsigned size)
{
	uint64_t v = 0;

	for (unsigned i = size; i-- > 0;)
		v = v << 8 | b[i];
	return v;
}

static uint8_t
pattern(size_t i)
{
	return (uint8_t)(i * 7 + 3);
}

/* A FADT of @length bytes whose bytes after the header follow pattern(), in a buffer of
 * @buflen >= length bytes; the bytes past @length are 0xEE. */
static void
make_fadt(uint8_t *b, size_t buflen, uint32_t length, uint8_t revision)
{
	memset(b, 0xEE, buflen);
	for (size_t i = ACPI_TABLE_HEADER_SIZE; i < length; i++)
		b[i] = pattern(i);
	memcpy(b, "FACP", 4);
	b[4] = (uint8_t)length;
	b[5] = (uint8_t)(length >> 8);
	b[6] = (uint8_t)(length >> 16);
	b[7] = (uint8_t)(length >> 24);
	b[8] = revision;
	memcpy(b + 10, "PMPRB ", 6);
	memcpy(b + 16, "FADTTEST", 8);
	memset(b + 24, 0, 4);
	memcpy(b + 28, "PMPB", 4);
	memset(b + 32, 0, 4);
	b[9] = 0;
	b[9] = (uint8_t)(0x100 - acpi_checksum(b, length));
}

static uint64_t
field_value(const struct acpi_fadt *f, enum acpi_fadt_field field)
{
	switch (field) {
	case ACPI_FADT_FIRMWARE_CTRL:
		return f->firmware_ctrl;
	case ACPI_FADT_DSDT:
		return f->dsdt;
	case ACPI_FADT_PM_PROFILE:
		return f->pm_profile;
	case ACPI_FADT_SCI_INT:
		return f->sci_int;
	case ACPI_FADT_SMI_CMD:
		return f->smi_cmd;
	case ACPI_FADT_ACPI_ENABLE:
		return f->acpi_enable;
	case ACPI_FADT_PM1A_EVT_BLK:
		return f->pm1a_evt_blk;
	case ACPI_FADT_PM1A_CNT_BLK:
		return f->pm1a_cnt_blk;
	case ACPI_FADT_PM1B_CNT_BLK:
		return f->pm1b_cnt_blk;
	case ACPI_FADT_PM1_CNT_LEN:
		return f->pm1_cnt_len;
	case ACPI_FADT_BOOT_ARCH:
		return f->boot_arch;
	case ACPI_FADT_FLAGS:
		return f->flags;
	case ACPI_FADT_RESET_VALUE:
		return f->reset_value;
	case ACPI_FADT_ARM_BOOT_ARCH:
		return f->arm_boot_arch;
	case ACPI_FADT_MINOR_REVISION:
		return f->minor_revision;
	case ACPI_FADT_X_FIRMWARE_CTRL:
		return f->x_firmware_ctrl;
	case ACPI_FADT_X_DSDT:
		return f->x_dsdt;
	case ACPI_FADT_HYPERVISOR_ID:
		return f->hypervisor_id;
	default:
		return 0;
	}
}

static const struct acpi_gas *
field_gas(const struct acpi_fadt *f, enum acpi_fadt_field field)
{
	switch (field) {
	case ACPI_FADT_RESET_REG:
		return &f->reset_reg;
	case ACPI_FADT_X_PM1A_CNT_BLK:
		return &f->x_pm1a_cnt_blk;
	case ACPI_FADT_X_PM1B_CNT_BLK:
		return &f->x_pm1b_cnt_blk;
	case ACPI_FADT_SLEEP_CONTROL_REG:
		return &f->sleep_control_reg;
	case ACPI_FADT_SLEEP_STATUS_REG:
		return &f->sleep_status_reg;
	default:
		return NULL;
	}
}

/* Every field is present exactly when it lies within the length (the ARM flags and the minor
 * revision only past 132 bytes), and then holds the table's bytes. */
static void
check_layout(const uint8_t *b, uint32_t length)
{
	struct acpi_fadt f;

	assert_int_equal(acpi_fadt_parse(b, length + 16, &f), 0);
	assert_int_equal(f.header.length, length);
	assert_true(f.header.checksum_valid);
	for (size_t i = 0; i < sizeof(layout) / sizeof(layout[0]); i++) {
		enum acpi_fadt_field field = layout[i].field;
		bool want = layout[i].offset + layout[i].size <= length;
		const struct acpi_gas *g = field_gas(&f, field);
		const uint8_t *at = b + layout[i].offset;

		if (field == ACPI_FADT_ARM_BOOT_ARCH || field == ACPI_FADT_MINOR_REVISION)
			want = want && length > 132;
		if (acpi_fadt_has(&f, field) != want)
			fail_msg("length %u: field %d (offset 0x%x) %s", length, field,
				 layout[i].offset, want ? "missing" : "present past the length");
		if (!want)
			continue;
		if (g) {
			assert_int_equal(g->space_id, at[0]);
			assert_int_equal(g->bit_width, at[1]);
			assert_int_equal(g->bit_offset, at[2]);
			assert_int_equal(g->access_width, at[3]);
			assert_true(g->address == le(at + 4, 8));
		} else
			assert_true(field_value(&f, field) == le(at, layout[i].size));
	}
}

/* The test tables iasl compiled at build time. */
#define load(name, ret_len)                                                                        \
	tu_load_file(getenv("PMPROBE_ACPI_TEST_DIR") ?: ACPI_TEST_DIR, name, ret_len)

static void
parse_compiled(const char *name, struct acpi_fadt *ret)
{
	size_t len;
	uint8_t *buf = load(name, &len);

	assert_int_equal(acpi_fadt_parse(buf, len, ret), 0);
	assert_int_equal(ret->header.length, len);
	assert_true(ret->header.checksum_valid);
	assert_string_equal(ret->header.signature, "FACP");
	assert_string_equal(ret->header.oem_id, "PMPRB ");
	free(buf);
}

/* The fields a table of each length in the wild has (checked beside their values below). */
#define FIELDS_V1                                                                                  \
	(F(FIRMWARE_CTRL) | F(DSDT) | F(PM_PROFILE) | F(SCI_INT) | F(SMI_CMD) | F(ACPI_ENABLE) |   \
	 F(PM1A_EVT_BLK) | F(PM1A_CNT_BLK) | F(PM1B_CNT_BLK) | F(PM1_CNT_LEN) | F(BOOT_ARCH) |     \
	 F(FLAGS))
#define FIELDS_V2 (FIELDS_V1 | F(RESET_REG) | F(RESET_VALUE))
#define FIELDS_V3                                                                                  \
	(FIELDS_V2 | F(ARM_BOOT_ARCH) | F(MINOR_REVISION) | F(X_FIRMWARE_CTRL) | F(X_DSDT) |       \
	 F(X_PM1A_CNT_BLK) | F(X_PM1B_CNT_BLK))
#define FIELDS_V5 (FIELDS_V3 | F(SLEEP_CONTROL_REG) | F(SLEEP_STATUS_REG))
#define FIELDS_V6 (FIELDS_V5 | F(HYPERVISOR_ID))

static void
test_acpi_fadt_rev1_116_bytes(void **state)
{
	struct acpi_fadt f;

	(void)state;
	parse_compiled("facp-rev1.aml", &f);
	assert_int_equal(f.header.length, 116);
	assert_int_equal(f.header.revision, 1);
	assert_string_equal(f.header.oem_table_id, "FADTREV1");
	assert_int_equal(f.present, FIELDS_V1);
	assert_int_equal(f.pm_profile, 1);
	assert_string_equal(acpi_pm_profile_name(f.pm_profile), "Desktop");
	assert_int_equal(f.sci_int, 9);
	assert_int_equal(f.smi_cmd, 0xB2);
	assert_int_equal(f.acpi_enable, 0xA0);
	assert_int_equal(f.pm1a_evt_blk, 0x1800);
	assert_int_equal(f.pm1a_cnt_blk, 0x1804);
	assert_int_equal(f.pm1_cnt_len, 2);
	assert_int_equal(f.flags, 0x1AD);
	assert_int_equal(f.boot_arch, 0);
	assert_int_equal(f.firmware_ctrl, 0xAFDF0000);
	assert_int_equal(f.dsdt, 0xAFDF1100);
	assert_true(acpi_fadt_facs_address(&f) == 0xAFDF0000);
	assert_true(acpi_fadt_dsdt_address(&f) == 0xAFDF1100);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_RTC_S4), 1);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE), 0);
}

static void
test_acpi_fadt_rev2_132_bytes(void **state)
{
	struct acpi_fadt f;

	(void)state;
	parse_compiled("facp-rev2.aml", &f);
	assert_int_equal(f.header.length, 132);
	assert_int_equal(f.header.revision, 2);
	/* Bytes 129..131 are reserved in this layout: no ARM flags, no minor revision. */
	assert_int_equal(f.present, FIELDS_V2);
	assert_int_equal(f.pm_profile, 2);
	assert_int_equal(f.flags, 0x86A5);
	assert_int_equal(f.boot_arch, 0x3);
	assert_int_equal(f.reset_reg.space_id, 1);
	assert_int_equal(f.reset_reg.bit_width, 8);
	assert_true(f.reset_reg.address == 0xB2);
	assert_int_equal(f.reset_value, 0xFE);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_RESET_REG_SUP), 1);
}

static void
test_acpi_fadt_rev3_244_bytes(void **state)
{
	struct acpi_fadt f;

	(void)state;
	parse_compiled("facp-rev3.aml", &f);
	assert_int_equal(f.header.length, 244);
	assert_int_equal(f.header.revision, 3);
	assert_int_equal(f.present, FIELDS_V3);
	assert_int_equal(f.pm_profile, 1);
	assert_int_equal(f.flags, 0x2A5);
	assert_int_equal(f.minor_revision, 0);
	assert_int_equal(f.arm_boot_arch, 0);
	assert_true(f.x_firmware_ctrl == 0x7F6E2FC0);
	assert_true(f.x_dsdt == 0x7F6D645C);
	assert_int_equal(f.x_pm1a_cnt_blk.space_id, 1);
	assert_int_equal(f.x_pm1a_cnt_blk.bit_width, 16);
	assert_false(acpi_fadt_has(&f, ACPI_FADT_SLEEP_CONTROL_REG));
}

static void
test_acpi_fadt_rev4_244_bytes(void **state)
{
	struct acpi_fadt f;

	(void)state;
	parse_compiled("facp-rev4.aml", &f);
	assert_int_equal(f.header.length, 244);
	assert_int_equal(f.header.revision, 4);
	assert_int_equal(f.present, FIELDS_V3);
	assert_string_equal(acpi_pm_profile_name(f.pm_profile), "Workstation");
	assert_int_equal(f.flags, 0x386A5);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_S4_RTC_STS_VALID), 1);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_REMOTE_POWER_ON_CAPABLE), 1);
	assert_int_equal(f.boot_arch, 0x13);
	assert_true(f.boot_arch & (1u << ACPI_FADT_BOOT_PCIE_ASPM_CONTROLS));
	assert_true(acpi_fadt_facs_address(&f) == 0xA6FBB000);
}

static void
test_acpi_fadt_rev5_268_bytes(void **state)
{
	struct acpi_fadt f;

	(void)state;
	parse_compiled("facp-rev5.aml", &f);
	assert_int_equal(f.header.length, 268);
	assert_int_equal(f.header.revision, 5);
	assert_int_equal(f.present, FIELDS_V5);
	assert_string_equal(acpi_pm_profile_name(f.pm_profile), "Mobile");
	assert_int_equal(f.flags, 0x2084A5);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE), 1);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_HW_REDUCED_ACPI), 0);
	assert_int_equal(f.minor_revision, 1);
	assert_int_equal(f.sleep_control_reg.space_id, 1);
	assert_int_equal(f.sleep_control_reg.bit_width, 8);
	assert_int_equal(f.sleep_control_reg.access_width, 1);
	assert_true(f.sleep_control_reg.address == 0x1805);
	assert_true(f.sleep_status_reg.address == 0x1801);
	/* The hypervisor id is absent, not zero. */
	assert_false(acpi_fadt_has(&f, ACPI_FADT_HYPERVISOR_ID));
}

static void
test_acpi_fadt_rev6_276_bytes(void **state)
{
	struct acpi_fadt f;

	(void)state;
	parse_compiled("facp-rev6.aml", &f);
	assert_int_equal(f.header.length, 276);
	assert_int_equal(f.header.revision, 6);
	assert_int_equal(f.present, FIELDS_V6);
	assert_int_equal(f.pm_profile, 8);
	assert_string_equal(acpi_pm_profile_name(f.pm_profile), "Tablet");
	assert_int_equal(f.flags, 0x3084A5);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_HW_REDUCED_ACPI), 1);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE), 1);
	assert_int_equal(f.arm_boot_arch, 1u << ACPI_FADT_ARM_PSCI_COMPLIANT);
	assert_int_equal(f.minor_revision, 3);
	assert_true(f.hypervisor_id == 0x4D564B4D);
	assert_true(f.reset_reg.address == 0xCF9);
	assert_int_equal(f.reset_value, 6);
	assert_true(f.sleep_status_reg.address == 0x1801);
	/* X_FIRMWARE_CTRL is zero: the 32-bit FACS address is the one; X_DSDT wins over DSDT. */
	assert_true(f.x_firmware_ctrl == 0);
	assert_true(acpi_fadt_facs_address(&f) == 0x7FBDA000);
	assert_true(acpi_fadt_dsdt_address(&f) == 0xBFCA1000);
}

static void
test_acpi_fadt_lengths_in_the_wild(void **state)
{
	/* Lengths real firmware ships, with the revisions they come with and what they hold. */
	static const struct {
		uint32_t length;
		uint8_t revision;
		uint32_t present;
	} cases[] = {
		{116, 1, FIELDS_V1}, /* ACPI 1.0 */
		{129, 2, FIELDS_V2}, /* reset register and value, no reserved tail */
		{132, 1, FIELDS_V2}, /* revision 1 with the 1.0b extension */
		{132, 2, FIELDS_V2}, {244, 3, FIELDS_V3}, /* ACPI 2.0 - 4.0 */
		{244, 5, FIELDS_V3},			  /* revision 5 in a 244-byte table */
		{268, 5, FIELDS_V5},			  /* ACPI 5.x */
		{268, 6, FIELDS_V5},			  /* revision 6 without the hypervisor id */
		{276, 5, FIELDS_V6},			  /* revision 5 of full length (arm64) */
		{276, 6, FIELDS_V6},			  /* ACPI 6.x */
	};
	uint8_t b[512];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct acpi_fadt f;

		make_fadt(b, sizeof(b), cases[i].length, cases[i].revision);
		assert_int_equal(acpi_fadt_parse(b, cases[i].length, &f), 0);
		assert_int_equal(f.header.revision, cases[i].revision);
		if (f.present != cases[i].present)
			fail_msg("length %u revision %u: present 0x%x, want 0x%x", cases[i].length,
				 cases[i].revision, f.present, cases[i].present);
		check_layout(b, cases[i].length);
	}
}

static void
test_acpi_fadt_every_length(void **state)
{
	uint8_t b[512];

	(void)state;
	/* Every length from a bare header to past the end of revision 6: each field is present
	 * exactly when it fits, and reads the table's own bytes. */
	for (uint32_t length = ACPI_TABLE_HEADER_SIZE; length <= 300; length++) {
		make_fadt(b, sizeof(b), length, 6);
		check_layout(b, length);
	}
}

static void
test_acpi_fadt_absent_is_not_zero(void **state)
{
	struct acpi_fadt f;
	uint8_t b[300];

	(void)state;
	/* A 244-byte table in a larger buffer: the bytes after it are 0xEE, not sleep registers. */
	make_fadt(b, sizeof(b), 244, 5);
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), 0);
	assert_false(acpi_fadt_has(&f, ACPI_FADT_SLEEP_CONTROL_REG));
	assert_false(acpi_fadt_has(&f, ACPI_FADT_SLEEP_STATUS_REG));
	assert_int_equal(f.sleep_control_reg.space_id, 0);
	assert_true(f.sleep_control_reg.address == 0);
	/* A 268-byte table whose sleep registers are zero: present, and zero. */
	make_fadt(b, sizeof(b), 268, 5);
	memset(b + 0xF4, 0, 24);
	b[9] = 0;
	b[9] = (uint8_t)(0x100 - acpi_checksum(b, 268));
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), 0);
	assert_true(acpi_fadt_has(&f, ACPI_FADT_SLEEP_CONTROL_REG));
	assert_true(f.sleep_control_reg.address == 0);
	/* A table too short for flags has no flag at all, set or clear. */
	make_fadt(b, sizeof(b), 100, 1);
	assert_int_equal(acpi_fadt_parse(b, 100, &f), 0);
	assert_false(acpi_fadt_has(&f, ACPI_FADT_FLAGS));
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE), -ENODATA);
	assert_true(acpi_fadt_has(&f, ACPI_FADT_PM_PROFILE));
	assert_true(acpi_fadt_facs_address(&f) == f.firmware_ctrl);
}

static void
test_acpi_fadt_bad_checksum(void **state)
{
	struct acpi_fadt f;
	uint8_t b[276], sum;

	(void)state;
	make_fadt(b, sizeof(b), 276, 6);
	b[0x72] ^= 0x20; /* LOW_POWER_S0_IDLE flipped after the checksum was made */
	sum = acpi_checksum(b, sizeof(b));
	assert_int_not_equal(sum, 0);
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), 0);
	assert_false(f.header.checksum_valid);
	assert_int_equal(f.header.checksum, b[9]);
	assert_int_equal(f.header.checksum_expected, (uint8_t)(b[9] - sum));
	/* The fields are still read; the caller decides what a corrupt table is worth. */
	assert_int_equal(f.present, FIELDS_V6);
	assert_true(f.flags == le(b + 0x70, 4));
}

static void
test_acpi_fadt_truncated(void **state)
{
	struct acpi_fadt f = {.flags = 0x5A5A};
	uint8_t b[276];

	(void)state;
	make_fadt(b, sizeof(b), 276, 6);
	/* Fewer bytes read than the header says: no table at all, rather than half of one. */
	assert_int_equal(acpi_fadt_parse(b, 275, &f), -ENODATA);
	assert_int_equal(acpi_fadt_parse(b, 244, &f), -ENODATA);
	assert_int_equal(acpi_fadt_parse(b, 36, &f), -ENODATA);
	assert_int_equal(acpi_fadt_parse(b, 35, &f), -ENODATA);
	assert_int_equal(acpi_fadt_parse(b, 0, &f), -ENODATA);
	assert_int_equal(f.flags, 0x5A5A);
	/* A length field below the header size is malformed. */
	b[4] = 35;
	b[5] = 0;
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), -EBADMSG);
}

static void
test_acpi_fadt_wrong_signature(void **state)
{
	struct acpi_fadt f;
	uint8_t b[276];

	(void)state;
	make_fadt(b, sizeof(b), 276, 6);
	memcpy(b, "APIC", 4);
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), -ENOMSG);
	memcpy(b, "facp", 4);
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), -ENOMSG);
	assert_int_equal(acpi_fadt_parse(NULL, sizeof(b), &f), -EINVAL);
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), NULL), -EINVAL);
}

static void
test_acpi_fadt_garbage_after_header(void **state)
{
	uint8_t b[276 + 64];

	(void)state;
	/* A header followed by random bytes still parses, field by field, with no surprises. */
	srand(20251126);
	for (int round = 0; round < 200; round++) {
		uint32_t length = ACPI_TABLE_HEADER_SIZE + (uint32_t)(rand() % 260);
		struct acpi_fadt f;

		make_fadt(b, sizeof(b), length, (uint8_t)rand());
		for (size_t i = ACPI_TABLE_HEADER_SIZE; i < sizeof(b); i++)
			b[i] = (uint8_t)rand();
		b[9] = 0;
		b[9] = (uint8_t)(0x100 - acpi_checksum(b, length));
		check_layout(b, length);
		assert_int_equal(acpi_fadt_parse(b, length, &f), 0);
		assert_true(f.header.checksum_valid);
	}
}

static void
test_acpi_fadt_flag_names(void **state)
{
	static const char *const want[] = {
		"WBINVD",
		"WBINVD_FLUSH",
		"PROC_C1",
		"P_LVL2_UP",
		"PWR_BUTTON",
		"SLP_BUTTON",
		"FIX_RTC",
		"RTC_S4",
		"TMR_VAL_EXT",
		"DCK_CAP",
		"RESET_REG_SUP",
		"SEALED_CASE",
		"HEADLESS",
		"CPU_SW_SLP",
		"PCI_EXP_WAK",
		"USE_PLATFORM_CLOCK",
		"S4_RTC_STS_VALID",
		"REMOTE_POWER_ON_CAPABLE",
		"FORCE_APIC_CLUSTER_MODEL",
		"FORCE_APIC_PHYSICAL_DESTINATION_MODE",
		"HW_REDUCED_ACPI",
		"LOW_POWER_S0_IDLE_CAPABLE",
		"PERSISTENT_CPU_CACHES_0",
		"PERSISTENT_CPU_CACHES_1",
	};

	(void)state;
	for (unsigned bit = 0; bit < sizeof(want) / sizeof(want[0]); bit++)
		assert_string_equal(acpi_fadt_flag_name(bit), want[bit]);
	for (unsigned bit = 24; bit < 40; bit++)
		assert_null(acpi_fadt_flag_name(bit));
	assert_null(acpi_fadt_flag_name(UINT32_MAX));
	assert_string_equal(acpi_fadt_flag_name(ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE),
			    "LOW_POWER_S0_IDLE_CAPABLE");
	assert_string_equal(acpi_fadt_flag_name(ACPI_FADT_F_HW_REDUCED_ACPI), "HW_REDUCED_ACPI");
}

static void
test_acpi_fadt_boot_and_arm_flag_names(void **state)
{
	(void)state;
	assert_string_equal(acpi_fadt_boot_flag_name(0), "LEGACY_DEVICES");
	assert_string_equal(acpi_fadt_boot_flag_name(1), "8042");
	assert_string_equal(acpi_fadt_boot_flag_name(2), "VGA_NOT_PRESENT");
	assert_string_equal(acpi_fadt_boot_flag_name(3), "MSI_NOT_SUPPORTED");
	assert_string_equal(acpi_fadt_boot_flag_name(4), "PCIE_ASPM_CONTROLS");
	assert_string_equal(acpi_fadt_boot_flag_name(5), "CMOS_RTC_NOT_PRESENT");
	assert_null(acpi_fadt_boot_flag_name(6));
	assert_null(acpi_fadt_boot_flag_name(15));
	assert_string_equal(acpi_fadt_arm_flag_name(0), "PSCI_COMPLIANT");
	assert_string_equal(acpi_fadt_arm_flag_name(1), "PSCI_USE_HVC");
	assert_null(acpi_fadt_arm_flag_name(2));
}

static void
test_acpi_fadt_pm_profile_names(void **state)
{
	static const char *const want[] = {
		"Unspecified",
		"Desktop",
		"Mobile",
		"Workstation",
		"Enterprise Server",
		"SOHO Server",
		"Appliance PC",
		"Performance Server",
		"Tablet",
	};

	(void)state;
	for (unsigned i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_string_equal(acpi_pm_profile_name(i), want[i]);
	assert_null(acpi_pm_profile_name(9));
	assert_null(acpi_pm_profile_name(255));
}

static void
test_acpi_fadt_s2idle_flag_set(void **state)
{
	struct acpi_fadt f;
	uint8_t b[276];

	(void)state;
	make_fadt(b, sizeof(b), 276, 6);
	memset(b + 0x70, 0, 4);
	b[0x72] = 0x20; /* bit 21 */
	b[9] = 0;
	b[9] = (uint8_t)(0x100 - acpi_checksum(b, 276));
	assert_int_equal(acpi_fadt_parse(b, sizeof(b), &f), 0);
	assert_int_equal(f.flags, 1u << 21);
	assert_int_equal(acpi_fadt_flag(&f, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE), 1);
	for (unsigned bit = 0; bit < 32; bit++)
		if (bit != 21)
			assert_int_equal(acpi_fadt_flag(&f, bit), 0);
	assert_int_equal(acpi_fadt_flag(&f, 32), -EINVAL);
	assert_int_equal(acpi_fadt_flag(NULL, 0), -EINVAL);
}

static void
test_acpi_fadt_address_selection(void **state)
{
	struct acpi_fadt f = {0};

	(void)state;
	assert_true(acpi_fadt_facs_address(&f) == 0);
	assert_true(acpi_fadt_dsdt_address(NULL) == 0);
	f.present = F(FIRMWARE_CTRL) | F(DSDT);
	f.firmware_ctrl = 0x1000;
	f.dsdt = 0x2000;
	f.x_dsdt = 0x300000000ull; /* not present: ignored */
	assert_true(acpi_fadt_facs_address(&f) == 0x1000);
	assert_true(acpi_fadt_dsdt_address(&f) == 0x2000);
	f.present |= F(X_FIRMWARE_CTRL) | F(X_DSDT);
	assert_true(acpi_fadt_facs_address(&f) == 0x1000); /* X_FIRMWARE_CTRL zero */
	assert_true(acpi_fadt_dsdt_address(&f) == 0x300000000ull);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_acpi_fadt_rev1_116_bytes),
		cmocka_unit_test(test_acpi_fadt_rev2_132_bytes),
		cmocka_unit_test(test_acpi_fadt_rev3_244_bytes),
		cmocka_unit_test(test_acpi_fadt_rev4_244_bytes),
		cmocka_unit_test(test_acpi_fadt_rev5_268_bytes),
		cmocka_unit_test(test_acpi_fadt_rev6_276_bytes),
		cmocka_unit_test(test_acpi_fadt_lengths_in_the_wild),
		cmocka_unit_test(test_acpi_fadt_every_length),
		cmocka_unit_test(test_acpi_fadt_absent_is_not_zero),
		cmocka_unit_test(test_acpi_fadt_bad_checksum),
		cmocka_unit_test(test_acpi_fadt_truncated),
		cmocka_unit_test(test_acpi_fadt_wrong_signature),
		cmocka_unit_test(test_acpi_fadt_garbage_after_header),
		cmocka_unit_test(test_acpi_fadt_flag_names),
		cmocka_unit_test(test_acpi_fadt_boot_and_arm_flag_names),
		cmocka_unit_test(test_acpi_fadt_pm_profile_names),
		cmocka_unit_test(test_acpi_fadt_s2idle_flag_set),
		cmocka_unit_test(test_acpi_fadt_address_selection),
	};

	return cmocka_run_group_tests_name("acpi_fadt", tests, NULL, NULL);
}
