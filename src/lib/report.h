/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report object inside the library: the evidence the probers filled (evidence.h), verdicts
 * with reasons; the getters above it. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "evidence.h"
#include "verdict-reasons.h"

struct pmprobe_report {
	int refcount;
	enum pmprobe_policy policy;
	char *backend;
	char *sysroot; /* the root the probe read, NULL for the live host */
	/* uname's release on the live host, a tree's RECORD `kernel:`; NULL when unknown. No
	 * report format shows it but the Prometheus metrics' pmprobe_info. */
	char *kernel_release;
	struct verdict verdicts[_PMPROBE_TARGET_MAX];
	/* The verdicts under each policy the probe's facts serve (report-judge.c). */
	struct verdict judged[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX];
	unsigned judged_mask;
	struct evidence evidence; /* facts, the CPU and wake sections: what the probers filled */
};

int report_new(enum pmprobe_policy policy, const char *backend, struct pmprobe_report **ret);
struct host_facts;
/* Judges @f under the policy it was probed for (@probed), into the report's verdicts, and under
 * every other policy those facts serve, for pmprobe_report_set_policy(). */
void report_judge(struct pmprobe_report *report, const struct host_facts *f,
		  enum pmprobe_policy probed);
