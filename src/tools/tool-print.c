/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The text both programs print: escaped values, --explain's facts, a target's verdict line. */
#include <stdio.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "tool-print.h"

/* Values, and the keys and paths made of directory names, come from files anyone may have
 * written: control bytes are shown escaped, never sent to the terminal. Returns: the width. */
static int
print_escaped_bare(FILE *out, const char *s, int quotes)
{
	int n = 0;

	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c < 0x20 || *c == 0x7f || *c == '\\' || (quotes && *c == '"'))
			n += fprintf(out, "\\x%02x", *c);
		else
			n += fputc(*c, out) != EOF;
	}
	return n;
}

void
tool_print_escaped(FILE *out, const char *s)
{
	print_escaped_bare(out, s, 0);
}

static void
print_escaped(FILE *out, const char *s)
{
	fputc('"', out);
	print_escaped_bare(out, s, 1);
	fputc('"', out);
}

void
tool_print_facts(FILE *out, const struct pmprobe_report *report)
{
	size_t n = pmprobe_report_get_n_facts(report);

	fprintf(out, "Evidence (%zu facts):\n", n);
	for (size_t i = 0; i < n; i++) {
		const char *key, *value, *path;
		int state = pmprobe_report_get_fact(report, i, &key, &value, &path);
		int err = pmprobe_report_get_fact_errno(report, i), width;

		fputs("  ", out);
		width = print_escaped_bare(out, key, 0);
		fprintf(out, "%*s %-10s", width < 30 ? 30 - width : 0, "",
			pmprobe_fact_state_to_string(state));
		if (err)
			fprintf(out, " (%s)", strerror(err));
		if (value) {
			fputc(' ', out);
			print_escaped(out, value);
		}
		if (path) {
			fputs("  [", out);
			print_escaped_bare(out, path, 0);
			fputc(']', out);
		}
		fputc('\n', out);
	}
}

void
tool_print_target(FILE *out, const struct pmprobe_report *report, enum pmprobe_target t,
		  int sentences)
{
	size_t n = pmprobe_report_get_n_reasons(report, t);

	/* Padded only where reasons follow on the line: no trailing spaces. */
	fprintf(out, "%-24s %-*s", pmprobe_target_to_string(t), n && !sentences ? 8 : 0,
		pmprobe_verdict_to_string(pmprobe_report_get_verdict(report, t)));
	for (size_t i = 0; i < n; i++) {
		int reason = pmprobe_report_get_reason(report, t, i);
		int effect = pmprobe_report_get_reason_effect(report, t, i);

		if (sentences)
			fprintf(out, "\n    %-8s %s: %s", pmprobe_effect_to_string(effect),
				pmprobe_reason_to_string(reason),
				pmprobe_reason_to_description(reason));
		else
			fprintf(out, "%s%s", i ? ", " : " ", pmprobe_reason_to_string(reason));
		/* The short line marks only what decides the verdict. */
		if (!sentences && effect != PMPROBE_EFFECT_INFORMS)
			fprintf(out, " (%s)", pmprobe_effect_to_string(effect));
	}
	fputc('\n', out);
}
