/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report object inside the library: facts with their sources, verdicts with reasons. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "macro.h"
#include "report-wake.h"

struct cpu_facts;

struct fact {
	char *key, *value, *path;
	enum pmprobe_fact_state state;
	int err; /* positive errno when unreadable */
};

/* What a reason does to its verdict: the public effect it is reported with. */
enum reason_weight {
	REASON_INFO = PMPROBE_EFFECT_INFORMS,
	REASON_BLOCKS_NO = PMPROBE_EFFECT_BLOCKS,
	REASON_BLOCKS_UNKNOWN = PMPROBE_EFFECT_UNKNOWN,
};

/* The reasons in the order the rules added them, each with its weight: the verdict follows
 * from the weights alone. */
struct verdict {
	size_t n_reasons;
	enum pmprobe_reason reasons[_PMPROBE_REASON_MAX];
	enum reason_weight weights[_PMPROBE_REASON_MAX];
};

struct pmprobe_report {
	int refcount;
	enum pmprobe_policy policy;
	char *backend;
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
/* Adds @reason once, with the strongest weight it was added with (blocks no, then blocks
 * unknown, then informs); the verdict is no if any reason blocks with no, else unknown if any
 * blocks with unknown, else yes. */
void verdict_add(struct verdict *v, enum pmprobe_reason reason, enum reason_weight weight);
/* Adds every reason of @from to @into with its weight. */
void verdict_merge(struct verdict *into, const struct verdict *from);
/* Turns @v's reasons that block with no into informative ones: for an alternative that failed
 * while another one's outcome is not known (pm-utils' RTC fallback). */
void verdict_demote_blocking(struct verdict *v);
enum pmprobe_verdict verdict_get(const struct verdict *v);
struct host_facts;
/* Judges @f under the policy it was probed for (@probed), into the report's verdicts, and under
 * every other policy those facts serve, for pmprobe_report_set_policy(). */
void report_judge(struct pmprobe_report *report, const struct host_facts *f,
		  enum pmprobe_policy probed);
