/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The single home of the directory names pmprobe reads below a root. */
#include <string.h>

#include "macro.h"
#include "paths.h"

static const char *const path_kind_dirs[_PATH_KIND_MAX] = {
	[PATH_SYS_POWER] = "sys/power",
	[PATH_PROC] = "proc",
	[PATH_SECURITY] = "sys/kernel/security",
	[PATH_CLASS_RTC] = "sys/class/rtc",
	[PATH_CLASS_BLOCK] = "sys/class/block",
	[PATH_ACPI_TABLES] = "sys/firmware/acpi/tables",
	[PATH_CLASS_DMI] = "sys/class/dmi/id",
	[PATH_SYS_CPU] = "sys/devices/system/cpu",
	[PATH_FIRMWARE_ACPI] = "sys/firmware/acpi",
	/* Wake sources and platform drivers. */
	[PATH_SYS_DEVICES] = "sys/devices",
	[PATH_SYS_MODULE] = "sys/module",
	[PATH_BUS_ACPI_DEVICES] = "sys/bus/acpi/devices",
	[PATH_LIB_MODULES] = "lib/modules",
	[PATH_ETC] = "etc",
	[PATH_USR] = "usr",
	[PATH_EFIVARS] = "sys/firmware/efi/efivars",
};

const char *
path_kind_dir(enum path_kind kind)
{
	if ((unsigned)kind >= _PATH_KIND_MAX)
		return NULL;
	return path_kind_dirs[kind];
}

int
path_kind_is_sysfs(enum path_kind kind)
{
	/* securityfs is mounted below /sys but holds no devices: libudev answers ENODEV there (a
	 * Debian 6.1 kernel in QEMU, tests/vm, showed it), so lockdown is read like /proc. */
	return kind != PATH_PROC && kind != PATH_ACPI_TABLES && kind != PATH_LIB_MODULES &&
	       kind != PATH_SECURITY && kind != PATH_ETC && kind != PATH_USR &&
	       kind != PATH_EFIVARS;
}

int
path_name_is_valid(const char *name)
{
	size_t len = strlen(name);

	if (len == 0 || len > 255 || name[0] == '/' || name[len - 1] == '/')
		return 0;
	for (const char *c = name; *c;) {
		size_t n = strcspn(c, "/");

		if (n == 0 || (n == 1 && c[0] == '.') || (n == 2 && c[0] == '.' && c[1] == '.'))
			return 0;
		c += n;
		if (*c == '/')
			c++;
	}
	return 1;
}
