/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What both programs print: values from files escaped, facts and verdicts for --explain. */
#pragma once

#include <stdio.h>

#include <pmprobe/pmprobe.h>

/* Prints @s with control bytes and backslashes as \xNN: it comes from files. */
void tool_print_escaped(FILE *out, const char *s);
/* Prints a fact line and each target's verdict with its reasons, for --explain. */
void tool_print_facts(FILE *out, const struct pmprobe_report *report);
void tool_print_target(FILE *out, const struct pmprobe_report *report, enum pmprobe_target t,
		       int sentences);
