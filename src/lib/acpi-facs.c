/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The FACS: hardware signature, S4BIOS and 64-bit wake flags, version. */
#include <errno.h>
#include <string.h>

#include "acpi.h"

int
acpi_facs_parse(const uint8_t *buf, size_t len, struct acpi_facs *ret)
{
	struct acpi_facs f = {0};

	if (!buf || !ret)
		return -EINVAL;
	if (acpi_read_u32(buf, len, 4, &f.length) < 0)
		return -ENODATA;
	memcpy(f.signature, buf, 4);
	f.signature[4] = '\0';
	if (memcmp(f.signature, "FACS", 4) != 0)
		return -ENOMSG;
	if (f.length < ACPI_FACS_MIN_LENGTH)
		return -EBADMSG;
	if (f.length > len)
		return -ENODATA;

	/* Every field lies within the first 64 bytes, which the checks above guarantee. */
	if (acpi_read_u32(buf, f.length, 8, &f.hardware_signature) < 0 ||
	    acpi_read_u32(buf, f.length, 12, &f.firmware_waking_vector) < 0 ||
	    acpi_read_u32(buf, f.length, 16, &f.global_lock) < 0 ||
	    acpi_read_u32(buf, f.length, 20, &f.flags) < 0 ||
	    acpi_read_u64(buf, f.length, 24, &f.x_firmware_waking_vector) < 0 ||
	    acpi_read_u8(buf, f.length, 32, &f.version) < 0 ||
	    acpi_read_u32(buf, f.length, 36, &f.ospm_flags) < 0)
		return -ENODATA;

	*ret = f;
	return 0;
}
