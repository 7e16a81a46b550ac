/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What both programs share: choosing the policy and the root, and printing verdicts. */
#pragma once

#include <stdio.h>

#include <pmprobe/pmprobe.h>

/* The policy, in this order: @option (--policy), $PMPROBE_POLICY, the config file
 * ($PMPROBE_CONFIG, else SYSCONFDIR/pmprobe.conf), else `feasible`.
 * Returns: 0, or -EINVAL with a message for people in @err (static). */
int tool_policy(const char *option, enum pmprobe_policy *ret, const char **err);
/* The sysroot: @option (--sysroot), else $PMPROBE_SYSROOT, else NULL (the live host). */
const char *tool_sysroot(const char *option);
/* Prints @s with control bytes and backslashes as \xNN: it comes from files. */
void tool_print_escaped(FILE *out, const char *s);
/* Prints a fact line and each target's verdict with its reasons, for --explain. */
void tool_print_facts(FILE *out, const struct pmprobe_report *report);
void tool_print_target(FILE *out, const struct pmprobe_report *report, enum pmprobe_target t,
		       int sentences);
