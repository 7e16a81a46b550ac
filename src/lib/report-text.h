/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's lines for people that both programs print: a target's verdict line, the facts
 * (src/lib/report-text.c). In the core: the drop-in prints a verdict line and links no writer. */
#pragma once

#include <stdio.h>

#include <pmprobe/pmprobe.h>

/* Writes @s with control bytes, DEL and backslashes (with @quotes, quotes too) as \xNN: names and
 * values come from files anyone may have written. Returns: the width written. */
int report_text_escaped(FILE *f, const char *s, int quotes);
/* "Evidence (N facts):", then one line a fact: key, state, errno, "value", [path]. */
void report_text_facts(FILE *f, const struct pmprobe_report *report);
/* A target's verdict line: its reasons' codes on the line (those that decide marked with their
 * effect), or with @sentences each reason's effect and sentence on a line below it. */
void report_text_target(FILE *f, const struct pmprobe_report *report, enum pmprobe_target t,
			int sentences);
