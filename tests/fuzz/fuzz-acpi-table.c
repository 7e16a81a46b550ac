/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the common ACPI table header, its checksum and the bounded reads. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "acpi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct acpi_table_header h;
	uint64_t u64;
	uint32_t u32;
	uint16_t u16;
	uint8_t u8;

	if (acpi_table_header_parse(data, size, &h) == 0) {
		/* What a successful parse promises. */
		if (h.length < ACPI_TABLE_HEADER_SIZE || h.length > size)
			abort();
		if (h.checksum_valid != (acpi_checksum(data, h.length) == 0))
			abort();
		if ((uint8_t)(h.checksum - acpi_checksum(data, h.length)) != h.checksum_expected)
			abort();
		if (h.signature[4] || h.oem_id[6] || h.oem_table_id[8] || h.creator_id[4])
			abort();
	}
	/* Every offset near the end, and far past it. */
	for (size_t off = size > 9 ? size - 9 : 0; off <= size + 1; off++) {
		if ((acpi_read_u8(data, size, off, &u8) == 0) != (off + 1 <= size))
			abort();
		if ((acpi_read_u16(data, size, off, &u16) == 0) != (off + 2 <= size))
			abort();
		if ((acpi_read_u32(data, size, off, &u32) == 0) != (off + 4 <= size))
			abort();
		if ((acpi_read_u64(data, size, off, &u64) == 0) != (off + 8 <= size))
			abort();
	}
	if (acpi_read_u64(data, size, SIZE_MAX - 2, &u64) == 0)
		abort();
	return 0;
}
