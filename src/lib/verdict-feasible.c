/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The `feasible` policy: what would actually succeed on this host (doc/policies.md). */
#include <errno.h>
#include <string.h>

#include "hibernate-image.h"
#include "macro.h"
#include "verdict-feasible.h"

/* The state check shared by every target that writes a token to /sys/power/state. */
static void
check_state(const struct host_facts *f, const char *token, enum pmprobe_reason lacks,
	    struct verdict *v)
{
	if (f->state_r == -ENOENT)
		verdict_add(v, PMPROBE_REASON_STATE_MISSING, REASON_BLOCKS_NO);
	else if (f->state_r < 0)
		verdict_add(v, PMPROBE_REASON_STATE_UNREADABLE, REASON_BLOCKS_UNKNOWN);
	else if (f->state.n == 0)
		verdict_add(v, PMPROBE_REASON_STATE_EMPTY, REASON_BLOCKS_NO);
	else if (!token_list_has(&f->state, token))
		verdict_add(v, lacks, REASON_BLOCKS_NO);

	/* The host's answer is its power manager's (root, logind); the caller's own lack of
	 * permission only says who has to ask. */
	if (f->state_root_writable == 0)
		verdict_add(v, PMPROBE_REASON_STATE_NOT_WRITABLE, REASON_BLOCKS_NO);
	else if (f->state_root_writable < 0 && f->state_root_writable != -ENOENT)
		verdict_add(v, PMPROBE_REASON_STATE_WRITABILITY_UNKNOWN, REASON_BLOCKS_UNKNOWN);
	else if (f->state_writable == 0)
		verdict_add(v, PMPROBE_REASON_STATE_NEEDS_PRIVILEGES, REASON_INFO);
}

static void
suspend_variant(const struct host_facts *f, struct verdict *v)
{
	const char *sel = token_list_selected(&f->mem_sleep);

	if (f->mem_sleep_r == -ENOENT)
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_ABSENT, REASON_INFO);
	else if (f->mem_sleep_r < 0 && f->mem_sleep_r != -EBADMSG)
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_UNREADABLE, REASON_INFO);
	else if (sel && streq(sel, "deep"))
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_DEEP, REASON_INFO);
	else if (sel && streq(sel, "s2idle"))
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_S2IDLE, REASON_INFO);
	else if (sel && streq(sel, "shallow"))
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_SHALLOW, REASON_INFO);
	else if (sel)
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_VARIANT_UNKNOWN, REASON_INFO);
	else if (f->mem_sleep_r == -EBADMSG || f->mem_sleep.malformed)
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_MALFORMED, REASON_BLOCKS_UNKNOWN);
	else
		/* The kernel brackets its current variant only when it is valid; state_store()
		 * then fails `mem` with EINVAL (kernel/power/main.c, suspend.c enter_state). */
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_NONE_SELECTED, REASON_BLOCKS_NO);
}

static void
suspend(const struct host_facts *f, struct verdict *v)
{
	check_state(f, "mem", PMPROBE_REASON_STATE_LACKS_MEM, v);
	if (f->state_r >= 0 && token_list_has(&f->state, "mem"))
		suspend_variant(f, v);
	feasible_firmware_suspend(f, v);
	feasible_platform_suspend(f, v);
}

static void
simple_state(const struct host_facts *f, const char *token, enum pmprobe_reason lacks,
	     enum pmprobe_reason has, struct verdict *v)
{
	check_state(f, token, lacks, v);
	if (f->state_r >= 0 && token_list_has(&f->state, token))
		verdict_add(v, has, REASON_INFO);
}

static void
disk_mode(const struct host_facts *f, struct verdict *v)
{
	const char *sel = token_list_selected(&f->disk);

	if (f->disk_r == -ENOENT)
		verdict_add(v, PMPROBE_REASON_NO_HIBERNATION_SUPPORT, REASON_BLOCKS_NO);
	else if (f->disk_r < 0 && f->disk_r != -EBADMSG)
		verdict_add(v, PMPROBE_REASON_DISK_UNREADABLE, REASON_BLOCKS_UNKNOWN);
	else if (sel && streq(sel, "disabled"))
		verdict_add(v, PMPROBE_REASON_DISK_MODE_DISABLED, REASON_BLOCKS_NO);
	else if (!sel)
		verdict_add(v, PMPROBE_REASON_DISK_MALFORMED, REASON_BLOCKS_UNKNOWN);
	else
		verdict_add(v, PMPROBE_REASON_DISK_MODE_SELECTED, REASON_INFO);
}

static void
hibernation_causes(const struct host_facts *f, struct verdict *v)
{
	const char *lock = token_list_selected(&f->lockdown);

	if (f->cmdline_r < 0)
		verdict_add(v, PMPROBE_REASON_CMDLINE_UNREADABLE, REASON_BLOCKS_UNKNOWN);
	else if (f->cmdline.nohibernate)
		verdict_add(v, PMPROBE_REASON_HIBERNATION_DISABLED_BY_CMDLINE, REASON_BLOCKS_NO);
	if (f->lockdown_r < 0 && f->lockdown_r != -ENOENT)
		verdict_add(v, PMPROBE_REASON_LOCKDOWN_UNREADABLE, REASON_INFO);
	else if (lock && (streq(lock, "integrity") || streq(lock, "confidentiality")))
		verdict_add(v, PMPROBE_REASON_LOCKDOWN_BLOCKS_HIBERNATION, REASON_BLOCKS_NO);
}

/* The resume device as MAJ:MIN (from sysfs), as a name (resume=, or an initrd's RESUME=), or
 * any usable swap (the one systemd picks, resuming by its EFI variable). */
struct resume_target {
	int by_devnum;
	unsigned major, minor;
	const char *spec; /* resume= or RESUME= when sysfs says 0:0 */
	int any;
};

static int
resume_target(const struct host_facts *f, struct verdict *v, struct resume_target *t)
{
	if (f->cmdline_r >= 0 && f->cmdline.noresume)
		verdict_add(v, PMPROBE_REASON_NORESUME_ON_CMDLINE, REASON_BLOCKS_NO);
	if (f->resume_r < 0 && f->resume_r != -ENOENT) {
		verdict_add(v, PMPROBE_REASON_RESUME_UNREADABLE, REASON_BLOCKS_UNKNOWN);
		return 0;
	}
	if (f->resume_r >= 0 && (f->resume_major || f->resume_minor)) {
		*t = (struct resume_target){1, f->resume_major, f->resume_minor, NULL, 0};
		return 1;
	}
	if (f->cmdline_r >= 0 && f->cmdline.resume && f->cmdline.resume[0]) {
		*t = (struct resume_target){.spec = f->cmdline.resume};
		return 1;
	}
	if (!feasible_resume_without_cmdline(f, v, &t->spec))
		return 0;
	*t = (struct resume_target){.spec = t->spec, .any = !t->spec};
	return 1;
}

static const char *const unresolvable_specs[] = {"UUID=", "PARTUUID=", "LABEL=", "PARTLABEL="};

static int
swap_matches(const struct host_facts *f, const struct swap_entry *e, const struct resume_target *t)
{
	if (t->any)
		return 1; /* systemd-sleep writes the offset of the swap it picks */
	if (!e->is_partition)
		return f->resume_offset_r >= 0 && f->resume_offset > 0;
	if (t->by_devnum)
		return e->dev_known && e->major == t->major && e->minor == t->minor;
	if (!strncmp(t->spec, "/dev/", 5))
		return streq(t->spec, e->filename);
	/* Names of file systems and partitions cannot be resolved from sysfs: any swap may be it.
	 */
	for (size_t i = 0; i < ELEMENTSOF(unresolvable_specs); i++)
		if (!strncmp(t->spec, unresolvable_specs[i], strlen(unresolvable_specs[i])))
			return 1;
	return 0;
}

static const struct swap_entry *
find_resume_swap(const struct host_facts *f, const struct resume_target *t, struct verdict *v)
{
	size_t usable = 0;

	if (f->swaps_r < 0) {
		verdict_add(v, PMPROBE_REASON_SWAP_UNREADABLE, REASON_BLOCKS_UNKNOWN);
		return NULL;
	}
	if (f->swaps.n == 0) {
		verdict_add(v, PMPROBE_REASON_NO_SWAP, REASON_BLOCKS_NO);
		return NULL;
	}
	for (size_t i = 0; i < f->swaps.n; i++) {
		const struct swap_entry *e = &f->swaps.entries[i];

		if (!swap_entry_usable(e))
			continue;
		usable++;
		if (swap_matches(f, e, t)) {
			verdict_add(v,
				    e->is_partition ? PMPROBE_REASON_RESUME_ON_SWAP_PARTITION
						    : PMPROBE_REASON_RESUME_ON_SWAP_FILE,
				    REASON_INFO);
			return e;
		}
	}
	verdict_add(v,
		    usable ? PMPROBE_REASON_RESUME_DEVICE_NOT_SWAP : PMPROBE_REASON_NO_USABLE_SWAP,
		    REASON_BLOCKS_NO);
	return NULL;
}

/* The kernel's image against the matched swap's free space (hibernate-image.c); systemd's own
 * rule (hibernate-util.c hibernation_is_safe(), sleep-config.c before 254) only informs. */
static void
swap_size(const struct host_facts *f, const struct swap_entry *e, struct verdict *v)
{
	uint64_t free_kib = e->size_kib > e->used_kib ? e->size_kib - e->used_kib : 0;
	const struct meminfo *m = &f->meminfo;
	struct image_model model;

	if (image_model(f, &model) < 0) {
		verdict_add(v, PMPROBE_REASON_MEMINFO_UNREADABLE, REASON_BLOCKS_UNKNOWN);
		return;
	}
	if (model.most_kib <= free_kib)
		verdict_add(v, PMPROBE_REASON_SWAP_ENOUGH, REASON_INFO);
	else if (model.compressed ? model.least_kib > free_kib : model.least_kib >= free_kib)
		verdict_add(v, PMPROBE_REASON_SWAP_TOO_SMALL, REASON_BLOCKS_NO);
	else
		verdict_add(v, PMPROBE_REASON_SWAP_MAY_BE_TOO_SMALL, REASON_BLOCKS_UNKNOWN);
	if (!m->has[MEMINFO_ACTIVE_ANON] ||
	    (long double)m->kib[MEMINFO_ACTIVE_ANON] > 0.98L * (long double)free_kib)
		verdict_add(v, PMPROBE_REASON_SYSTEMD_SWAP_TOO_SMALL, REASON_INFO);
}

static void
hibernate(const struct host_facts *f, struct verdict *v)
{
	struct resume_target t;
	const struct swap_entry *e;

	check_state(f, "disk", PMPROBE_REASON_STATE_LACKS_DISK, v);
	disk_mode(f, v);
	hibernation_causes(f, v);
	feasible_firmware_hibernate(f, v);
	if (!resume_target(f, v, &t))
		return;
	e = find_resume_swap(f, &t, v);
	if (e)
		swap_size(f, e, v);
}

static void
hybrid(const struct host_facts *f, const struct verdict *hib, struct verdict *v)
{
	verdict_merge(v, hib);
	if (f->disk_r < 0)
		return;
	if (token_list_has(&f->disk, "suspend"))
		verdict_add(v, PMPROBE_REASON_DISK_MODE_SUSPEND, REASON_INFO);
	else
		verdict_add(v, PMPROBE_REASON_DISK_MODE_SUSPEND_MISSING, REASON_BLOCKS_NO);
}

void
verdicts_feasible(const struct host_facts *f, struct verdict out[_PMPROBE_TARGET_MAX])
{
	struct verdict *sth = &out[PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE];

	suspend(f, &out[PMPROBE_TARGET_SUSPEND]);
	hibernate(f, &out[PMPROBE_TARGET_HIBERNATE]);
	hybrid(f, &out[PMPROBE_TARGET_HIBERNATE], &out[PMPROBE_TARGET_SUSPEND_HYBRID]);
	simple_state(f, "freeze", PMPROBE_REASON_STATE_LACKS_FREEZE,
		     PMPROBE_REASON_STATE_HAS_FREEZE, &out[PMPROBE_TARGET_FREEZE]);
	simple_state(f, "standby", PMPROBE_REASON_STATE_LACKS_STANDBY,
		     PMPROBE_REASON_STATE_HAS_STANDBY, &out[PMPROBE_TARGET_STANDBY]);
	feasible_timed_wake(f, &out[PMPROBE_TARGET_TIMED_WAKE]);
	verdict_merge(sth, &out[PMPROBE_TARGET_SUSPEND]);
	verdict_merge(sth, &out[PMPROBE_TARGET_HIBERNATE]);
	verdict_merge(sth, &out[PMPROBE_TARGET_TIMED_WAKE]);
}
