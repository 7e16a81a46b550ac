/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the AML walker (acpi-aml.c): sleep objects, LPS0, and AML that is broken. */
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

enum { S0, S1, S2, S3, S4, S5 };

/* ---- a small AML assembler, so that broken tables are written as readable code ---------- */

struct aml {
	uint8_t b[16384];
	size_t n;
};

static void
emit(struct aml *a, const void *p, size_t n)
{
	assert_true(a->n + n <= sizeof(a->b));
	memcpy(a->b + a->n, p, n);
	a->n += n;
}

#define EMIT(a, ...)                                                                               \
	do {                                                                                       \
		static const uint8_t bytes_[] = {__VA_ARGS__};                                     \
		emit(a, bytes_, sizeof(bytes_));                                                   \
	} while (0)

/* A NameSeg or a whole name string, given as text ("_S3_", "\\_SB_"). */
static void
seg(struct aml *a, const char *s)
{
	emit(a, s, strlen(s));
}

/* Opens a package: a two-byte PkgLength patched by close_pkg(). */
static size_t
open_pkg(struct aml *a)
{
	a->n += 2;
	return a->n - 2;
}

static void
close_pkg(struct aml *a, size_t at)
{
	size_t len = a->n - at;

	assert_true(len < 4096);
	a->b[at] = (uint8_t)(0x40 | (len & 0x0F));
	a->b[at + 1] = (uint8_t)(len >> 4);
}

static void
aml_begin(struct aml *a, const char *sig)
{
	memset(a, 0, sizeof(*a));
	memcpy(a->b, sig, 4);
	a->b[8] = 2;
	memcpy(a->b + 10, "PMPRB ", 6);
	memcpy(a->b + 16, "AMLTEST ", 8);
	memcpy(a->b + 28, "PMPB", 4);
	a->n = ACPI_TABLE_HEADER_SIZE;
}

static void
aml_end(struct aml *a)
{
	a->b[4] = (uint8_t)a->n;
	a->b[5] = (uint8_t)(a->n >> 8);
	a->b[6] = (uint8_t)(a->n >> 16);
	a->b[7] = (uint8_t)(a->n >> 24);
	a->b[9] = 0;
	a->b[9] = (uint8_t)(0x100 - acpi_checksum(a->b, a->n));
}

/* Name (<name>, Zero) */
static void
name_zero(struct aml *a, const char *name)
{
	EMIT(a, 0x08);
	seg(a, name);
	EMIT(a, 0x00);
}

static void
scan_ok(struct aml *a, struct acpi_aml_sleep *s)
{
	aml_end(a);
	assert_int_equal(acpi_aml_scan(a->b, a->n, s), 0);
}

static void
assert_states(const struct acpi_aml_sleep *s, enum acpi_sleep_decl s0, enum acpi_sleep_decl s1,
	      enum acpi_sleep_decl s2, enum acpi_sleep_decl s3, enum acpi_sleep_decl s4,
	      enum acpi_sleep_decl s5)
{
	const enum acpi_sleep_decl want[] = {s0, s1, s2, s3, s4, s5};

	for (unsigned i = 0; i < ACPI_SLEEP_STATES; i++)
		if (s->state[i] != want[i])
			fail_msg("_S%u: %s, want %s", i, acpi_sleep_decl_to_string(s->state[i]),
				 acpi_sleep_decl_to_string(want[i]));
}

#define ABS ACPI_SLEEP_ABSENT
#define COND ACPI_SLEEP_CONDITIONAL
#define ROOT ACPI_SLEEP_ROOT

/* The test tables iasl compiled at build time. */
#define load(name, ret_len)                                                                        \
	tu_load_file(getenv("PMPROBE_ACPI_TEST_DIR") ?: ACPI_TEST_DIR, name, ret_len)

static void
scan_compiled(const char *name, struct acpi_aml_sleep *ret)
{
	size_t len;
	uint8_t *buf = load(name, &len);

	assert_int_equal(acpi_aml_scan(buf, len, ret), 0);
	free(buf);
	if (ret->partial)
		fail_msg("%s: walk stopped: %s at 0x%zx", name, acpi_aml_stop_to_string(ret->stop),
			 ret->stop_offset);
	assert_int_equal(ret->methods_skipped, 0);
}

/* ---- tables compiled from the ASL sources in tests/acpi --------------------------------- */

static void
test_acpi_aml_sleep_objects_root_and_conditional(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("dsdt-sleep.aml", &s);
	assert_states(&s, ROOT, COND, ROOT, COND, COND, ROOT);
	assert_true(s.method_form[S2]);
	assert_false(s.method_form[S0]);
	assert_false(s.method_form[S3]);
	assert_false(s.lps0);
}

static void
test_acpi_aml_sleep_objects_through_scopes(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("ssdt-sleep-scoped.aml", &s);
	assert_states(&s, ABS, ABS, ABS, COND, ROOT, ROOT);
	assert_false(s.lps0);
}

static void
test_acpi_aml_lps0_cid_eisaid(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("ssdt-lps0-eisaid.aml", &s);
	assert_true(s.lps0);
	assert_states(&s, ABS, ABS, ABS, ABS, ABS, ABS);
}

static void
test_acpi_aml_lps0_hid_string_conditional(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("ssdt-lps0-string.aml", &s);
	assert_true(s.lps0);
}

static void
test_acpi_aml_lps0_cid_package(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("ssdt-lps0-cid-package.aml", &s);
	assert_true(s.lps0);
}

static void
test_acpi_aml_lps0_hid_method(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("ssdt-lps0-hid-method.aml", &s);
	assert_true(s.lps0);
}

static void
test_acpi_aml_lps0_id_elsewhere_is_no_device(void **state)
{
	struct acpi_aml_sleep s;

	(void)state;
	scan_compiled("ssdt-no-lps0.aml", &s);
	assert_false(s.lps0);
}

static void
test_acpi_aml_merge_tables(void **state)
{
	struct acpi_aml_sleep all = {0}, s;

	(void)state;
	scan_compiled("dsdt-sleep.aml", &s);
	acpi_aml_sleep_merge(&all, &s);
	scan_compiled("ssdt-sleep-scoped.aml", &s);
	acpi_aml_sleep_merge(&all, &s);
	scan_compiled("ssdt-lps0-eisaid.aml", &s);
	acpi_aml_sleep_merge(&all, &s);
	/* _S4: conditional in the DSDT, at the root in the SSDT: root wins. */
	assert_states(&all, ROOT, COND, ROOT, COND, ROOT, ROOT);
	assert_true(all.method_form[S2]);
	assert_true(all.lps0);
	assert_false(all.partial);
	/* A partial table makes the whole partial, and the first stop is kept. */
	s = (struct acpi_aml_sleep){
		.partial = true, .stop = ACPI_AML_STOP_OPCODE, .stop_offset = 99};
	acpi_aml_sleep_merge(&all, &s);
	s.stop = ACPI_AML_STOP_LENGTH;
	acpi_aml_sleep_merge(&all, &s);
	assert_true(all.partial);
	assert_int_equal(all.stop, ACPI_AML_STOP_OPCODE);
	assert_int_equal(all.stop_offset, 99);
	acpi_aml_sleep_merge(NULL, &s);
	acpi_aml_sleep_merge(&all, NULL);
}

static void
test_acpi_aml_compiled_table_truncated(void **state)
{
	struct acpi_aml_sleep s;
	uint8_t *buf;
	size_t len;

	(void)state;
	buf = load("dsdt-sleep.aml", &len);
	/* One byte lost at the end: what came before is still reported, marked partial. */
	assert_int_equal(acpi_aml_scan(buf, len - 1, &s), 0);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_TRUNCATED);
	assert_true(s.stop_offset <= len - 1);
	assert_int_equal(s.state[S0], ACPI_SLEEP_ROOT);
	/* Cut after the header: nothing found, still partial. */
	assert_int_equal(acpi_aml_scan(buf, ACPI_TABLE_HEADER_SIZE, &s), 0);
	assert_true(s.partial);
	assert_states(&s, ABS, ABS, ABS, ABS, ABS, ABS);
	free(buf);
}

/* ---- hand-assembled AML ------------------------------------------------------------------ */

static void
test_acpi_aml_empty_table(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;

	(void)state;
	aml_begin(&a, "SSDT");
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_int_equal(s.stop, ACPI_AML_COMPLETE);
	assert_states(&s, ABS, ABS, ABS, ABS, ABS, ABS);
	assert_false(s.lps0);
	assert_int_equal(s.methods_skipped, 0);
}

static void
test_acpi_aml_names_resolved_to_absolute_paths(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p;

	(void)state;
	aml_begin(&a, "DSDT");
	name_zero(&a, "_S0_"); /* \_S0 */
	EMIT(&a, 0x10);	       /* Scope (\_SB) { Name (_S3, Zero) }: \_SB._S3 */
	p = open_pkg(&a);
	seg(&a, "\\_SB_");
	name_zero(&a, "_S3_");
	close_pkg(&a, p);
	EMIT(&a, 0x5B, 0x82); /* Device (DEV0) { Name (_S4, Zero)  Name (^_S1, Zero) } */
	p = open_pkg(&a);
	seg(&a, "DEV0");
	name_zero(&a, "_S4_");
	name_zero(&a, "^_S1_"); /* \_S1 */
	close_pkg(&a, p);
	EMIT(&a, 0x08, 0x2E); /* Name (_SB._S5, Zero): DualNamePrefix, \_SB._S5 */
	seg(&a, "_SB__S5_");
	EMIT(&a, 0x00);
	name_zero(&a, "^_S3_");		  /* '^' past the root names nothing */
	EMIT(&a, 0x08, '\\', 0x2F, 0x01); /* Name (\_S2, Zero) as a MultiName of one segment */
	seg(&a, "_S2_");
	EMIT(&a, 0x00);
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_states(&s, ROOT, ROOT, ROOT, ABS, ABS, ABS);
}

static void
test_acpi_aml_declarations_inside_methods_are_conditional(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p;

	(void)state;
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x14); /* Method (_INI) { Name (\_S3, Zero) } */
	p = open_pkg(&a);
	seg(&a, "_INI");
	EMIT(&a, 0x00);
	name_zero(&a, "\\_S3_");
	close_pkg(&a, p);
	EMIT(&a, 0x14); /* Method (_S4) { Return (Zero) } */
	p = open_pkg(&a);
	seg(&a, "_S4_");
	EMIT(&a, 0x00, 0xA4, 0x00);
	close_pkg(&a, p);
	scan_ok(&a, &s);
	assert_states(&s, ABS, ABS, ABS, COND, ROOT, ABS);
	assert_true(s.method_form[S4]);
	assert_false(s.method_form[S3]);
}

static void
test_acpi_aml_else_and_while_are_conditional(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p, q;

	(void)state;
	aml_begin(&a, "DSDT");
	EMIT(&a, 0xA0); /* If (Zero) { } Else { Scope (\) { Name (_S1, Zero) } } */
	p = open_pkg(&a);
	EMIT(&a, 0x00);
	close_pkg(&a, p);
	EMIT(&a, 0xA1);
	p = open_pkg(&a);
	EMIT(&a, 0x10);
	q = open_pkg(&a);
	EMIT(&a, '\\', 0x00); /* the root: RootChar and NullName */
	name_zero(&a, "_S1_");
	close_pkg(&a, q);
	close_pkg(&a, p);
	EMIT(&a, 0xA2); /* While (Zero) { Name (_S2, Zero)  Break } */
	p = open_pkg(&a);
	EMIT(&a, 0x00);
	name_zero(&a, "_S2_");
	EMIT(&a, 0xA5);
	close_pkg(&a, p);
	name_zero(&a, "_S2_"); /* and once unconditionally: that one counts */
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_states(&s, ABS, COND, ROOT, ABS, ABS, ABS);
}

static void
test_acpi_aml_broken_package_length(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t at;

	(void)state;
	aml_begin(&a, "DSDT");
	name_zero(&a, "_S0_");
	EMIT(&a, 0x10); /* Scope whose length runs 0x100 bytes past the table */
	at = a.n;
	EMIT(&a, 0x40 | 0x0, 0x10);
	EMIT(&a, '\\', 0x00);
	name_zero(&a, "_S3_");
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_LENGTH);
	assert_int_equal(s.stop_offset, at);
	assert_int_equal(s.state[S0], ACPI_SLEEP_ROOT); /* what came before stands */
	assert_int_equal(s.state[S3], ACPI_SLEEP_ABSENT);
}

static void
test_acpi_aml_package_length_shorter_than_itself(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;

	(void)state;
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x10, 0x41, 0x00); /* a two-byte PkgLength of value 1 */
	seg(&a, "\\___");
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_LENGTH);
	assert_int_equal(s.stop_offset, ACPI_TABLE_HEADER_SIZE + 1);
}

static void
test_acpi_aml_package_longer_than_its_parent(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p;

	(void)state;
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x10); /* Scope (\) { Device (DEV0) <length past the Scope> } Name (_S5, Zero) */
	p = open_pkg(&a);
	EMIT(&a, '\\', 0x00, 0x5B, 0x82, 0x0A);
	seg(&a, "DEV0");
	close_pkg(&a, p);
	name_zero(&a, "_S5_");
	name_zero(&a, "_S5_");
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_LENGTH);
	assert_int_equal(s.stop_offset, ACPI_TABLE_HEADER_SIZE + 7);
	assert_int_equal(s.state[S5], ACPI_SLEEP_ABSENT);
}

static void
test_acpi_aml_unknown_opcode_ends_walk(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t at;

	(void)state;
	aml_begin(&a, "DSDT");
	name_zero(&a, "_S0_");
	at = a.n;
	EMIT(&a, 0x02); /* reserved opcode */
	name_zero(&a, "_S5_");
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_OPCODE);
	assert_int_equal(s.stop_offset, at);
	assert_states(&s, ROOT, ABS, ABS, ABS, ABS, ABS);

	aml_begin(&a, "SSDT");
	EMIT(&a, 0x5B, 0x00); /* reserved extended opcode */
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_OPCODE);
	assert_int_equal(s.stop_offset, ACPI_TABLE_HEADER_SIZE);
}

static void
test_acpi_aml_bad_name_ends_walk(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;

	(void)state;
	aml_begin(&a, "DSDT");
	name_zero(&a, "_s3_"); /* lower case is not a NameSeg */
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_NAME);
	assert_int_equal(s.stop_offset, ACPI_TABLE_HEADER_SIZE + 1);

	aml_begin(&a, "DSDT");
	EMIT(&a, 0x08, 0x2F, 0x00, 0x00); /* a MultiName of zero segments */
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_NAME);
}

static void
test_acpi_aml_truncated_table(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;

	(void)state;
	aml_begin(&a, "DSDT");
	name_zero(&a, "_S0_");
	name_zero(&a, "_S5_");
	aml_end(&a);
	/* Two bytes of the last Name lost. */
	assert_int_equal(acpi_aml_scan(a.b, a.n - 2, &s), 0);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_TRUNCATED);
	assert_true(s.stop_offset >= ACPI_TABLE_HEADER_SIZE && s.stop_offset <= a.n - 2);
	assert_states(&s, ROOT, ABS, ABS, ABS, ABS, ABS);
	/* The header claims more than there is, the AML itself is whole. */
	a.b[4] = (uint8_t)(a.n + 10);
	assert_int_equal(acpi_aml_scan(a.b, a.n, &s), 0);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_TRUNCATED);
	assert_int_equal(s.stop_offset, a.n);
	assert_states(&s, ROOT, ABS, ABS, ABS, ABS, ROOT);
}

static void
test_acpi_aml_nesting_too_deep(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t open[200];

	(void)state;
	/* Return (LNot (LNot (... Zero))) two hundred deep, inside a root If. */
	aml_begin(&a, "DSDT");
	for (int i = 0; i < 200; i++)
		EMIT(&a, 0x92);
	EMIT(&a, 0x00);
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_DEPTH);

	/* Two hundred nested If blocks. */
	aml_begin(&a, "DSDT");
	for (int i = 0; i < 200; i++) {
		EMIT(&a, 0xA0);
		open[i] = open_pkg(&a);
		EMIT(&a, 0x01);
	}
	for (int i = 200; i-- > 0;)
		close_pkg(&a, open[i]);
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_DEPTH);
}

static void
test_acpi_aml_deep_namespace(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t open[40];

	(void)state;
	/* Forty nested Scopes, deeper than the walker follows paths: absolute names still work,
	 * relative ones are never taken for root objects. */
	aml_begin(&a, "DSDT");
	for (int i = 0; i < 40; i++) {
		EMIT(&a, 0x10);
		open[i] = open_pkg(&a);
		seg(&a, "ABCD");
	}
	name_zero(&a, "\\_S3_");
	name_zero(&a, "_S4_");
	for (int i = 40; i-- > 0;)
		close_pkg(&a, open[i]);
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_states(&s, ABS, ABS, ABS, ROOT, ABS, ABS);
}

static void
test_acpi_aml_method_body_not_decoded(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p;

	(void)state;
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x14); /* Method (BAD0) { <reserved opcode> } */
	p = open_pkg(&a);
	seg(&a, "BAD0");
	EMIT(&a, 0x00, 0x70, 0x0A, 0x01, 0x02, 0x03);
	close_pkg(&a, p);
	name_zero(&a, "_S5_");
	scan_ok(&a, &s);
	/* The method is framed by its length: the walk goes on after it, not partial. */
	assert_false(s.partial);
	assert_int_equal(s.methods_skipped, 1);
	assert_int_equal(s.state[S5], ACPI_SLEEP_ROOT);
}

static void
test_acpi_aml_bare_return_at_block_end(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p, q;

	(void)state;
	/* Method (MTH1) { If (One) { Return } Return (Zero) }, as some compilers emit it. */
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x14);
	p = open_pkg(&a);
	seg(&a, "MTH1");
	EMIT(&a, 0x00, 0xA0);
	q = open_pkg(&a);
	EMIT(&a, 0x01, 0xA4);
	close_pkg(&a, q);
	EMIT(&a, 0xA4, 0x00);
	close_pkg(&a, p);
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_int_equal(s.methods_skipped, 0);
}

static void
test_acpi_aml_field_lists(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p;

	(void)state;
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x5B, 0x80); /* OperationRegion (GNVS, SystemMemory, 0x1000, 0x10) */
	seg(&a, "GNVS");
	EMIT(&a, 0x00, 0x0B, 0x00, 0x10, 0x0A, 0x10);
	EMIT(&a, 0x5B, 0x81); /* Field (GNVS, ...) with every kind of element */
	p = open_pkg(&a);
	seg(&a, "GNVS");
	EMIT(&a, 0x01);
	seg(&a, "OSYS");
	EMIT(&a, 0x10);		    /* OSYS, 16 */
	EMIT(&a, 0x00, 0x48, 0x01); /* Offset: a reserved field of 0x18 bits, two-byte width */
	EMIT(&a, 0x01, 0x01, 0x00); /* AccessAs (ByteAcc) */
	EMIT(&a, 0x03, 0x0E, 0x01, 0x20); /* AccessAs (BufferAcc, AttribBytes (0x20)) */
	EMIT(&a, 0x02);			  /* Connection (a resource buffer) */
	EMIT(&a, 0x11, 0x05, 0x0A, 0x02, 0x79, 0x00);
	EMIT(&a, 0x02); /* Connection (\GPIO) */
	seg(&a, "\\GPIO");
	seg(&a, "STAT");
	EMIT(&a, 0x08); /* STAT, 8 */
	close_pkg(&a, p);
	EMIT(&a, 0x5B, 0x86); /* IndexField (IDX0, DAT0, ...) { REG0, 8 } */
	p = open_pkg(&a);
	seg(&a, "IDX0");
	seg(&a, "DAT0");
	EMIT(&a, 0x01);
	seg(&a, "REG0");
	EMIT(&a, 0x08);
	close_pkg(&a, p);
	EMIT(&a, 0x5B, 0x87); /* BankField (GNVS, BNK0, 0x02, ...) { REG1, 8 } */
	p = open_pkg(&a);
	seg(&a, "GNVS");
	seg(&a, "BNK0");
	EMIT(&a, 0x0A, 0x02, 0x01);
	seg(&a, "REG1");
	EMIT(&a, 0x08);
	close_pkg(&a, p);
	name_zero(&a, "_S0_");
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_int_equal(s.state[S0], ACPI_SLEEP_ROOT);

	/* A field element that is no name ends the walk. */
	aml_begin(&a, "DSDT");
	EMIT(&a, 0x5B, 0x81);
	p = open_pkg(&a);
	seg(&a, "GNVS");
	EMIT(&a, 0x01, 0x7F, 'A', 'B', 'C', 0x08);
	close_pkg(&a, p);
	scan_ok(&a, &s);
	assert_true(s.partial);
	assert_int_equal(s.stop, ACPI_AML_STOP_NAME);
}

/* Method (USE0) { CreateDWordField (MTH2 (One, 0x02), Zero, FLD0) }: decodes only when MTH2 is
 * known to take two arguments. */
static void
emit_use0(struct aml *a)
{
	size_t p;

	EMIT(a, 0x14);
	p = open_pkg(a);
	seg(a, "USE0");
	EMIT(a, 0x08, 0x8A);
	seg(a, "MTH2");
	EMIT(a, 0x01, 0x0A, 0x02, 0x00);
	seg(a, "FLD0");
	close_pkg(a, p);
}

static void
test_acpi_aml_method_arity(void **state)
{
	struct acpi_aml_sleep s;
	struct aml a;
	size_t p;

	(void)state;
	/* Declared by External. */
	aml_begin(&a, "SSDT");
	EMIT(&a, 0x15);
	seg(&a, "\\MTH2");
	EMIT(&a, 0x08, 0x02);
	emit_use0(&a);
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_int_equal(s.methods_skipped, 0);

	/* Declared after its use. */
	aml_begin(&a, "SSDT");
	emit_use0(&a);
	EMIT(&a, 0x14);
	p = open_pkg(&a);
	seg(&a, "MTH2");
	EMIT(&a, 0x02, 0xA4, 0x68);
	close_pkg(&a, p);
	scan_ok(&a, &s);
	assert_int_equal(s.methods_skipped, 0);

	/* Unknown (another table's, no External): read as a plain name, the body fails. */
	aml_begin(&a, "SSDT");
	emit_use0(&a);
	name_zero(&a, "_S5_");
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_int_equal(s.methods_skipped, 1);
	assert_int_equal(s.state[S5], ACPI_SLEEP_ROOT);

	/* A nearer object of the same name hides the method: \DEV0.MTH2 is a plain Name. */
	aml_begin(&a, "SSDT");
	EMIT(&a, 0x14);
	p = open_pkg(&a);
	seg(&a, "MTH2");
	EMIT(&a, 0x02, 0xA4, 0x68);
	close_pkg(&a, p);
	EMIT(&a, 0x5B, 0x82);
	p = open_pkg(&a);
	seg(&a, "DEV0");
	EMIT(&a, 0x14); /* Method (USE1) { Return (MTH2)  Return (One) } */
	{
		size_t q = open_pkg(&a);

		seg(&a, "USE1");
		EMIT(&a, 0x00, 0xA4);
		seg(&a, "MTH2");
		EMIT(&a, 0xA4, 0x01);
		close_pkg(&a, q);
	}
	name_zero(&a, "MTH2");
	close_pkg(&a, p);
	scan_ok(&a, &s);
	assert_false(s.partial);
	assert_int_equal(s.methods_skipped, 0);
}

static void
test_acpi_aml_lps0_identifiers(void **state)
{
	static const struct {
		const char *name;
		uint8_t value[10];
		size_t size;
		bool lps0;
	} cases[] = {
		{"_HID", {0x0C, 0x41, 0xD0, 0x0D, 0x80}, 5, true},
		{"_CID", {0x0D, 'P', 'N', 'P', '0', 'D', '8', '0', 0}, 9, true},
		{"_UID", {0x0C, 0x41, 0xD0, 0x0D, 0x80}, 5, false},
		{"_HID", {0x0C, 0x41, 0xD0, 0x0A, 0x08}, 5, false}, /* PNP0A08 */
		{"_HID", {0x0D, 'P', 'N', 'P', '0', 'D', '8', 0}, 8, false},
		{"_HID", {0x0D, 'P', 'N', 'P', '0', 'D', '8', '0', '0', 0}, 10, false},
		{"_HID", {0x0D, 'p', 'n', 'p', '0', 'd', '8', '0', 0}, 9, false},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct acpi_aml_sleep s;
		struct aml a;
		size_t p;

		aml_begin(&a, "SSDT");
		EMIT(&a, 0x5B, 0x82);
		p = open_pkg(&a);
		seg(&a, "PEPD");
		EMIT(&a, 0x08);
		seg(&a, cases[i].name);
		emit(&a, cases[i].value, cases[i].size);
		close_pkg(&a, p);
		scan_ok(&a, &s);
		assert_false(s.partial);
		if (s.lps0 != cases[i].lps0)
			fail_msg("case %zu: lps0 %d", i, s.lps0);
	}
}

static void
test_acpi_aml_garbage_after_header(void **state)
{
	struct aml a;

	(void)state;
	/* Random bytes after a valid header: a result or a partial one, never a crash, and the
	 * stop always inside the table. */
	srand(20251126);
	for (int round = 0; round < 2000; round++) {
		struct acpi_aml_sleep s;
		size_t body = (size_t)(rand() % 600);

		aml_begin(&a, round & 1 ? "DSDT" : "SSDT");
		for (size_t i = 0; i < body; i++) {
			uint8_t c = (uint8_t)rand();

			/* Bias towards opcodes that open blocks and names, to reach deeper. */
			if (rand() % 4 == 0) {
				static const uint8_t ops[] = {0x10, 0x14, 0x08, 0xA0, 0xA1, 0x12,
							      '\\', '_',  'A',	0x5B, 0x82};
				c = ops[rand() % (int)sizeof(ops)];
			}
			a.b[a.n++] = c;
		}
		scan_ok(&a, &s);
		if (s.partial)
			assert_true(s.stop_offset >= ACPI_TABLE_HEADER_SIZE &&
				    s.stop_offset <= a.n);
		else
			assert_int_equal(s.stop, ACPI_AML_COMPLETE);
	}
}

static void
test_acpi_aml_invalid_tables(void **state)
{
	struct acpi_aml_sleep s = {.lps0 = true};
	struct aml a;

	(void)state;
	aml_begin(&a, "DSDT");
	name_zero(&a, "_S0_");
	aml_end(&a);
	assert_int_equal(acpi_aml_scan(NULL, a.n, &s), -EINVAL);
	assert_int_equal(acpi_aml_scan(a.b, a.n, NULL), -EINVAL);
	assert_int_equal(acpi_aml_scan(a.b, ACPI_TABLE_HEADER_SIZE - 1, &s), -ENODATA);
	memcpy(a.b, "FACP", 4);
	assert_int_equal(acpi_aml_scan(a.b, a.n, &s), -ENOMSG);
	memcpy(a.b, "PSDT", 4);
	a.b[4] = 35;
	assert_int_equal(acpi_aml_scan(a.b, a.n, &s), -EBADMSG);
	assert_true(s.lps0); /* untouched on error */
	a.b[4] = (uint8_t)a.n;
	assert_int_equal(acpi_aml_scan(a.b, a.n, &s), 0);
	assert_int_equal(s.state[S0], ACPI_SLEEP_ROOT);
	/* A bad checksum does not stop the walk (real firmware ships such SSDTs). */
	a.b[9] ^= 0xFF;
	assert_int_equal(acpi_aml_scan(a.b, a.n, &s), 0);
	assert_false(s.partial);
	assert_int_equal(s.state[S0], ACPI_SLEEP_ROOT);
}

static void
test_acpi_aml_enum_names(void **state)
{
	(void)state;
	assert_string_equal(acpi_aml_stop_to_string(ACPI_AML_COMPLETE), "complete");
	assert_string_equal(acpi_aml_stop_to_string(ACPI_AML_STOP_TRUNCATED), "truncated");
	assert_string_equal(acpi_aml_stop_to_string(ACPI_AML_STOP_OPCODE), "unknown-opcode");
	assert_string_equal(acpi_aml_stop_to_string(ACPI_AML_STOP_LENGTH), "bad-length");
	assert_string_equal(acpi_aml_stop_to_string(ACPI_AML_STOP_NAME), "bad-name");
	assert_string_equal(acpi_aml_stop_to_string(ACPI_AML_STOP_DEPTH), "too-deep");
	assert_null(acpi_aml_stop_to_string(_ACPI_AML_STOP_MAX));
	assert_string_equal(acpi_sleep_decl_to_string(ACPI_SLEEP_ABSENT), "absent");
	assert_string_equal(acpi_sleep_decl_to_string(ACPI_SLEEP_CONDITIONAL), "conditional");
	assert_string_equal(acpi_sleep_decl_to_string(ACPI_SLEEP_ROOT), "root");
	assert_null(acpi_sleep_decl_to_string((enum acpi_sleep_decl)3));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_acpi_aml_sleep_objects_root_and_conditional),
		cmocka_unit_test(test_acpi_aml_sleep_objects_through_scopes),
		cmocka_unit_test(test_acpi_aml_lps0_cid_eisaid),
		cmocka_unit_test(test_acpi_aml_lps0_hid_string_conditional),
		cmocka_unit_test(test_acpi_aml_lps0_cid_package),
		cmocka_unit_test(test_acpi_aml_lps0_hid_method),
		cmocka_unit_test(test_acpi_aml_lps0_id_elsewhere_is_no_device),
		cmocka_unit_test(test_acpi_aml_merge_tables),
		cmocka_unit_test(test_acpi_aml_compiled_table_truncated),
		cmocka_unit_test(test_acpi_aml_empty_table),
		cmocka_unit_test(test_acpi_aml_names_resolved_to_absolute_paths),
		cmocka_unit_test(test_acpi_aml_declarations_inside_methods_are_conditional),
		cmocka_unit_test(test_acpi_aml_else_and_while_are_conditional),
		cmocka_unit_test(test_acpi_aml_broken_package_length),
		cmocka_unit_test(test_acpi_aml_package_length_shorter_than_itself),
		cmocka_unit_test(test_acpi_aml_package_longer_than_its_parent),
		cmocka_unit_test(test_acpi_aml_unknown_opcode_ends_walk),
		cmocka_unit_test(test_acpi_aml_bad_name_ends_walk),
		cmocka_unit_test(test_acpi_aml_truncated_table),
		cmocka_unit_test(test_acpi_aml_nesting_too_deep),
		cmocka_unit_test(test_acpi_aml_deep_namespace),
		cmocka_unit_test(test_acpi_aml_method_body_not_decoded),
		cmocka_unit_test(test_acpi_aml_bare_return_at_block_end),
		cmocka_unit_test(test_acpi_aml_field_lists),
		cmocka_unit_test(test_acpi_aml_method_arity),
		cmocka_unit_test(test_acpi_aml_lps0_identifiers),
		cmocka_unit_test(test_acpi_aml_garbage_after_header),
		cmocka_unit_test(test_acpi_aml_invalid_tables),
		cmocka_unit_test(test_acpi_aml_enum_names),
	};

	return cmocka_run_group_tests_name("acpi_aml", tests, NULL, NULL);
}
