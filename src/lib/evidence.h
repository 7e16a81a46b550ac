/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The evidence the probers fill, below the report that shows it: facts with their sources, the
 * CPU section and the wake section (wake sources by group, the RTCs, the platform drivers). */
#pragma once

#include <stddef.h>

#include <pmprobe/pmprobe.h>

#include "macro.h"

struct cpu_facts;

struct fact {
	char *key, *value, *path;
	enum pmprobe_fact_state state;
	int err; /* positive errno when unreadable */
};

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

struct evidence {
	struct fact *facts;
	size_t n_facts;
	struct cpu_facts *cpu;	 /* the CPU section; NULL when the probe's scope left it out */
	struct report_wake wake; /* wake sources, RTCs, platform drivers */
};

/* Each adder returns 0 or -ENOMEM; the evidence is bounded (beyond, nothing is added: a hostile
 * tree never fails the probe). */
/* Records a fact; @r is 0 (present), -ENOENT (missing), -EBADMSG (malformed) or -errno. */
int evidence_add_fact(struct evidence *ev, const char *key, const char *path, int r,
		      const char *value);
int evidence_add_factf(struct evidence *ev, const char *key, const char *path, int r,
		       const char *format, ...) _printf_(5, 6);
int evidence_add_wake_device(struct evidence *ev, const struct report_wake_device *d);
int evidence_add_rtc(struct evidence *ev, const char *name, int alarm);
/* Gives the RTC @name the power/wakeup of the device that holds it, unless it has one. */
int evidence_set_rtc_wakeup(struct evidence *ev, const char *name, const char *wakeup);
void evidence_add_platform_driver(struct evidence *ev, const char *name, const char *state);
/* Frees what @ev holds and empties it. */
void evidence_done(struct evidence *ev);
