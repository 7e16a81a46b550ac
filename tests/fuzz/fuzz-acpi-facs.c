/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the FACS parser, on raw input and behind a well-formed signature and length. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const uint8_t *buf, size_t len)
{
	struct acpi_facs f;

	if (acpi_facs_parse(buf, len, &f) < 0)
		return;
	if (f.length < ACPI_FACS_MIN_LENGTH || f.length > len || strcmp(f.signature, "FACS") != 0)
		abort();
	if (f.version != buf[32])
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *buf;
	size_t len;

	check(data, size);
	len = 8 + (size > 4096 ? 4096 : size);
	buf = malloc(len);
	if (!buf)
		return 0;
	memcpy(buf, "FACS", 4);
	buf[4] = (uint8_t)len;
	buf[5] = (uint8_t)(len >> 8);
	buf[6] = 0;
	buf[7] = 0;
	memcpy(buf + 8, data, len - 8);
	check(buf, len);
	free(buf);
	return 0;
}
