/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The parts of the `feasible` policy (verdict-feasible*.c) its targets call. No I/O. */
#pragma once

#include "verdict.h"

/* verdict-feasible-firmware.c: the firmware's evidence for suspend and hibernate (informative
 * reasons only), and the FADT's RTC_S4 evidence for timed wake, as hibernate states it. */
void feasible_firmware_suspend(const struct host_facts *f, struct verdict *v);
void feasible_firmware_hibernate(const struct host_facts *f, struct verdict *v);
void feasible_firmware_timed_wake(const struct host_facts *f, struct verdict *v);

/* verdict-feasible-resume.c: with sys/power/resume 0:0 and no resume=, how the host would
 * resume, from its initrd's configuration, systemd's version and EFI. Returns: 1 with *ret_spec
 * the device to look for among the swaps (NULL: the one systemd picks, any usable swap), or 0
 * with a blocking reason added. */
int feasible_resume_without_cmdline(const struct host_facts *f, struct verdict *v,
				    const char **ret_spec);

/* verdict-feasible-wake.c: whether an RTC alarm can wake the host (the timed-wake target), and
 * s2idle without the platform's power driver (informative, for suspend). */
void feasible_timed_wake(const struct host_facts *f, struct verdict *v);
void feasible_platform_suspend(const struct host_facts *f, struct verdict *v);
