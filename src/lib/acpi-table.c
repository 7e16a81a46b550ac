/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The common ACPI table header, its checksum, and bounds-checked little-endian reads. */
#include <errno.h>
#include <string.h>

#include "acpi.h"

static bool
in_bounds(size_t len, size_t off, size_t size)
{
	return off <= len && len - off >= size;
}

int
acpi_read_u8(const uint8_t *buf, size_t len, size_t off, uint8_t *ret)
{
	if (!buf || !in_bounds(len, off, 1))
		return -ENODATA;
	*ret = buf[off];
	return 0;
}

int
acpi_read_u16(const uint8_t *buf, size_t len, size_t off, uint16_t *ret)
{
	if (!buf || !in_bounds(len, off, 2))
		return -ENODATA;
	*ret = (uint16_t)(buf[off] | (unsigned)buf[off + 1] << 8);
	return 0;
}

int
acpi_read_u32(const uint8_t *buf, size_t len, size_t off, uint32_t *ret)
{
	if (!buf || !in_bounds(len, off, 4))
		return -ENODATA;
	*ret = (uint32_t)buf[off] | (uint32_t)buf[off + 1] << 8 | (uint32_t)buf[off + 2] << 16 |
	       (uint32_t)buf[off + 3] << 24;
	return 0;
}

int
acpi_read_u64(const uint8_t *buf, size_t len, size_t off, uint64_t *ret)
{
	uint32_t lo, hi;

	if (!in_bounds(len, off, 8) || acpi_read_u32(buf, len, off, &lo) < 0 ||
	    acpi_read_u32(buf, len, off + 4, &hi) < 0)
		return -ENODATA;
	*ret = (uint64_t)hi << 32 | lo;
	return 0;
}

uint8_t
acpi_checksum(const uint8_t *buf, size_t len)
{
	uint8_t sum = 0;

	for (size_t i = 0; i < len; i++)
		sum = (uint8_t)(sum + buf[i]);
	return sum;
}

/* Copies a fixed-width header string up to its first NUL; @out has room for n + 1 bytes. */
static void
copy_id(char *out, const uint8_t *in, size_t n)
{
	size_t i;

	for (i = 0; i < n && in[i]; i++)
		out[i] = (char)in[i];
	out[i] = '\0';
}

int
acpi_table_header_parse(const uint8_t *buf, size_t len, struct acpi_table_header *ret)
{
	struct acpi_table_header h = {0};
	uint8_t sum;

	if (!buf || !ret)
		return -EINVAL;
	if (len < ACPI_TABLE_HEADER_SIZE)
		return -ENODATA;

	memcpy(h.signature, buf, 4);
	h.signature[4] = '\0';
	(void)acpi_read_u32(buf, len, 4, &h.length);
	if (h.length < ACPI_TABLE_HEADER_SIZE)
		return -EBADMSG;
	if (h.length > len)
		return -ENODATA;
	h.revision = buf[8];
	h.checksum = buf[9];
	copy_id(h.oem_id, buf + 10, 6);
	copy_id(h.oem_table_id, buf + 16, 8);
	(void)acpi_read_u32(buf, len, 24, &h.oem_revision);
	copy_id(h.creator_id, buf + 28, 4);
	(void)acpi_read_u32(buf, len, 32, &h.creator_revision);

	sum = acpi_checksum(buf, h.length);
	h.checksum_valid = sum == 0;
	h.checksum_expected = (uint8_t)(h.checksum - sum);

	*ret = h;
	return 0;
}
