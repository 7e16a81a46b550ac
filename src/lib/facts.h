/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What one probe found on a host, parsed: the only input of the verdict rules. */
#pragma once

#include <stdint.h>

#include "acpi.h"
#include "proc.h"
#include "tokens.h"

/* The firmware's side, from /sys/firmware/acpi/tables. Each *_r as below. */
struct firmware_facts {
	int fadt_r;
	struct acpi_fadt fadt;
	int facs_r;
	struct acpi_facs facs;
	int aml_r; /* the DSDT; SSDTs that fail to parse only mark the scan partial */
	struct acpi_aml_sleep sleep; /* DSDT and every SSDT merged */
};

/* Wake sources (devices with power/wakeup), the RTCs' permission to wake, and the platform
 * power drivers s2idle needs (doc/policies.md, timed-wake). */
enum module_state {
	MODULE_UNKNOWN = 0, /* not looked at, or the source cannot tell */
	MODULE_ABSENT,	    /* the kernel does not know it (libkmod) */
	MODULE_NOT_LOADED,  /* not in sys/module; whether it could be loaded is not known */
	MODULE_LOADABLE,    /* a module file exists, it is not loaded */
	MODULE_LOADING,	    /* initstate coming or going */
	MODULE_LOADED,	    /* initstate live */
	MODULE_BUILTIN,	    /* built into the kernel */
	_MODULE_STATE_MAX
};

enum pmc_platform { PMC_NONE = 0, PMC_AMD, PMC_INTEL };

struct wake_facts {
	int devices_r;	    /* the enumeration: 0, -E2BIG beyond the bounds, -errno */
	int no_devices_dir; /* the tree has no sys/devices: recorded without the wake probe */
	unsigned n_devices; /* devices with power/wakeup */
	unsigned n_enabled; /* of them, "enabled" */
	unsigned n_odd;	    /* of them, a value neither enabled nor disabled, or unreadable */
	int rtc_list_r;	    /* sys/class/rtc: 0, -ENOENT, -errno */
	unsigned n_rtcs;    /* RTCs listed */
	/* Of the RTCs with a wake alarm, the best answer: 1 its device may wake, 0 wakeup is
	 * disabled, -ENODEV no device with power/wakeup holds it, -EBADMSG odd or unreadable. */
	int rtc_wake;
	enum pmc_platform platform;
	enum module_state pmc_driver; /* of the platform's driver */
};

/* How the host would resume when sys/power/resume is 0:0 and the command line has no resume=
 * (read only then): the initrd's configuration, systemd's version, EFI (doc/policies.md). */
struct resume_paths {
	int probed;
	int itools_r;	     /* etc/initramfs-tools/initramfs.conf: 0, -ENOENT, -errno */
	int itools_resume_r; /* etc/initramfs-tools/conf.d/resume: 0, -ENOENT, -EBADMSG, -errno */
	char *resume;	     /* the last RESUME= of the two, NULL when neither assigns it */
	int dracut;	     /* etc/dracut.conf exists */
	int mkinitcpio_systemd; /* etc/mkinitcpio.conf: 1 HOOKS has systemd, 0 not, -errno */
	unsigned systemd;	/* systemd's version from its shared library, 0 when none found */
	int efi;		/* sys/firmware/efi/efivars is a directory: an EFI boot */
	int hibernate_location; /* systemd's HibernateLocation variable exists */
};

/* Every *_r field: 0 read and parsed, -ENOENT missing, -EBADMSG malformed, other -errno
 * unreadable. */
struct host_facts {
	int state_r;
	char *state_raw;
	struct token_list state;
	int state_writable;	 /* by the caller: 1, 0, -ENODATA (not known), -ENOENT */
	int state_root_writable; /* by root, the power manager: as state_writable */

	int mem_sleep_r;
	struct token_list mem_sleep;

	int disk_r;
	int disk_is_file;
	char *disk_raw;
	struct token_list disk;

	int resume_r;
	unsigned resume_major, resume_minor;
	int resume_offset_r;
	uint64_t resume_offset;
	int image_size_r;
	uint64_t image_size; /* bytes */

	int cmdline_r;
	struct cmdline cmdline;
	int swaps_r;
	struct swaps swaps;
	int meminfo_r;
	struct meminfo meminfo;
	int lockdown_r;
	struct token_list lockdown;

	unsigned n_wake_alarms; /* RTCs with a wakealarm attribute */
	int rtc0_alarm;		/* rtc0 has one (pm-utils looks at rtc0 only) */
	int rtc0_writable;	/* 1, 0, -ENODATA */
	int tuxonice;		/* a TuxOnIce do_hibernate file */

	struct firmware_facts fw;
	struct wake_facts wake;
	struct resume_paths resume_paths;
};

void host_facts_done(struct host_facts *f);
