/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The rules: host facts in, one verdict with reasons per target out. No I/O. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "facts.h"
#include "verdict-reasons.h"

void verdicts_feasible(const struct host_facts *f, struct verdict out[_PMPROBE_TARGET_MAX]);
/* The firmware's evidence for suspend and hibernate (informative reasons only). */
void firmware_suspend(const struct host_facts *f, struct verdict *v);
void firmware_hibernate(const struct host_facts *f, struct verdict *v);
/* The FADT's RTC_S4 evidence for timed wake, as hibernate states it. */
void firmware_timed_wake(const struct host_facts *f, struct verdict *v);
void verdicts_pm_utils(const struct host_facts *f, struct verdict out[_PMPROBE_TARGET_MAX]);
/* With sys/power/resume 0:0 and no resume=: how the host would resume, from its initrd's
 * configuration, systemd's version and EFI (verdict-resume.c). Returns: 1 with *ret_spec the
 * device to look for among the swaps (NULL: the one systemd picks, any usable swap), or 0 with a
 * blocking reason added. */
int resume_without_cmdline(const struct host_facts *f, struct verdict *v, const char **ret_spec);
/* Timed wake: whether an RTC alarm can wake the host (feasible policy). */
void verdict_timed_wake(const struct host_facts *f, struct verdict *v);
/* s2idle without the platform's power driver (informative). */
void platform_suspend(const struct host_facts *f, struct verdict *v);
