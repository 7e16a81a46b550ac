/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the AML walker, on raw tables and on any bytes behind a DSDT header. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *buf;
	size_t len;

	/* Tables as found (the seeds are whole DSDTs and SSDTs). */
	check(data, size);

	/* The same bytes as the AML of a DSDT with a header that fits, so that every input reaches
	 * the walker. */
	if (size > 1024 * 1024)
		return 0;
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
