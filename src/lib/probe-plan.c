/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The read plan: one table of what each verdict, full report and section reads, per policy. */
#include <pmprobe/pmprobe.h>

#include "macro.h"
#include "probe.h"

#define N(name) PROBE_NEED_##name
#define T(name) (1u << PMPROBE_TARGET_##name)
#define SUS T(SUSPEND)
#define HIB T(HIBERNATE)
#define HYB T(SUSPEND_HYBRID)
#define STH T(SUSPEND_THEN_HIBERNATE) /* suspend, hibernate and timed-wake merged */
#define WAKE T(TIMED_WAKE)
#define STATE_TARGETS (SUS | HIB | HYB | T(FREEZE) | T(STANDBY) | STH)
#define FEASIBLE (1u << PMPROBE_POLICY_FEASIBLE)
#define PM_UTILS (1u << PMPROBE_POLICY_PM_UTILS)
#define BOTH (FEASIBLE | PM_UTILS)
#define SECTION_WAKE PMPROBE_SECTION_WAKE
#define SECTION_CPU PMPROBE_SECTION_CPU

/* One row a group of reads, with what it builds on (the wake probe places the RTCs probe_rtc
 * found): the targets whose verdict reads it under each policy (verdict-feasible.c,
 * verdict-pm-utils.c), the policies whose full report shows it (verdicts and the evidence that
 * only informs: the firmware's tables, the platform driver), and the sections that show it. A
 * probe for some targets reads the rows of their verdicts, a full probe (PMPROBE_TARGETS_ALL) the
 * rows its policy's report shows; either reads the rows of the sections asked for. */
static const struct plan_row {
	unsigned needs;
	unsigned feasible, pm_utils; /* targets whose verdict reads it */
	unsigned report;	     /* policies whose full report reads it */
	unsigned sections;	     /* enum pmprobe_section */
} plan[] = {
	/* clang-format off */
	/* needs                    feasible        pm-utils      report     sections */
	{N(STATE),                  STATE_TARGETS,  SUS|HIB|HYB,  BOTH,      0},
	{N(MEM_SLEEP),              SUS|STH,        0,            BOTH,      0},
	{N(DISK),                   HIB|HYB|STH,    HIB|HYB,      BOTH,      0},
	/* The initrd's resume paths are read with both: they need resume and the command line. */
	{N(RESUME),                 HIB|HYB|STH,    0,            BOTH,      0},
	{N(PROC),                   HIB|HYB|STH,    0,            BOTH,      0},
	{N(LOCKDOWN),               HIB|HYB|STH,    0,            BOTH,      0},
	{N(RTC),                    WAKE|STH,       HYB,          BOTH,      0},
	{N(TUXONICE),               0,              HIB|HYB,      BOTH,      0},
	{N(ACPI),                   0,              0,            BOTH,      0},
	{N(WAKE) | N(RTC),          WAKE|STH,       0,            FEASIBLE,  SECTION_WAKE},
	{N(WAKE_DEVICES) | N(RTC),  0,              0,            0,         SECTION_WAKE},
	{N(CPU),                    0,              0,            0,         SECTION_CPU},
	/* clang-format on */
};

unsigned
probe_plan(enum pmprobe_policy policy, unsigned targets, unsigned sections)
{
	int full = targets == PMPROBE_TARGETS_ALL;
	unsigned needs = 0;

	for (size_t i = 0; i < ELEMENTSOF(plan); i++) {
		const struct plan_row *row = &plan[i];
		unsigned verdicts =
			policy == PMPROBE_POLICY_PM_UTILS ? row->pm_utils : row->feasible;

		if ((!full && (verdicts & targets)) || (full && (row->report & (1u << policy))) ||
		    (row->sections & sections))
			needs |= row->needs;
	}
	return needs;
}
