/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report object inside the library: facts with their sources, verdicts with reasons. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "macro.h"
#include "report-wake.h"
#include "verdict-reasons.h"

struct cpu_facts;

struct fact {
	char *key, *value, *path;
	enum pmprobe_fact_state state;
	int err; /* positive errno when unreadable */
};

struct pmprobe_report {
	int refcount;
	enum pmprobe_policy policy;
	char *backend;
	char *sysroot; /* the root the probe read, NULL for the live host */
	/* uname's release on the live host, a tree's RECORD `kernel:`; NULL when unknown. No
	 * report format shows it but the Prometheus metrics' pmprobe_info. */
	char *kernel_release;
	struct fact *facts;
	size_t n_facts;
	struct verdict verdicts[_PMPROBE_TARGET_MAX];
	/* The verdicts under each policy the probe's facts serve (report-judge.c). */
	struct verdict judged[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX];
	unsigned judged_mask;
	struct cpu_facts *cpu;	 /* the CPU section; NULL when the probe's scope left it out */
	struct report_wake wake; /* wake sources, RTCs, platform drivers */
};

int report_new(enum pmprobe_policy policy, const char *backend, struct pmprobe_report **ret);
/* Records a fact; @r is 0 (present), -ENOENT (missing), -EBADMSG (malformed) or -errno. */
int report_add_fact(struct pmprobe_report *report, const char *key, const char *path, int r,
		    const char *value);
int report_add_factf(struct pmprobe_report *report, const char *key, const char *path, int r,
		     const char *format, ...) _printf_(5, 6);
struct host_facts;
/* Judges @f under the policy it was probed for (@probed), into the report's verdicts, and under
 * every other policy those facts serve, for pmprobe_report_set_policy(). */
void report_judge(struct pmprobe_report *report, const struct host_facts *f,
		  enum pmprobe_policy probed);
