/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a host through the source layer into parsed facts and the evidence a report shows. */
#pragma once

#include "evidence.h"
#include "facts.h"
#include "log.h"
#include "source.h"

/* Logs at debug why the text of @kind/@name does not count (its fact is malformed): for a bug
 * report's log, beside the read's outcome the source layer logs. */
#define probe_log_malformed(src, kind, name, why)                                                  \
	DBG((src)->ctx, "'%s/%s' is malformed: %s", path_kind_dir(kind), name, why)

/* What one probe reads, one bit a group of files; probe-plan.c's table says who needs each. */
enum probe_need {
	PROBE_NEED_STATE = 1u << 0,	/* sys/power/state and its writability */
	PROBE_NEED_MEM_SLEEP = 1u << 1, /* sys/power/mem_sleep */
	PROBE_NEED_DISK = 1u << 2,	/* sys/power/disk */
	PROBE_NEED_RESUME = 1u << 3,	/* sys/power/resume, resume_offset, image_size */
	PROBE_NEED_PROC = 1u << 4,	/* proc/cmdline, swaps (and their block devices), meminfo */
	PROBE_NEED_LOCKDOWN = 1u << 5,	/* sys/kernel/security/lockdown */
	PROBE_NEED_RTC = 1u << 6,	/* sys/class/rtc: which RTCs have a wake alarm */
	PROBE_NEED_TUXONICE = 1u << 7,	/* sys/power/tuxonice (suspend2) */
	PROBE_NEED_ACPI = 1u << 8,	/* sys/firmware/acpi/tables */
	PROBE_NEED_WAKE = 1u << 9, /* the RTCs' devices (may they wake?), the platform driver */
	PROBE_NEED_WAKE_DEVICES = 1u << 10, /* the walk of every device with power/wakeup */
	PROBE_NEED_CPU = 1u << 11,	    /* the CPU section */
};

/* The one read plan: what a probe under @policy reads to answer for @targets (a mask of
 * 1u << enum pmprobe_target, or PMPROBE_TARGETS_ALL: the whole report) with the optional
 * @sections (enum pmprobe_section). Returns: a mask of enum probe_need. */
unsigned probe_plan(enum pmprobe_policy policy, unsigned targets, unsigned sections);

/* Reads what @needs (enum probe_need, from probe_plan()) names; what it leaves out stays
 * "missing" in *ret. Unreadable inputs are recorded, not returned as errors.
 * Returns: 0, or -ENOMEM. */
int probe_host(struct source *src, struct evidence *ev, unsigned needs, struct host_facts *ret);
/* When sys/power/resume is 0:0 and the command line names no resume device (nor noresume):
 * the evidence the boot paths that resume without resume= leave (initramfs-tools, an initrd
 * running systemd, systemd's version, EFI). Needs the resume and command line facts.
 * Returns: 0, or -ENOMEM. */
int probe_resume_paths(struct source *src, struct evidence *ev, struct host_facts *f);
/* Reads the ACPI tables; a host without them is not an error. Returns: 0, or -ENOMEM. */
int probe_acpi(struct source *src, struct evidence *ev, struct firmware_facts *ret);

/* Reads the wake sources below sys/devices, which RTC devices may wake the host, and the
 * platform's power driver. Needs probe_host's RTC facts. Returns: 0, or -ENOMEM. */
/* @needs: PROBE_NEED_WAKE_DEVICES walks every device with power/wakeup (the wake section);
 * PROBE_NEED_WAKE alone reads only what timed-wake needs, by the RTCs' class links when they have
 * them; neither reads nothing. */
int probe_wake(struct source *src, struct evidence *ev, struct host_facts *f, unsigned needs);
/* The device (below sys/devices) that holds rtc/@rtc, found by a bounded walk that follows no
 * symlink and needs no uevent nor subsystem link: trees copied by other recorders lack them.
 * Returns: 1 and *ret, 0 none in the tree, -E2BIG beyond the walk's bounds, -ENOMEM. */
int rtc_holder_in_tree(struct source *src, const char *rtc, char **ret);
/* Returns: 1 enabled, 0 disabled, -EBADMSG anything else. */
int wake_parse_state(const char *value);
const char *module_state_to_string(enum module_state state);
/* Returns: the state sys/module/<name>/initstate's text says ("live", "coming", ...). */
enum module_state module_state_from_initstate(const char *text);
/* Returns: the platform whose PMC driver s2idle needs, from the ACPI devices' names. */
enum pmc_platform pmc_platform_from_acpi(char *const *names);

/* What the tree's own lib/modules/<release> (RECORD's kernel, else the only one) says of the
 * module @name, from its text lists modules.dep and modules.builtin read through the source
 * layer (probe-modules.c): loadable, built in or absent.
 * Returns: 0 and *ret, or -errno (-ENOENT: no lib/modules/<release>; the lists' read errors). */
int probe_tree_module(struct source *src, const char *name, enum module_state *ret);
/* The same from the running kernel's lib/modules/<release> (uname), read through the live source:
 * libkmod, which maps libcrypto, libzstd and liblzma, is needed only where these text lists
 * cannot answer.
 * Returns: 0 and *ret; -ENODEV when the kernel has no module directory (libkmod cannot answer
 * either); -ENOMEM; another -errno when the lists cannot tell (ask libkmod). */
int probe_live_module(struct source *src, const char *name, enum module_state *ret);

/* The libkmod side (kmod-lookup.c), linked into libpmprobe.so and pmprobe only; the core sees it
 * as a weak symbol, NULL in pm-is-supported. Only for the live host's trusted files: libkmod is
 * not written for untrusted input, so a tree never reaches it (probe_tree_module() instead).
 * @modules_dir: NULL for the running kernel's modules (then the loaded state is libkmod's too);
 * a lib/modules/<release> directory the caller trusts (the tests' depmod output).
 * Returns: 0 and *ret, or -errno (-ENOENT: libkmod knows no such directory). */
int probe_kmod_lookup(const char *modules_dir, const char *name, enum module_state *ret)
	__attribute__((weak));
