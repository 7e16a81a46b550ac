/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The kinds of places pmprobe reads, each a directory relative to the root. */
#pragma once

enum path_kind {
	PATH_SYS_POWER = 0,
	PATH_PROC,
	PATH_SECURITY,
	PATH_CLASS_RTC,
	PATH_CLASS_BLOCK,
	PATH_ACPI_TABLES,
	PATH_CLASS_DMI, /* machine class for `record`'s manifest; never a probe input */
	PATH_SYS_CPU,
	PATH_FIRMWARE_ACPI,
	/* Wake sources and platform drivers. */
	PATH_SYS_DEVICES,
	PATH_SYS_MODULE,
	PATH_BUS_ACPI_DEVICES,
	PATH_LIB_MODULES,
	/* How the host resumes without resume=: initrd configuration, systemd's version,
	 * EFI variables. Read raw on a live host, as /proc. */
	PATH_ETC,
	PATH_USR,
	PATH_EFIVARS,
	_PATH_KIND_MAX
};

/* Returns: the directory of @kind relative to the root, without leading or trailing '/'. */
const char *path_kind_dir(enum path_kind kind);
/* Returns: 1 when @kind lives in sysfs (libudev can read it on a live host), else 0. */
int path_kind_is_sysfs(enum path_kind kind);
/* Returns: 1 when @name is a safe relative name below a kind's directory: no "..", no leading
 * '/', no empty component, no NUL, at most 255 bytes. */
int path_name_is_valid(const char *name);
