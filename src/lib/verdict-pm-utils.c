/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The `pm-utils` policy: what pm-utils 1.4.1's pm-is-supported answers with its defaults. */
#include <errno.h>
#include <string.h>

#include "macro.h"
#include "verdict.h"

/* `grep -q NEEDLE FILE`: a substring of any line. */
static int
grep(const char *text, const char *needle)
{
	size_t nlen = strlen(needle);

	for (const char *line = text; text && *line;) {
		size_t len = strcspn(line, "\n");

		for (size_t i = 0; i + nlen <= len; i++)
			if (!memcmp(line + i, needle, nlen))
				return 1;
		line += len + (line[len] == '\n');
	}
	return 0;
}

static int
state_greps(const struct host_facts *f, const char *needle, struct verdict *v)
{
	if (f->state_r == -ENOENT)
		verdict_add(v, PMPROBE_REASON_STATE_MISSING, REASON_BLOCKS_NO);
	else if (f->state_r < 0)
		verdict_add(v, PMPROBE_REASON_STATE_UNREADABLE, REASON_BLOCKS_NO);
	else
		return grep(f->state_raw, needle);
	return 0;
}

static void
pm_utils_suspend(const struct host_facts *f, struct verdict *v)
{
	if (state_greps(f, "mem", v)) {
		verdict_add(v, PMPROBE_REASON_STATE_HAS_MEM, REASON_INFO);
		return;
	}
	verdict_add(v, PMPROBE_REASON_PMU_NOT_APPLICABLE, REASON_INFO);
	if (state_greps(f, "standby", v)) {
		verdict_add(v, PMPROBE_REASON_STATE_HAS_STANDBY, REASON_INFO);
		return;
	}
	if (f->state_r >= 0) {
		verdict_add(v, PMPROBE_REASON_STATE_LACKS_MEM, REASON_BLOCKS_NO);
		verdict_add(v, PMPROBE_REASON_STATE_LACKS_STANDBY, REASON_BLOCKS_NO);
	}
}

/* The kernel test of pm-functions: `[ -f /sys/power/disk ] && grep -q disk /sys/power/state`. */
static int
kernel_hibernate(const struct host_facts *f, struct verdict *v)
{
	int file = f->disk_is_file, disk = state_greps(f, "disk", v);

	if (!file)
		verdict_add(v, PMPROBE_REASON_DISK_FILE_MISSING, REASON_BLOCKS_NO);
	if (f->state_r >= 0 && !disk)
		verdict_add(v, PMPROBE_REASON_STATE_LACKS_DISK, REASON_BLOCKS_NO);
	return file && disk;
}

static void
pm_utils_hibernate(const struct host_facts *f, struct verdict *v)
{
	if (f->tuxonice)
		verdict_add(v, PMPROBE_REASON_TUXONICE, REASON_INFO);
	else if (kernel_hibernate(f, v))
		verdict_add(v, PMPROBE_REASON_STATE_HAS_DISK, REASON_INFO);
}

/* suspend + an RTC alarm, then hibernate: only when rtc0's wakealarm is writable (`test -w`). */
static void
rtc_fallback(const struct host_facts *f, const struct verdict *sus, const struct verdict *hib,
	     struct verdict *v)
{
	struct verdict fallback = {0};

	if (!f->rtc0_alarm)
		verdict_add(&fallback, PMPROBE_REASON_NO_WAKE_ALARM, REASON_BLOCKS_NO);
	else if (f->rtc0_writable == 0)
		verdict_add(&fallback, PMPROBE_REASON_RTC_NOT_WRITABLE, REASON_BLOCKS_NO);
	else if (f->rtc0_writable < 0)
		verdict_add(&fallback, PMPROBE_REASON_RTC_WRITABILITY_UNKNOWN,
			    REASON_BLOCKS_UNKNOWN);
	if (verdict_get(sus) != PMPROBE_YES)
		verdict_add(&fallback, PMPROBE_REASON_SUSPEND_UNAVAILABLE, REASON_BLOCKS_NO);
	if (verdict_get(hib) != PMPROBE_YES)
		verdict_add(&fallback, PMPROBE_REASON_HIBERNATE_UNAVAILABLE, REASON_BLOCKS_NO);
	if (verdict_get(&fallback) == PMPROBE_YES) {
		*v = (struct verdict){0};
		verdict_add(v, PMPROBE_REASON_RTC_FALLBACK, REASON_INFO);
		return;
	}
	/* The kernel branch failed for sure; only the fallback can be undecided, and then what
	 * failed in the kernel branch no longer decides the verdict. */
	if (verdict_get(&fallback) == PMPROBE_UNKNOWN)
		verdict_demote_blocking(v);
	verdict_merge(v, &fallback);
}

static void
pm_utils_hybrid(const struct host_facts *f, const struct verdict *sus, const struct verdict *hib,
		struct verdict *v)
{
	if (f->tuxonice && f->state_r >= 0 && grep(f->state_raw, "mem")) {
		verdict_add(v, PMPROBE_REASON_TUXONICE, REASON_INFO);
		return;
	}
	if (kernel_hibernate(f, v)) {
		if (f->disk_raw && grep(f->disk_raw, "suspend")) {
			verdict_add(v, PMPROBE_REASON_DISK_MODE_SUSPEND, REASON_INFO);
			return;
		}
		verdict_add(v, PMPROBE_REASON_DISK_MODE_SUSPEND_MISSING, REASON_BLOCKS_NO);
	}
	rtc_fallback(f, sus, hib, v);
}

void
verdicts_pm_utils(const struct host_facts *f, struct verdict out[_PMPROBE_TARGET_MAX])
{
	static const enum pmprobe_target others[] = {PMPROBE_TARGET_FREEZE, PMPROBE_TARGET_STANDBY,
						     PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE,
						     PMPROBE_TARGET_TIMED_WAKE};

	pm_utils_suspend(f, &out[PMPROBE_TARGET_SUSPEND]);
	pm_utils_hibernate(f, &out[PMPROBE_TARGET_HIBERNATE]);
	pm_utils_hybrid(f, &out[PMPROBE_TARGET_SUSPEND], &out[PMPROBE_TARGET_HIBERNATE],
			&out[PMPROBE_TARGET_SUSPEND_HYBRID]);
	for (size_t i = 0; i < ELEMENTSOF(others); i++)
		verdict_add(&out[others[i]], PMPROBE_REASON_NOT_IN_POLICY, REASON_BLOCKS_NO);
}
