/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the AML walker, on raw tables and on any bytes behind a DSDT header. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__asan_default_options(void);

/* ASan's default quarantine (256 MiB) hands every walk's tables fresh pages, whose faults were a
 * third of the time; the walker frees nothing while it walks, so a small one loses nothing. */
const char *
__asan_default_options(void)
{
	return "quarantine_size_mb=16";
}

static void
check(const uint8_t *buf, size_t len)
{
	struct acpi_aml_sleep s, all = {0};

	if (acpi_aml_scan(buf, len, &s) < 0)
		return;
	for (unsigned i = 0; i < ACPI_SLEEP_STATES; i++)
		if (s.state[i] > ACPI_SLEEP_ROOT || !acpi_sleep_decl_to_string(s.state[i]))
			abort();
	if (s.partial != (s.stop != ACPI_AML_COMPLETE) || !acpi_aml_stop_to_string(s.stop))
		abort();
	if (s.partial && (s.stop_offset > len || s.stop_offset < ACPI_TABLE_HEADER_SIZE))
		abort();
	acpi_aml_sleep_merge(&all, &s);
	if (memcmp(all.state, s.state, sizeof(s.state)) != 0 || all.lps0 != s.lps0)
		abort();
}

/* Whether @data starts as a table the walker takes (its own signature check decides the rest). */
static int
is_table(const uint8_t *data, size_t size)
{
	return size >= 4 &&
	       (!memcmp(data, "DSDT", 4) || !memcmp(data, "SSDT", 4) || !memcmp(data, "PSDT", 4));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *buf;
	size_t len;

	/* Tables as found (the seeds are whole DSDTs and SSDTs); any other bytes are checked and
	 * refused at the signature, then walked as AML below. One walk an input: the walk is the
	 * cost, and an input walked both ways cost two for one new path. */
	if (is_table(data, size) || size > 1024 * 1024) {
		check(data, size);
		return 0;
	}
	/* Not a table (or too short for a header): refused before any walk. */
	if (acpi_aml_scan(data, size, &(struct acpi_aml_sleep){0}) >= 0)
		abort();

	/* The same bytes as the AML of a DSDT with a header that fits, so that every input reaches
	 * the walker. */
	len = ACPI_TABLE_HEADER_SIZE + size;
	buf = calloc(1, len);
	if (!buf)
		return 0;
	memcpy(buf, "DSDT", 4);
	buf[4] = (uint8_t)len;
	buf[5] = (uint8_t)(len >> 8);
	buf[6] = (uint8_t)(len >> 16);
	buf[7] = (uint8_t)(len >> 24);
	memcpy(buf + ACPI_TABLE_HEADER_SIZE, data, size);
	check(buf, len);
	free(buf);
	return 0;
}
