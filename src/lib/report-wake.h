/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's wake section: wake sources by group, the RTCs, the platform power drivers. */
#pragma once

#include <stddef.h>

struct report_wake_device {
	char *group, *sysname, *subsystem, *driver, *wakeup, *kind, *wakeup_count, *active_count,
		*path; /* any but group, sysname and path may be NULL */
};

struct report_rtc {
	char *name;
	int alarm;	     /* a wakealarm file */
	char *device_wakeup; /* its device's power/wakeup, NULL when none holds it */
};

struct report_driver {
	const char *name, *state; /* static */
};

struct report_wake {
	int probed; /* 0: not looked at (a scoped probe), no section */
	int devices_r;
	unsigned n_enabled;
	struct report_wake_device *devices;
	size_t n_devices;
	struct report_rtc *rtcs;
	size_t n_rtcs;
	const char *platform; /* static */
	struct report_driver drivers[2];
	size_t n_drivers;
};

/* Each returns 0 or -ENOMEM; the section is bounded like the facts (beyond, nothing is added). */
int report_wake_add_device(struct report_wake *w, const struct report_wake_device *d);
int report_wake_add_rtc(struct report_wake *w, const char *name, int alarm);
int report_wake_set_rtc_wakeup(struct report_wake *w, const char *name, const char *wakeup);
void report_wake_add_driver(struct report_wake *w, const char *name, const char *state);
void report_wake_done(struct report_wake *w);
