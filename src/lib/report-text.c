/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's lines for people that both programs print, from the public getters alone:
 * pmprobe_report_to_text() (format-text.c) and the drop-in's --explain. */
#include <stdio.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "report-text.h"

int
report_text_escaped(FILE *f, const char *s, int quotes)
{
	int n = 0;

	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c < 0x20 || *c == 0x7f || *c == '\\' || (quotes && *c == '"'))
			n += fprintf(f, "\\x%02x", *c);
		else
			n += fputc(*c, f) != EOF;
	}
	return n;
}

void
report_text_facts(FILE *f, const struct pmprobe_report *report)
{
	size_t n = pmprobe_report_get_n_facts(report);

	fprintf(f, "Evidence (%zu facts):\n", n);
	for (size_t i = 0; i < n; i++) {
		const char *key, *value, *path;
		int state = pmprobe_report_get_fact(report, i, &key, &value, &path);
		int err = pmprobe_report_get_fact_errno(report, i), width;

		fputs("  ", f);
		width = report_text_escaped(f, key, 0);
		fprintf(f, "%*s %-10s", width < 30 ? 30 - width : 0, "",
			pmprobe_fact_state_to_string(state));
		if (err)
			fprintf(f, " (%s)", strerror(err));
		if (value) {
			fputs(" \"", f);
			report_text_escaped(f, value, 1);
			fputc('"', f);
		}
		if (path) {
			fputs("  [", f);
			report_text_escaped(f, path, 0);
			fputc(']', f);
		}
		fputc('\n', f);
	}
}

void
report_text_target(FILE *f, const struct pmprobe_report *report, enum pmprobe_target t,
		   int sentences)
{
	size_t n = pmprobe_report_get_n_reasons(report, t);

	/* Padded only where reasons follow on the line: no trailing spaces. */
	fprintf(f, "%-24s %-*s", pmprobe_target_to_string(t), n && !sentences ? 8 : 0,
		pmprobe_verdict_to_string(pmprobe_report_get_verdict(report, t)));
	for (size_t i = 0; i < n; i++) {
		int reason = pmprobe_report_get_reason(report, t, i);
		int effect = pmprobe_report_get_reason_effect(report, t, i);

		if (sentences)
			fprintf(f, "\n    %-8s %s: %s", pmprobe_effect_to_string(effect),
				pmprobe_reason_to_string(reason),
				pmprobe_reason_to_description(reason));
		else
			fprintf(f, "%s%s", i ? ", " : " ", pmprobe_reason_to_string(reason));
		/* The short line marks only what decides the verdict. */
		if (!sentences && effect != PMPROBE_EFFECT_INFORMS)
			fprintf(f, " (%s)", pmprobe_effect_to_string(effect));
	}
	fputc('\n', f);
}
