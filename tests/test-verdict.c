/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for both policies of doc/policies.md: one small tree per rule, via the public API. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pmprobe/pmprobe.h>

#include "testutil.h"

struct fixture {
	char *root;
	struct pmprobe_report *rep;
};

/* What the healthy host's hibernation reasons are: all informative. */
#define HIB_OK "disk-mode-selected resume-on-swap-partition swap-enough"
#define HIB_OK_TAIL "resume-on-swap-partition swap-enough"

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (!fx)
		return -1;
	*state = fx;
	fx->root = tu_root_new();
	if (!fx->root)
		return -1;
	tu_healthy_host(fx->root);
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	pmprobe_report_unref(fx->rep);
	tu_root_free(fx->root);
	free(fx);
	return 0;
}

static void
probe(struct fixture *fx, enum pmprobe_policy policy)
{
	struct pmprobe_ctx *ctx = NULL;
	int r;

	fx->rep = pmprobe_report_unref(fx->rep);
	assert_int_equal(pmprobe_new(&ctx, fx->root), 0);
	r = pmprobe_set_policy(ctx, policy);
	if (r >= 0)
		r = pmprobe_probe(ctx, &fx->rep);
	pmprobe_unref(ctx);
	assert_int_equal(r, 0);
	assert_int_equal(pmprobe_report_get_policy(fx->rep), policy);
}

static void
reasons_string(const int set[_PMPROBE_REASON_MAX], char *buf, size_t size)
{
	size_t off = 0;

	buf[0] = '\0';
	for (int i = 0; i < _PMPROBE_REASON_MAX && off < size; i++)
		if (set[i])
			off += (size_t)snprintf(buf + off, size - off, "%s%s", off ? " " : "",
						pmprobe_reason_to_string((enum pmprobe_reason)i));
}

/* Asserts the verdict and the exact set of reasons (space-separated names) of one target. */
static void
check(const struct fixture *fx, enum pmprobe_target target, enum pmprobe_verdict verdict,
      const char *reasons, int line)
{
	int want[_PMPROBE_REASON_MAX] = {0}, got[_PMPROBE_REASON_MAX] = {0}, effects[3] = {0};
	char *copy = strdup(reasons), *save = NULL, want_s[2048], got_s[2048];
	size_t n = pmprobe_report_get_n_reasons(fx->rep, target);
	enum pmprobe_verdict v = pmprobe_report_get_verdict(fx->rep, target);

	assert_non_null(copy);
	for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		int r = pmprobe_reason_from_string(w);

		if (r < 0)
			fail_msg("line %d: no such reason '%s'", line, w);
		want[r] = 1;
	}
	free(copy);
	for (size_t i = 0; i < n; i++) {
		int r = pmprobe_report_get_reason(fx->rep, target, i);

		assert_true(r >= 0 && r < _PMPROBE_REASON_MAX);
		effects[pmprobe_report_get_reason_effect(fx->rep, target, i)]++;
		if (got[r])
			fail_msg("line %d: reason %s listed twice", line,
				 pmprobe_reason_to_string((enum pmprobe_reason)r));
		got[r] = 1;
	}
	reasons_string(want, want_s, sizeof(want_s));
	reasons_string(got, got_s, sizeof(got_s));
	if (v != verdict || memcmp(want, got, sizeof(want)) != 0)
		fail_msg("line %d: %s %s: got %s [%s], expected %s [%s]", line,
			 pmprobe_policy_to_string(pmprobe_report_get_policy(fx->rep)),
			 pmprobe_target_to_string(target), pmprobe_verdict_to_string(v), got_s,
			 pmprobe_verdict_to_string(verdict), want_s);
	/* The verdict is what its reasons' effects say (doc/policies.md). */
	if (v != (effects[PMPROBE_EFFECT_BLOCKS]    ? PMPROBE_NO
		  : effects[PMPROBE_EFFECT_UNKNOWN] ? PMPROBE_UNKNOWN
						    : PMPROBE_YES))
		fail_msg("line %d: verdict %s with %d blocking and %d unknown reasons", line,
			 pmprobe_verdict_to_string(v), effects[PMPROBE_EFFECT_BLOCKS],
			 effects[PMPROBE_EFFECT_UNKNOWN]);
}

/* Asserts the effect of one reason of a target. */
static void
check_effect(const struct fixture *fx, enum pmprobe_target target, const char *reason,
	     enum pmprobe_effect effect, int line)
{
	int code = pmprobe_reason_from_string(reason);

	for (size_t i = 0; i < pmprobe_report_get_n_reasons(fx->rep, target); i++) {
		int e = pmprobe_report_get_reason_effect(fx->rep, target, i);

		if (pmprobe_report_get_reason(fx->rep, target, i) != code)
			continue;
		if (e != (int)effect)
			fail_msg("line %d: %s %s: %s %s, expected %s", line,
				 pmprobe_policy_to_string(pmprobe_report_get_policy(fx->rep)),
				 pmprobe_target_to_string(target), reason,
				 pmprobe_effect_to_string((enum pmprobe_effect)e),
				 pmprobe_effect_to_string(effect));
		return;
	}
	fail_msg("line %d: %s has no reason %s", line, pmprobe_target_to_string(target), reason);
}

#define FEASIBLE(fx) probe(fx, PMPROBE_POLICY_FEASIBLE)
#define PM_UTILS(fx) probe(fx, PMPROBE_POLICY_PM_UTILS)
#define EXPECT(fx, target, verdict, reasons)                                                       \
	check(fx, PMPROBE_TARGET_##target, PMPROBE_##verdict, reasons, __LINE__)
#define EXPECT_EFFECT(fx, target, reason, effect)                                                  \
	check_effect(fx, PMPROBE_TARGET_##target, reason, PMPROBE_EFFECT_##effect, __LINE__)

static void
set_swaps(struct fixture *fx, const char *lines)
{
	char *text;

	assert_true(asprintf(&text, "%s%s", TU_SWAPS_HEADER, lines) > 0);
	tu_write(fx->root, "proc/swaps", text);
	free(text);
}

static void
set_active_anon(struct fixture *fx, const char *kib)
{
	char *text;

	assert_true(asprintf(&text,
			     "MemTotal: 16303612 kB\nMemFree: 9876543 kB\n"
			     "Active(anon): %s kB\n",
			     kib) > 0);
	tu_write(fx->root, "proc/meminfo", text);
	free(text);
}

/* A small host for the image model: 100000 KiB in use, 48576 KiB of RAM kept by the kernel
 * (DirectMap less MemTotal), reclaimable 10000 + anon + 5000 + 20000 + 20000 KiB. With
 * image_size above all of it the kernel keeps every page: 147552 KiB (the first MiB not
 * counted) to 148576 KiB, which takes at least 147552 / 8 = 18444 KiB of swap and at most
 * 148576 + 1/16 + 1/256 + 4096 = 162538 KiB. */
static void
set_small_host(struct fixture *fx, const char *active_anon)
{
	char *text;

	assert_true(asprintf(&text,
			     "MemTotal: 1000000 kB\nMemFree: 900000 kB\n"
			     "Active(anon): %s kB\nInactive(anon): 5000 kB\n"
			     "Active(file): 20000 kB\nInactive(file): 20000 kB\n"
			     "SReclaimable: 10000 kB\nDirectMap4k: 1048576 kB\n",
			     active_anon) > 0);
	tu_write(fx->root, "proc/meminfo", text);
	free(text);
}

#define HIB_MAYBE "disk-mode-selected resume-on-swap-partition swap-may-be-too-small"
#define HIB_SMALL "disk-mode-selected resume-on-swap-partition swap-too-small"

/* The resume swap, sda2, with @size KiB of which @used in use; hibernate's answer. */
#define EXPECT_SWAP(fx, size, used, verdict, reasons)                                              \
	expect_swap(fx, size, used, PMPROBE_##verdict, reasons, __LINE__)

static void
expect_swap(struct fixture *fx, unsigned long size, unsigned long used,
	    enum pmprobe_verdict verdict, const char *reasons, int line)
{
	char *lines;

	assert_true(asprintf(&lines, "/dev/sda2 partition %lu %lu -2\n", size, used) > 0);
	set_swaps(fx, lines);
	free(lines);
	FEASIBLE(fx);
	check(fx, PMPROBE_TARGET_HIBERNATE, verdict, reasons, line);
}

/* feasible: the healthy host */

static void
test_verdict_feasible_healthy_host(void **state)
{
	struct fixture *fx = *state;

	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
	EXPECT(fx, SUSPEND_HYBRID, YES, HIB_OK " disk-mode-suspend");
	EXPECT(fx, FREEZE, YES, "state-has-freeze");
	EXPECT(fx, STANDBY, NO, "state-lacks-standby");
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, YES, "mem-sleep-deep " HIB_OK " rtc-alarm-can-wake");
}

/* feasible: the state check */

static void
test_verdict_feasible_state_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/state");
	FEASIBLE(fx);
	/* No writability reason either: there is nothing to write. */
	EXPECT(fx, SUSPEND, NO, "state-missing");
	EXPECT(fx, FREEZE, NO, "state-missing");
	EXPECT(fx, STANDBY, NO, "state-missing");
	EXPECT(fx, HIBERNATE, NO, "state-missing " HIB_OK);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO, "state-missing " HIB_OK " rtc-alarm-can-wake");
}

static void
test_verdict_feasible_state_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/state");
	tu_mkfifo(fx->root, "sys/power/state");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, UNKNOWN, "state-unreadable");
	EXPECT(fx, FREEZE, UNKNOWN, "state-unreadable");
	EXPECT(fx, HIBERNATE, UNKNOWN, "state-unreadable " HIB_OK);
}

static void
test_verdict_feasible_state_empty(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", " \n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "state-empty");
	EXPECT(fx, FREEZE, NO, "state-empty");
	EXPECT(fx, STANDBY, NO, "state-empty");
	EXPECT(fx, HIBERNATE, NO, "state-empty " HIB_OK);
}

static void
test_verdict_feasible_state_lacks_mem(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze disk\n");
	FEASIBLE(fx);
	/* The mem_sleep variant is only reported when mem is offered. */
	EXPECT(fx, SUSPEND, NO, "state-lacks-mem");
	EXPECT(fx, FREEZE, YES, "state-has-freeze");
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO, "state-lacks-mem " HIB_OK " rtc-alarm-can-wake");
}

static void
test_verdict_feasible_state_lacks_freeze(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "mem disk\n");
	FEASIBLE(fx);
	EXPECT(fx, FREEZE, NO, "state-lacks-freeze");
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_feasible_state_has_standby(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze standby mem disk\n");
	FEASIBLE(fx);
	EXPECT(fx, STANDBY, YES, "state-has-standby");
}

static void
test_verdict_feasible_state_tokens_not_substrings(void **state)
{
	struct fixture *fx = *state;

	/* Tokens, not greps: "memx" is not "mem", "[mem" is not "mem". */
	tu_write(fx->root, "sys/power/state", "freezer memx diskette standby2 [mem\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "state-lacks-mem");
	EXPECT(fx, FREEZE, NO, "state-lacks-freeze");
	EXPECT(fx, STANDBY, NO, "state-lacks-standby");
	EXPECT(fx, HIBERNATE, NO, "state-lacks-disk " HIB_OK);
}

static void
test_verdict_feasible_state_lacks_disk(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze mem\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "state-lacks-disk " HIB_OK);
	EXPECT(fx, SUSPEND_HYBRID, NO, "state-lacks-disk " HIB_OK " disk-mode-suspend");
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
	/* What blocked the verdict, and what only describes the host. */
	EXPECT_EFFECT(fx, HIBERNATE, "state-lacks-disk", BLOCKS);
	EXPECT_EFFECT(fx, HIBERNATE, "disk-mode-selected", INFORMS);
	EXPECT_EFFECT(fx, SUSPEND_HYBRID, "disk-mode-suspend", INFORMS);
}

/* feasible: writability */

/* A recording made as root proves what root could write. */
static void
test_verdict_feasible_state_not_writable(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "RECORD", "origin: synthetic\neuid: 0\nwritable:\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "state-not-writable mem-sleep-deep");
	EXPECT(fx, FREEZE, NO, "state-not-writable state-has-freeze");
	EXPECT(fx, STANDBY, NO, "state-not-writable state-lacks-standby");
	EXPECT(fx, HIBERNATE, NO, "state-not-writable " HIB_OK);
}

static void
test_verdict_feasible_state_not_in_writable_list(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "RECORD",
		 "euid: 0\nwritable: sys/power/disk sys/class/rtc/rtc0/wakealarm\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "state-not-writable mem-sleep-deep");
}

/* Recorded unprivileged: the recorder could not write the state, which says only who has to
 * ask; root's view is the tree's file (a write bit, a read-write mount). */
static void
test_verdict_feasible_state_needs_privileges(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "RECORD", "origin: recorded\neuid: 1000\nwritable:\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "state-needs-privileges mem-sleep-deep");
	EXPECT(fx, FREEZE, YES, "state-needs-privileges state-has-freeze");
	EXPECT(fx, HIBERNATE, YES, "state-needs-privileges " HIB_OK);
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
}

/* ... and a state file without any write permission stops root too. */
static void
test_verdict_feasible_state_without_write_bits(void **state)
{
	struct fixture *fx = *state;
	char *path = tu_path(fx->root, "sys/power/state");

	tu_write(fx->root, "RECORD", "origin: recorded\neuid: 1000\nwritable:\n");
	assert_int_equal(chmod(path, 0444), 0);
	free(path);
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "state-not-writable mem-sleep-deep");
}

/* Without writable: the tree reads as it would replayed as /sys: its own file, as this caller
 * (here its owner, or root) sees it. */
static void
test_verdict_feasible_writability_from_tree_without_key(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "RECORD", "format: 1\norigin: recorded\neuid: 0\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
	EXPECT(fx, FREEZE, YES, "state-has-freeze");
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
	EXPECT(fx, STANDBY, NO, "state-lacks-standby");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, YES, "disk-mode-suspend");
}

static void
test_verdict_feasible_writability_from_tree_without_record(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "RECORD");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

/* feasible: suspend's variant from mem_sleep */

static void
test_verdict_feasible_mem_sleep_s2idle(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "[s2idle] deep\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-s2idle");
}

static void
test_verdict_feasible_mem_sleep_shallow(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "s2idle [shallow] deep\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-shallow");
}

static void
test_verdict_feasible_mem_sleep_absent(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/mem_sleep");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-absent");
}

static void
test_verdict_feasible_mem_sleep_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/mem_sleep");
	tu_mkfifo(fx->root, "sys/power/mem_sleep");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-unreadable");
}

static void
test_verdict_feasible_mem_sleep_no_selection(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "s2idle deep\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "mem-sleep-none-selected");
}

/* mem_sleep_default=deep where the firmware has no S3: the kernel's current variant is deep,
 * which is not offered, so nothing is bracketed and `echo mem` fails with EINVAL. */
static void
test_verdict_feasible_mem_sleep_default_not_offered(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "s2idle\n");
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 ro mem_sleep_default=deep\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "mem-sleep-none-selected");
	EXPECT(fx, FREEZE, YES, "state-has-freeze");
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO,
	       "mem-sleep-none-selected " HIB_OK " rtc-alarm-can-wake");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
}

static void
test_verdict_feasible_mem_sleep_two_selected(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "[s2idle] [deep]\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, UNKNOWN, "mem-sleep-malformed");
}

static void
test_verdict_feasible_mem_sleep_unknown_selected(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "s2idle [hybrid]\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-variant-unknown");
}

/* feasible: hibernation modes in sys/power/disk */

static void
test_verdict_feasible_disk_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/disk");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "no-hibernation-support resume-on-swap-partition swap-enough");
	/* Nothing said about the suspend mode: disk was not read. */
	EXPECT(fx, SUSPEND_HYBRID, NO,
	       "no-hibernation-support resume-on-swap-partition swap-enough");
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_feasible_disk_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/disk");
	tu_mkfifo(fx->root, "sys/power/disk");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-unreadable resume-on-swap-partition swap-enough");
	EXPECT(fx, SUSPEND_HYBRID, UNKNOWN, "disk-unreadable resume-on-swap-partition swap-enough");
}

static void
test_verdict_feasible_disk_disabled(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[disabled]\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-disabled resume-on-swap-partition swap-enough");
	EXPECT(fx, SUSPEND_HYBRID, NO,
	       "disk-mode-disabled resume-on-swap-partition swap-enough disk-mode-suspend-missing");
}

static void
test_verdict_feasible_disk_no_selection(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "platform shutdown reboot suspend\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-malformed resume-on-swap-partition swap-enough");
}

static void
test_verdict_feasible_disk_two_selected(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] [shutdown] suspend\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-malformed resume-on-swap-partition swap-enough");
	/* Not well formed: its suspend mode is not judged. */
	EXPECT(fx, SUSPEND_HYBRID, UNKNOWN, "disk-malformed resume-on-swap-partition swap-enough");
}

static void
test_verdict_feasible_disk_other_mode_selected(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "platform [shutdown] reboot suspend\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

/* feasible: what disables hibernation */

static void
test_verdict_feasible_cmdline_nohibernate(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 ro nohibernate quiet\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "hibernation-disabled-by-cmdline " HIB_OK);
	EXPECT(fx, SUSPEND_HYBRID, NO,
	       "hibernation-disabled-by-cmdline " HIB_OK " disk-mode-suspend");
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_feasible_cmdline_hibernate_no(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 hibernate=no\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "hibernation-disabled-by-cmdline " HIB_OK);
}

static void
test_verdict_feasible_cmdline_hibernate_nocompress(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 hibernate=nocompress\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

static void
test_verdict_feasible_cmdline_after_double_dash(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 -- nohibernate noresume\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

static void
test_verdict_feasible_cmdline_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "proc/cmdline");
	tu_mkfifo(fx->root, "proc/cmdline");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "cmdline-unreadable " HIB_OK);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_feasible_lockdown_integrity(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/kernel/security/lockdown", "none [integrity] confidentiality\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "lockdown-blocks-hibernation " HIB_OK);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_feasible_lockdown_confidentiality(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/kernel/security/lockdown", "none integrity [confidentiality]\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "lockdown-blocks-hibernation " HIB_OK);
}

static void
test_verdict_feasible_lockdown_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/kernel/security/lockdown");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

static void
test_verdict_feasible_lockdown_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/kernel/security/lockdown");
	tu_mkfifo(fx->root, "sys/kernel/security/lockdown");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, "lockdown-unreadable " HIB_OK);
}

/* feasible: the resume device */

static void
test_verdict_feasible_noresume(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 noresume\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "noresume-on-cmdline " HIB_OK);
}

static void
test_verdict_feasible_hibernate_noresume(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 hibernate=noresume\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "noresume-on-cmdline " HIB_OK);
}

static void
test_verdict_feasible_no_resume_device(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-resume-device");
	EXPECT(fx, SUSPEND_HYBRID, NO, "disk-mode-selected no-resume-device disk-mode-suspend");
}

/* Resume without resume=: the boot paths' evidence decides (doc/policies.md). */
static void
test_verdict_feasible_resume_initramfs_tools(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "etc/initramfs-tools/initramfs.conf", "MODULES=most\n");
	/* No systemd-sleep to set the resume device: the kernel refuses. */
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-resume-device");
	tu_write(fx->root, "usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so", "");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected resume-chosen-at-initrd-build");
	tu_write(fx->root, "etc/initramfs-tools/conf.d/resume", "RESUME=auto\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected resume-chosen-at-initrd-build");
	tu_write(fx->root, "etc/initramfs-tools/conf.d/resume", "RESUME=none\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected initramfs-resume-none");
	tu_write(fx->root, "etc/initramfs-tools/conf.d/resume", "RESUME=/dev/sda2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES,
	       "disk-mode-selected resume-from-initramfs-config resume-on-swap-partition "
	       "swap-enough");
	tu_write(fx->root, "etc/initramfs-tools/conf.d/resume", "RESUME=/dev/sdb9\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO,
	       "disk-mode-selected resume-from-initramfs-config resume-device-not-swap");
	/* initramfs.conf's RESUME= is overridden by conf.d's. */
	tu_write(fx->root, "etc/initramfs-tools/initramfs.conf", "RESUME=/dev/sda2\n");
	tu_write(fx->root, "etc/initramfs-tools/conf.d/resume", "RESUME=none\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected initramfs-resume-none");
	/* resume= on the command line comes first: nothing else is read. */
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 resume=/dev/sda2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

static void
test_verdict_feasible_resume_initramfs_config_bad(void **state)
{
	struct fixture *fx = *state;
	char value[300] = "RESUME=";

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "usr/lib/systemd/libsystemd-shared-254.so", "");
	/* A value over 255 bytes. */
	memset(value + 7, 'a', sizeof(value) - 8);
	value[sizeof(value) - 1] = '\0';
	tu_write(fx->root, "etc/initramfs-tools/conf.d/resume", value);
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected initramfs-config-unreadable");
	tu_remove(fx->root, "etc/initramfs-tools/conf.d/resume");
	tu_mkdir(fx->root, "etc/initramfs-tools/conf.d/resume");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected initramfs-config-unreadable");
}

static void
test_verdict_feasible_resume_systemd_efi(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "etc/mkinitcpio.conf", "HOOKS=(base systemd autodetect block)\n");
	tu_write(fx->root, "usr/lib/systemd/libsystemd-shared-256.7-1-arch.so", "");
	/* Without EFI systemd 255 and later refuse to hibernate without a resume device. */
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected systemd-needs-resume-device");
	tu_mkdir(fx->root, "sys/firmware/efi/efivars");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES,
	       "disk-mode-selected resume-from-efi-hibernate-location resume-on-swap-partition "
	       "swap-enough");
	/* The initrd must run systemd to read the EFI variable. */
	tu_write(fx->root, "etc/mkinitcpio.conf", "HOOKS=(base udev autodetect resume)\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-resume-device");
	/* dracut before systemd 255: resume= for the host's swap, chosen when it built. */
	tu_remove(fx->root, "etc/mkinitcpio.conf");
	tu_write(fx->root, "etc/dracut.conf", "# empty\n");
	tu_remove(fx->root, "usr/lib/systemd/libsystemd-shared-256.7-1-arch.so");
	tu_write(fx->root, "usr/lib64/systemd/libsystemd-shared-254.5-2.fc39.so", "");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected resume-chosen-at-initrd-build");
	tu_remove(fx->root, "usr/lib64/systemd/libsystemd-shared-254.5-2.fc39.so");
	tu_write(fx->root, "usr/lib64/systemd/libsystemd-shared-255.14-1.fc40.so", "");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES,
	       "disk-mode-selected resume-from-efi-hibernate-location resume-on-swap-partition "
	       "swap-enough");
	/* systemd picks the swap: a swap file does too, and zram never. */
	tu_write(fx->root, "proc/swaps",
		 TU_SWAPS_HEADER "/dev/zram0                              partition\t8388604\t0"
				 "\t\t100\n/swapfile                               file\t\t8388604"
				 "\t0\t\t-2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES,
	       "disk-mode-selected resume-from-efi-hibernate-location resume-on-swap-file "
	       "swap-enough");
}

/* A name that only looks like systemd's library, or a directory of that name, is no version. */
static void
test_verdict_hostile_systemd_evidence(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "etc/dracut.conf", "");
	tu_mkdir(fx->root, "sys/firmware/efi/efivars");
	tu_mkdir(fx->root, "usr/lib/systemd/libsystemd-shared-255.so");
	tu_symlink(fx->root, "usr/lib64", "/nowhere");
	tu_write(fx->root, "usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-x255.so", "");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-resume-device");
	/* A HibernateLocation variable shorter than its attribute word is only a fact. */
	tu_write(fx->root,
		 "sys/firmware/efi/efivars/"
		 "HibernateLocation-8cf2644b-4b0b-428f-9387-6d876050dc67",
		 "ab");
	tu_write(fx->root, "usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-255.so", "");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES,
	       "disk-mode-selected resume-from-efi-hibernate-location " HIB_OK_TAIL);
}

static void
test_verdict_feasible_resume_missing_and_no_cmdline(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/resume");
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 resume=\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-resume-device");
}

static void
test_verdict_feasible_resume_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/resume");
	tu_mkfifo(fx->root, "sys/power/resume");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected resume-unreadable");
}

static void
test_verdict_feasible_resume_malformed(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "sda2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected resume-unreadable");
}

static void
test_verdict_feasible_resume_from_cmdline_path(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 resume=/dev/sdb1 resume=/dev/sda2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);

	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 resume=/dev/sda2 resume=/dev/sdb1\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

static void
test_verdict_feasible_resume_from_cmdline_fs_specs(void **state)
{
	static const char *const specs[] = {"UUID=7d1c0e2a-2f3b-4c5d-8e9f-0a1b2c3d4e5f",
					    "PARTUUID=0f6e2a3c-02", "LABEL=swap", "PARTLABEL=swap"};
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
		char *cmdline;

		assert_true(asprintf(&cmdline, "root=/dev/sda1 resume=%s\n", specs[i]) > 0);
		tu_write(fx->root, "proc/cmdline", cmdline);
		free(cmdline);
		FEASIBLE(fx);
		EXPECT(fx, HIBERNATE, YES, HIB_OK);
	}
}

static void
test_verdict_feasible_resume_from_cmdline_other_spec(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 resume=swap\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

static void
test_verdict_feasible_sysfs_resume_before_cmdline(void **state)
{
	struct fixture *fx = *state;

	/* sys/power/resume is not 0:0: the command line's resume= is not consulted. */
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 resume=/dev/sdb9\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

/* feasible: swap */

static void
test_verdict_feasible_swaps_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "proc/swaps");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected swap-unreadable");
}

static void
test_verdict_feasible_swaps_malformed(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/swaps", "/dev/sda2 partition 8388604 0 -2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN, "disk-mode-selected swap-unreadable");
}

static void
test_verdict_feasible_no_swap(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-swap");
}

static void
test_verdict_feasible_zram_only(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "/dev/zram0 partition 8388604 0 100\n");
	tu_write(fx->root, "sys/class/block/zram0/dev", "8:2\n"); /* even when it would match */
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-usable-swap");
}

static void
test_verdict_feasible_deleted_swap_file_only(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "/swapfile\\040(deleted) file 8388604 0 -2\n");
	tu_write(fx->root, "sys/power/resume_offset", "34816\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected no-usable-swap");
}

static void
test_verdict_feasible_partition_dev_mismatch(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/class/block/sda2/dev", "8:3\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

static void
test_verdict_feasible_partition_dev_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/class/block/sda2/dev");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

static void
test_verdict_feasible_usable_swap_after_zram(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "/dev/zram0 partition 4194300 0 100\n"
		      "/dev/sda2 partition 8388604 0 -2\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

static void
test_verdict_feasible_device_mapper_by_dm_name(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "/dev/mapper/vg0-swap partition 8388604 0 -2\n");
	tu_write(fx->root, "sys/class/block/dm-0/dev", "254:0\n");
	tu_write(fx->root, "sys/class/block/dm-0/dm/name", "vg0-root\n");
	tu_write(fx->root, "sys/class/block/dm-1/dev", "254:1\n");
	tu_write(fx->root, "sys/class/block/dm-1/dm/name", "vg0-swap\n");
	tu_write(fx->root, "sys/power/resume", "254:1\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);

	tu_write(fx->root, "sys/power/resume", "254:0\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

static void
test_verdict_feasible_device_mapper_without_dm_name(void **state)
{
	struct fixture *fx = *state;

	/* No dm/name says which dm-N it is: never guessed from the number. */
	set_swaps(fx, "/dev/mapper/vg0-swap partition 8388604 0 -2\n");
	tu_write(fx->root, "sys/class/block/dm-1/dev", "254:1\n");
	tu_write(fx->root, "sys/power/resume", "254:1\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

static void
test_verdict_feasible_swap_file_with_resume_offset(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "/swapfile file 8388604 0 -2\n");
	tu_write(fx->root, "sys/power/resume", "8:1\n");
	tu_write(fx->root, "sys/power/resume_offset", "34816\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, "disk-mode-selected resume-on-swap-file swap-enough");
	EXPECT(fx, SUSPEND_HYBRID, YES,
	       "disk-mode-selected resume-on-swap-file swap-enough disk-mode-suspend");
}

static void
test_verdict_feasible_swap_file_without_resume_offset(void **state)
{
	struct fixture *fx = *state;

	set_swaps(fx, "/swapfile file 8388604 0 -2\n");
	tu_write(fx->root, "sys/power/resume", "8:1\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
	tu_remove(fx->root, "sys/power/resume_offset");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-mode-selected resume-device-not-swap");
}

/* feasible: the size rule, the kernel's image against the resume swap's free space */

static void
test_verdict_feasible_image_fits_uncompressed(void **state)
{
	struct fixture *fx = *state;

	set_small_host(fx, "1000");
	EXPECT_SWAP(fx, 162538, 0, YES, HIB_OK);
	EXPECT_SWAP(fx, 162537, 0, UNKNOWN, HIB_MAYBE);
	EXPECT(fx, SUSPEND_HYBRID, UNKNOWN, HIB_MAYBE " disk-mode-suspend");
}

static void
test_verdict_feasible_image_too_big_even_compressed(void **state)
{
	struct fixture *fx = *state;

	set_small_host(fx, "1000");
	EXPECT_SWAP(fx, 18444, 0, UNKNOWN, HIB_MAYBE);
	EXPECT_SWAP(fx, 18443, 0, NO, HIB_SMALL);
	EXPECT(fx, SUSPEND_HYBRID, NO, HIB_SMALL " disk-mode-suspend");
}

static void
test_verdict_feasible_image_nocompress(void **state)
{
	struct fixture *fx = *state;

	/* Uncompressed, enough_swap() wants more than the image and 4 MiB free: 151648 KiB. */
	set_small_host(fx, "1000");
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 hibernate=nocompress\n");
	EXPECT_SWAP(fx, 151648, 0, NO, HIB_SMALL);
	EXPECT_SWAP(fx, 151649, 0, UNKNOWN, HIB_MAYBE);
	/* Compressed, the same swap may well hold it. */
	tu_write(fx->root, "proc/cmdline", "root=/dev/sda1 hibernate.compressor=lz4\n");
	EXPECT_SWAP(fx, 151648, 0, UNKNOWN, HIB_MAYBE);
}

static void
test_verdict_feasible_image_size_shrinks_image(void **state)
{
	struct fixture *fx = *state;

	/* image_size 0: the kernel shrinks to its minimum image, 148576 less 56000 reclaimable,
	 * and the 6000 KiB of anon pages pushed out take swap too: at most 98576 KiB, 109218
	 * with the margins. */
	set_small_host(fx, "1000");
	EXPECT_SWAP(fx, 120000, 0, UNKNOWN, HIB_MAYBE);
	tu_write(fx->root, "sys/power/image_size", "0\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
	EXPECT_SWAP(fx, 109217, 0, UNKNOWN, HIB_MAYBE);
	/* Shrunk or not, the minimum image (91552 KiB, an eighth of it 11444) stays. */
	EXPECT_SWAP(fx, 11443, 0, NO, HIB_SMALL);
}

static void
test_verdict_feasible_image_size_unreadable(void **state)
{
	struct fixture *fx = *state;

	/* Not knowing the target, the model allows both: no shrinking for the most, the
	 * minimum image for the least. */
	set_small_host(fx, "1000");
	tu_remove(fx->root, "sys/power/image_size");
	EXPECT_SWAP(fx, 162538, 0, YES, HIB_OK);
	EXPECT_SWAP(fx, 11444, 0, UNKNOWN, HIB_MAYBE);
	EXPECT_SWAP(fx, 11443, 0, NO, HIB_SMALL);
}

static void
test_verdict_feasible_image_without_direct_map(void **state)
{
	struct fixture *fx = *state;

	/* No DirectMap (not x86): the kernel's own memory is allowed for as 1/32 of MemTotal
	 * and 64 MiB on the high side (196786 KiB, 213949 with the margins), not at all on the
	 * low side (100000 KiB, an eighth of it 12500). */
	tu_write(fx->root, "proc/meminfo",
		 "MemTotal: 1000000 kB\nMemFree: 900000 kB\nActive(anon): 1000 kB\n"
		 "Inactive(anon): 5000 kB\nActive(file): 20000 kB\nInactive(file): 20000 kB\n"
		 "SReclaimable: 10000 kB\n");
	EXPECT_SWAP(fx, 213948, 0, UNKNOWN, HIB_MAYBE);
	EXPECT_SWAP(fx, 213949, 0, YES, HIB_OK);
	EXPECT_SWAP(fx, 12499, 0, NO, HIB_SMALL);
}

static void
test_verdict_feasible_image_counts_used_swap(void **state)
{
	struct fixture *fx = *state;

	set_small_host(fx, "1000");
	EXPECT_SWAP(fx, 262538, 100000, YES, HIB_OK);
	EXPECT_SWAP(fx, 262538, 100001, UNKNOWN, HIB_MAYBE);
}

static void
test_verdict_feasible_swap_used_beyond_size(void **state)
{
	struct fixture *fx = *state;

	/* No room at all, not a wrapped-around huge free space. */
	set_small_host(fx, "0");
	EXPECT_SWAP(fx, 100, 200, NO, HIB_SMALL);
}

static void
test_verdict_feasible_swap_size_of_matched_swap(void **state)
{
	struct fixture *fx = *state;

	/* A big swap elsewhere does not help: the size is the resume swap's. */
	set_small_host(fx, "900");
	set_swaps(fx, "/dev/sdb1 partition 99999999 0 -3\n"
		      "/dev/sda2 partition 1000 0 -2\n");
	tu_write(fx->root, "sys/class/block/sdb1/dev", "8:17\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, NO, HIB_SMALL);
}

/* systemd's rule, Active(anon) <= 0.98 x (Size - Used): informative only */

static void
test_verdict_feasible_systemd_rule_boundary(void **state)
{
	struct fixture *fx = *state;

	set_small_host(fx, "196000");
	EXPECT_SWAP(fx, 300000, 100000, YES, HIB_OK);
	set_small_host(fx, "196001");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK " systemd-swap-too-small");
	EXPECT(fx, SUSPEND_HYBRID, YES, HIB_OK " systemd-swap-too-small disk-mode-suspend");
}

static void
test_verdict_feasible_systemd_rule_without_active_anon(void **state)
{
	struct fixture *fx = *state;

	/* systemd cannot read Active(anon) and refuses; the kernel's model does without it. */
	tu_write(fx->root, "proc/meminfo",
		 "MemTotal: 1000000 kB\nMemFree: 900000 kB\nDirectMap4k: 1048576 kB\n");
	EXPECT_SWAP(fx, 200000, 0, YES, HIB_OK " systemd-swap-too-small");
}

static void
test_verdict_feasible_meminfo_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "proc/meminfo");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN,
	       "disk-mode-selected resume-on-swap-partition meminfo-unreadable");
}

static void
test_verdict_feasible_meminfo_without_active_anon(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "proc/meminfo", "MemTotal: 16303612 kB\nActive: 5 kB\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN,
	       "disk-mode-selected resume-on-swap-partition meminfo-unreadable");
}

static void
test_verdict_feasible_meminfo_bad_value(void **state)
{
	struct fixture *fx = *state;

	set_active_anon(fx, "lots");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, UNKNOWN,
	       "disk-mode-selected resume-on-swap-partition meminfo-unreadable");
}

/* feasible: suspend-hybrid and suspend-then-hibernate */

static void
test_verdict_feasible_hybrid_without_suspend_mode(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] shutdown reboot test_resume\n");
	FEASIBLE(fx);
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
	EXPECT(fx, SUSPEND_HYBRID, NO, HIB_OK " disk-mode-suspend-missing");
}

static void
test_verdict_feasible_hybrid_suspend_mode_is_a_token(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] test_suspend suspendx\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND_HYBRID, NO, HIB_OK " disk-mode-suspend-missing");
}

static void
test_verdict_feasible_sth_no_rtc(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/class/rtc/rtc0/wakealarm");
	tu_remove(fx->root, "sys/class/rtc/rtc0");
	tu_remove(fx->root, "sys/class/rtc");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO, "mem-sleep-deep " HIB_OK " no-rtc");
	EXPECT(fx, TIMED_WAKE, NO, "no-rtc");
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
	EXPECT(fx, HIBERNATE, YES, HIB_OK);
}

static void
test_verdict_feasible_sth_rtc_without_wakealarm(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/class/rtc/rtc0/wakealarm");
	tu_write(fx->root, "sys/class/rtc/rtc0/name", "rtc_cmos\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO, "mem-sleep-deep " HIB_OK " rtc-without-alarm");
	EXPECT(fx, TIMED_WAKE, NO, "rtc-without-alarm");
}

static void
test_verdict_feasible_sth_any_rtc(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/class/rtc/rtc0/wakealarm");
	tu_write(fx->root, "sys/class/rtc/rtc1/wakealarm", "");
	tu_mkdir(fx->root, "sys/devices/pnp0/00:01/rtc/rtc1");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, YES, "mem-sleep-deep " HIB_OK " rtc-alarm-can-wake");
}

static void
test_verdict_feasible_sth_needs_both(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/resume", "0:0\n");
	tu_write(fx->root, "sys/power/mem_sleep", "[s2idle] deep\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO,
	       "mem-sleep-s2idle disk-mode-selected no-resume-device rtc-alarm-can-wake");
}

/* timed-wake: the RTC's device decides (rtcwake, the kernel's alarm timer) */

static void
test_verdict_timed_wake_enabled(void **state)
{
	struct fixture *fx = *state;

	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, YES, "rtc-alarm-can-wake");
	PM_UTILS(fx);
	EXPECT(fx, TIMED_WAKE, NO, "not-in-policy");
}

static void
test_verdict_timed_wake_disabled(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/devices/pnp0/00:01/power/wakeup", "disabled\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, NO, "rtc-alarm-not-allowed-to-wake");
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO,
	       "mem-sleep-deep " HIB_OK " rtc-alarm-not-allowed-to-wake");
	/* Wake facts never change suspend. */
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_timed_wake_odd_value(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/devices/pnp0/00:01/power/wakeup", "maybe\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-wakeup-unknown wakeup-malformed");
	tu_write(fx->root, "sys/devices/pnp0/00:01/power/wakeup", "\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-wakeup-unknown wakeup-malformed");
}

/* A tree copied by another recorder (umockdev-record, cp -r) may lack uevent files and links:
 * the RTC's holder is the directory with rtc/rtc0, whatever it lacks. */
static void
test_verdict_timed_wake_holder_without_uevent(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/devices/pnp0/00:01/uevent");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, YES, "rtc-alarm-can-wake");
}

static void
test_verdict_timed_wake_holder_without_links(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/devices/pnp0/00:01/subsystem");
	tu_remove(fx->root, "sys/devices/pnp0/00:01/driver");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, YES, "rtc-alarm-can-wake");
	tu_write(fx->root, "sys/devices/pnp0/00:01/power/wakeup", "disabled\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, NO, "rtc-alarm-not-allowed-to-wake");
}

/* A power directory without wakeup proves the device cannot wake; no power directory at all, or
 * no holder, is a tree that left them out. */
static void
test_verdict_timed_wake_no_device(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/devices/pnp0/00:01/power/wakeup");
	tu_write(fx->root, "sys/devices/pnp0/00:01/power/runtime_status", "unsupported\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, NO, "rtc-device-cannot-wake");
	tu_remove(fx->root, "sys/devices/pnp0/00:01/power/runtime_status");
	tu_remove(fx->root, "sys/devices/pnp0/00:01/power");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-device-not-in-tree");
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, UNKNOWN,
	       "mem-sleep-deep " HIB_OK " rtc-device-not-in-tree");
}

static void
test_verdict_timed_wake_holder_not_in_tree(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/devices/pnp0/00:01/rtc/rtc0/dev");
	tu_remove(fx->root, "sys/devices/pnp0/00:01/rtc/rtc0");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-device-not-in-tree");
	/* One RTC that may wake is enough; one that does not is not proof for the other. */
	tu_write(fx->root, "sys/class/rtc/rtc1/wakealarm", "");
	tu_mkdir(fx->root, "sys/devices/platform/rtc-efi/rtc/rtc1");
	tu_write(fx->root, "sys/devices/platform/rtc-efi/power/wakeup", "disabled\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-device-not-in-tree");
	tu_write(fx->root, "sys/devices/platform/rtc-efi/power/wakeup", "enabled\n");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, YES, "rtc-alarm-can-wake");
}

/* The search follows no symlink: a loop or a link out of sys/devices is not walked. */
static void
test_verdict_hostile_holder_search_links(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/devices/pnp0/00:01/rtc/rtc0/dev");
	tu_remove(fx->root, "sys/devices/pnp0/00:01/rtc/rtc0");
	tu_symlink(fx->root, "sys/devices/loop", ".");
	tu_symlink(fx->root, "sys/devices/pnp0/up", "../..");
	tu_symlink(fx->root, "sys/devices/outside", "/");
	/* A holder reached only through a link is not one of sys/devices. */
	tu_mkdir(fx->root, "elsewhere/dev0/rtc/rtc0");
	tu_write(fx->root, "elsewhere/dev0/power/wakeup", "enabled\n");
	tu_symlink(fx->root, "sys/devices/linked", "../../elsewhere");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-device-not-in-tree");
}

static void
test_verdict_timed_wake_other_devices_odd(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/devices/platform/i8042/serio0/uevent", "DRIVER=atkbd\n");
	tu_write(fx->root, "sys/devices/platform/i8042/serio0/power/wakeup", "sometimes\n");
	tu_symlink(fx->root, "sys/devices/platform/i8042/serio0/subsystem",
		   "../../../../bus/serio");
	/* A dangling driver link is only a name. */
	tu_symlink(fx->root, "sys/devices/platform/i8042/serio0/driver", "../../nowhere/atkbd");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, YES, "rtc-alarm-can-wake wakeup-malformed");
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

static void
test_verdict_timed_wake_rtc_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/class/rtc/rtc0/wakealarm");
	tu_remove(fx->root, "sys/class/rtc/rtc0");
	tu_remove(fx->root, "sys/class/rtc");
	tu_symlink(fx->root, "sys/class/rtc", "rtc");
	FEASIBLE(fx);
	EXPECT(fx, TIMED_WAKE, UNKNOWN, "rtc-unreadable");
}

/* s2idle on AMD's platform without amd_pmc: informative, suspend stays yes */
static void
test_verdict_s2idle_without_pmc_driver(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/mem_sleep", "[s2idle] deep\n");
	tu_mkdir(fx->root, "sys/bus/acpi/devices/AMDI0007:00");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-s2idle s2idle-without-pmc-driver");
	tu_write(fx->root, "sys/module/amd_pmc/initstate", "live\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-s2idle");
	/* Built in: the directory without initstate. */
	tu_remove(fx->root, "sys/module/amd_pmc/initstate");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-s2idle");
	/* Intel's LPS0 device and intel_pmc_core not loaded. */
	tu_remove(fx->root, "sys/bus/acpi/devices/AMDI0007:00");
	tu_mkdir(fx->root, "sys/bus/acpi/devices/INT33A1:00");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-s2idle s2idle-without-pmc-driver");
	/* deep selected: the driver does not matter. */
	tu_write(fx->root, "sys/power/mem_sleep", "s2idle [deep]\n");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, YES, "mem-sleep-deep");
}

/* Bad input is a reason, never a failed probe: more RTCs than the report has room for facts. */
static void
test_verdict_hostile_many_rtcs(void **state)
{
	struct fixture *fx = *state;

	for (int i = 1; i < 1100; i++) {
		char name[64];

		snprintf(name, sizeof(name), "sys/class/rtc/rtc%d/wakealarm", i);
		tu_write(fx->root, name, "");
	}
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, YES, "mem-sleep-deep " HIB_OK " rtc-alarm-can-wake");
}

/* pm-utils */

static void
test_verdict_pm_utils_healthy_host(void **state)
{
	struct fixture *fx = *state;

	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
	EXPECT(fx, HIBERNATE, YES, "state-has-disk");
	EXPECT(fx, SUSPEND_HYBRID, YES, "disk-mode-suspend");
	EXPECT(fx, FREEZE, NO, "not-in-policy");
	EXPECT(fx, STANDBY, NO, "not-in-policy");
	EXPECT(fx, SUSPEND_THEN_HIBERNATE, NO, "not-in-policy");
}

static void
test_verdict_pm_utils_substring_semantics(void **state)
{
	struct fixture *fx = *state;

	/* grep -q mem: "memx" has "mem"; the token parser disagrees. */
	tu_write(fx->root, "sys/power/state", "freeze memx diskette\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
	EXPECT(fx, HIBERNATE, YES, "state-has-disk");
	FEASIBLE(fx);
	EXPECT(fx, SUSPEND, NO, "state-lacks-mem");

	tu_write(fx->root, "sys/power/state", "freeze [mem disk\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
}

static void
test_verdict_pm_utils_grep_by_line(void **state)
{
	struct fixture *fx = *state;

	/* grep matches within a line: "me" and "m" on two lines are no "mem". */
	tu_write(fx->root, "sys/power/state", "freeze me\nm disk\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, NO, "pmu-not-applicable state-lacks-mem state-lacks-standby");
	EXPECT(fx, HIBERNATE, YES, "state-has-disk");
}

static void
test_verdict_pm_utils_standby_fallback(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "standby disk\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "pmu-not-applicable state-has-standby");
}

static void
test_verdict_pm_utils_no_suspend_state(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze disk\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, NO, "pmu-not-applicable state-lacks-mem state-lacks-standby");
}

static void
test_verdict_pm_utils_state_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/state");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, NO, "state-missing pmu-not-applicable");
	EXPECT(fx, HIBERNATE, NO, "state-missing");
	EXPECT(fx, SUSPEND_HYBRID, NO, "state-missing suspend-unavailable hibernate-unavailable");
}

static void
test_verdict_pm_utils_state_unreadable(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/state");
	tu_mkfifo(fx->root, "sys/power/state");
	PM_UTILS(fx);
	/* pm-utils' grep fails on it: no, not unknown. */
	EXPECT(fx, SUSPEND, NO, "state-unreadable pmu-not-applicable");
	EXPECT(fx, HIBERNATE, NO, "state-unreadable");
}

static void
test_verdict_pm_utils_ignores_state_writability(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "RECORD", "writable:\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
	EXPECT(fx, HIBERNATE, YES, "state-has-disk");
	EXPECT(fx, SUSPEND_HYBRID, YES, "disk-mode-suspend");
}

static void
test_verdict_pm_utils_disk_missing(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/disk");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-file-missing");
	EXPECT(fx, SUSPEND_HYBRID, NO, "disk-file-missing hibernate-unavailable");
}

static void
test_verdict_pm_utils_disk_not_regular(void **state)
{
	struct fixture *fx = *state;

	tu_remove(fx->root, "sys/power/disk");
	tu_mkdir(fx->root, "sys/power/disk");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-file-missing");
}

static void
test_verdict_pm_utils_state_lacks_disk(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze mem\n");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, NO, "state-lacks-disk");
	tu_remove(fx->root, "sys/power/disk");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, NO, "disk-file-missing state-lacks-disk");
}

static void
test_verdict_pm_utils_disk_disabled_still_yes(void **state)
{
	struct fixture *fx = *state;

	/* pm-utils only asks that the file exists. */
	tu_write(fx->root, "sys/power/disk", "[disabled]\n");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, YES, "state-has-disk");
}

static void
test_verdict_pm_utils_tuxonice(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze mem\n");
	tu_remove(fx->root, "sys/power/disk");
	tu_write(fx->root, "sys/power/tuxonice/do_hibernate", "");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, YES, "tuxonice");
	EXPECT(fx, SUSPEND_HYBRID, YES, "tuxonice");
	EXPECT(fx, SUSPEND, YES, "state-has-mem");
}

static void
test_verdict_pm_utils_suspend2(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze mem\n");
	tu_remove(fx->root, "sys/power/disk");
	tu_write(fx->root, "sys/power/suspend2/do_hibernate", "");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, YES, "tuxonice");
}

static void
test_verdict_pm_utils_tuxonice_without_do_hibernate(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "freeze mem\n");
	tu_mkdir(fx->root, "sys/power/tuxonice");
	tu_mkdir(fx->root, "sys/power/tuxonice/do_hibernate"); /* not a regular file */
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, NO, "state-lacks-disk");
}

static void
test_verdict_pm_utils_tuxonice_hybrid_needs_mem(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "disk\n");
	tu_remove(fx->root, "sys/power/disk");
	tu_write(fx->root, "sys/power/tuxonice/do_hibernate", "");
	PM_UTILS(fx);
	EXPECT(fx, HIBERNATE, YES, "tuxonice");
	EXPECT(fx, SUSPEND, NO, "pmu-not-applicable state-lacks-mem state-lacks-standby");
	EXPECT(fx, SUSPEND_HYBRID, NO, "disk-file-missing suspend-unavailable");
}

static void
test_verdict_pm_utils_hybrid_suspend_substring(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] shutdown test_suspend\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, YES, "disk-mode-suspend");
}

static void
test_verdict_pm_utils_rtc_fallback_writable(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] shutdown reboot test_resume\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, YES, "rtc-fallback");
}

static void
test_verdict_pm_utils_rtc_fallback_not_writable(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] shutdown reboot test_resume\n");
	tu_write(fx->root, "RECORD", "writable: sys/power/state sys/power/disk\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, NO, "disk-mode-suspend-missing rtc-not-writable");
}

/* Without writable: the tree's own wakealarm answers `test -w`, as the original does when the
 * tree is replayed as /sys (here writable by its owner, this caller, or by root). */
static void
test_verdict_pm_utils_rtc_fallback_writable_from_tree(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] shutdown reboot test_resume\n");
	tu_write(fx->root, "RECORD", "origin: synthetic\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, YES, "rtc-fallback");
	tu_remove(fx->root, "RECORD");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, YES, "rtc-fallback");
}

static void
test_verdict_pm_utils_rtc_fallback_rtc0_only(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform] shutdown reboot test_resume\n");
	tu_remove(fx->root, "sys/class/rtc/rtc0/wakealarm");
	tu_write(fx->root, "sys/class/rtc/rtc1/wakealarm", "");
	tu_write(fx->root, "RECORD", "writable: sys/power/state sys/class/rtc/rtc1/wakealarm\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, NO, "disk-mode-suspend-missing no-wake-alarm");
}

static void
test_verdict_pm_utils_rtc_fallback_suspend_unavailable(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "disk\n");
	tu_write(fx->root, "sys/power/disk", "[platform] shutdown reboot test_resume\n");
	PM_UTILS(fx);
	EXPECT(fx, SUSPEND_HYBRID, NO, "disk-mode-suspend-missing suspend-unavailable");
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_verdict_feasible_healthy_host),
		T(test_verdict_feasible_state_missing),
		T(test_verdict_feasible_state_unreadable),
		T(test_verdict_feasible_state_empty),
		T(test_verdict_feasible_state_lacks_mem),
		T(test_verdict_feasible_state_lacks_freeze),
		T(test_verdict_feasible_state_has_standby),
		T(test_verdict_feasible_state_tokens_not_substrings),
		T(test_verdict_feasible_state_lacks_disk),
		T(test_verdict_feasible_state_not_writable),
		T(test_verdict_feasible_state_not_in_writable_list),
		T(test_verdict_feasible_state_needs_privileges),
		T(test_verdict_feasible_state_without_write_bits),
		T(test_verdict_feasible_writability_from_tree_without_key),
		T(test_verdict_feasible_writability_from_tree_without_record),
		T(test_verdict_feasible_mem_sleep_s2idle),
		T(test_verdict_feasible_mem_sleep_shallow),
		T(test_verdict_feasible_mem_sleep_absent),
		T(test_verdict_feasible_mem_sleep_unreadable),
		T(test_verdict_feasible_mem_sleep_no_selection),
		T(test_verdict_feasible_mem_sleep_default_not_offered),
		T(test_verdict_feasible_mem_sleep_two_selected),
		T(test_verdict_feasible_mem_sleep_unknown_selected),
		T(test_verdict_feasible_disk_missing),
		T(test_verdict_feasible_disk_unreadable),
		T(test_verdict_feasible_disk_disabled),
		T(test_verdict_feasible_disk_no_selection),
		T(test_verdict_feasible_disk_two_selected),
		T(test_verdict_feasible_disk_other_mode_selected),
		T(test_verdict_feasible_cmdline_nohibernate),
		T(test_verdict_feasible_cmdline_hibernate_no),
		T(test_verdict_feasible_cmdline_hibernate_nocompress),
		T(test_verdict_feasible_cmdline_after_double_dash),
		T(test_verdict_feasible_cmdline_unreadable),
		T(test_verdict_feasible_lockdown_integrity),
		T(test_verdict_feasible_lockdown_confidentiality),
		T(test_verdict_feasible_lockdown_missing),
		T(test_verdict_feasible_lockdown_unreadable),
		T(test_verdict_feasible_noresume),
		T(test_verdict_feasible_hibernate_noresume),
		T(test_verdict_feasible_no_resume_device),
		T(test_verdict_feasible_resume_initramfs_tools),
		T(test_verdict_feasible_resume_initramfs_config_bad),
		T(test_verdict_feasible_resume_systemd_efi),
		T(test_verdict_hostile_systemd_evidence),
		T(test_verdict_feasible_resume_missing_and_no_cmdline),
		T(test_verdict_feasible_resume_unreadable),
		T(test_verdict_feasible_resume_malformed),
		T(test_verdict_feasible_resume_from_cmdline_path),
		T(test_verdict_feasible_resume_from_cmdline_fs_specs),
		T(test_verdict_feasible_resume_from_cmdline_other_spec),
		T(test_verdict_feasible_sysfs_resume_before_cmdline),
		T(test_verdict_feasible_swaps_missing),
		T(test_verdict_feasible_swaps_malformed),
		T(test_verdict_feasible_no_swap),
		T(test_verdict_feasible_zram_only),
		T(test_verdict_feasible_deleted_swap_file_only),
		T(test_verdict_feasible_partition_dev_mismatch),
		T(test_verdict_feasible_partition_dev_missing),
		T(test_verdict_feasible_usable_swap_after_zram),
		T(test_verdict_feasible_device_mapper_by_dm_name),
		T(test_verdict_feasible_device_mapper_without_dm_name),
		T(test_verdict_feasible_swap_file_with_resume_offset),
		T(test_verdict_feasible_swap_file_without_resume_offset),
		T(test_verdict_feasible_image_fits_uncompressed),
		T(test_verdict_feasible_image_too_big_even_compressed),
		T(test_verdict_feasible_image_nocompress),
		T(test_verdict_feasible_image_size_shrinks_image),
		T(test_verdict_feasible_image_size_unreadable),
		T(test_verdict_feasible_image_without_direct_map),
		T(test_verdict_feasible_image_counts_used_swap),
		T(test_verdict_feasible_swap_used_beyond_size),
		T(test_verdict_feasible_swap_size_of_matched_swap),
		T(test_verdict_feasible_systemd_rule_boundary),
		T(test_verdict_feasible_systemd_rule_without_active_anon),
		T(test_verdict_feasible_meminfo_missing),
		T(test_verdict_feasible_meminfo_without_active_anon),
		T(test_verdict_feasible_meminfo_bad_value),
		T(test_verdict_feasible_hybrid_without_suspend_mode),
		T(test_verdict_feasible_hybrid_suspend_mode_is_a_token),
		T(test_verdict_feasible_sth_no_rtc),
		T(test_verdict_feasible_sth_rtc_without_wakealarm),
		T(test_verdict_feasible_sth_any_rtc),
		T(test_verdict_feasible_sth_needs_both),
		T(test_verdict_timed_wake_enabled),
		T(test_verdict_timed_wake_disabled),
		T(test_verdict_timed_wake_odd_value),
		T(test_verdict_timed_wake_holder_without_uevent),
		T(test_verdict_timed_wake_holder_without_links),
		T(test_verdict_timed_wake_no_device),
		T(test_verdict_timed_wake_holder_not_in_tree),
		T(test_verdict_hostile_holder_search_links),
		T(test_verdict_timed_wake_other_devices_odd),
		T(test_verdict_timed_wake_rtc_unreadable),
		T(test_verdict_s2idle_without_pmc_driver),
		T(test_verdict_hostile_many_rtcs),
		T(test_verdict_pm_utils_healthy_host),
		T(test_verdict_pm_utils_substring_semantics),
		T(test_verdict_pm_utils_grep_by_line),
		T(test_verdict_pm_utils_standby_fallback),
		T(test_verdict_pm_utils_no_suspend_state),
		T(test_verdict_pm_utils_state_missing),
		T(test_verdict_pm_utils_state_unreadable),
		T(test_verdict_pm_utils_ignores_state_writability),
		T(test_verdict_pm_utils_disk_missing),
		T(test_verdict_pm_utils_disk_not_regular),
		T(test_verdict_pm_utils_state_lacks_disk),
		T(test_verdict_pm_utils_disk_disabled_still_yes),
		T(test_verdict_pm_utils_tuxonice),
		T(test_verdict_pm_utils_suspend2),
		T(test_verdict_pm_utils_tuxonice_without_do_hibernate),
		T(test_verdict_pm_utils_tuxonice_hybrid_needs_mem),
		T(test_verdict_pm_utils_hybrid_suspend_substring),
		T(test_verdict_pm_utils_rtc_fallback_writable),
		T(test_verdict_pm_utils_rtc_fallback_not_writable),
		T(test_verdict_pm_utils_rtc_fallback_writable_from_tree),
		T(test_verdict_pm_utils_rtc_fallback_rtc0_only),
		T(test_verdict_pm_utils_rtc_fallback_suspend_unavailable),
	};

	/* The user's environment must not turn on debug output to stderr. */
	unsetenv("PMPROBE_DEBUG");
	return cmocka_run_group_tests_name("verdict", tests, NULL, NULL);
}
