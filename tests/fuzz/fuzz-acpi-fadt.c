/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the FADT parser, on raw input and on input behind a well-formed header. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"

#define FADT_MAX 1024

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const uint8_t *buf, size_t len)
{
	struct acpi_fadt f;

	if (acpi_fadt_parse(buf, len, &f) < 0)
		return;
	if (f.header.length > len || memcmp(f.header.signature, "FACP", 4) != 0)
		abort();
	/* Nothing past the table's length may be present. */
	if (acpi_fadt_has(&f, ACPI_FADT_HYPERVISOR_ID) && f.header.length < 0x114)
		abort();
	if (acpi_fadt_has(&f, ACPI_FADT_SLEEP_STATUS_REG) && f.header.length < 0x10C)
		abort();
	if (acpi_fadt_has(&f, ACPI_FADT_MINOR_REVISION) && f.header.length <= 132)
		abort();
	if (acpi_fadt_has(&f, ACPI_FADT_FLAGS) != (f.header.length >= 0x74))
		abort();
	if (f.present >> _ACPI_FADT_FIELD_MAX)
		abort();
	for (unsigned bit = 0; bit < 32; bit++) {
		int r = acpi_fadt_flag(&f, bit);

		if (acpi_fadt_has(&f, ACPI_FADT_FLAGS) ? r != (int)((f.flags >> bit) & 1)
						       : r != -ENODATA)
			abort();
	}
	(void)acpi_pm_profile_name(f.pm_profile);
	(void)acpi_fadt_facs_address(&f);
	(void)acpi_fadt_dsdt_address(&f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *buf;
	size_t len;

	/* As given. */
	check(data, size);

	/* Behind a header that fits: signature, a length of the input's size (or less, chosen by
	 * the first byte), a valid checksum; the rest is the fuzzer's. */
	if (size < 1)
		return 0;
	len = ACPI_TABLE_HEADER_SIZE + (size - 1 > FADT_MAX ? FADT_MAX : size - 1);
	buf = calloc(1, len);
	if (!buf)
		return 0;
	memcpy(buf, "FACP", 4);
	memcpy(buf + ACPI_TABLE_HEADER_SIZE, data + 1, len - ACPI_TABLE_HEADER_SIZE);
	{
		size_t cut = data[0] & 0x80 ? data[0] & 0x7F : 0;
		size_t length =
			len - ACPI_TABLE_HEADER_SIZE > cut ? len - cut : ACPI_TABLE_HEADER_SIZE;

		buf[4] = (uint8_t)length;
		buf[5] = (uint8_t)(length >> 8);
		buf[8] = data[0] & 7;
		buf[9] = (uint8_t)(0x100 - acpi_checksum(buf, length));
	}
	check(buf, len);
	free(buf);
	return 0;
}
