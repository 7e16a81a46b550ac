/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report for people: the host, the evidence, each target's verdict with its reasons, and the
 * sections through the walk, one line per object, its scalars as key=value. Text for people
 * belongs to the library, as the XML and JSON do: the tools print what it writes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "format-walk.h"
#include "format.h"
#include "macro.h"
#include "report.h"
#include "report-text.h"

struct text {
	FILE *f;
	int depth;
};

static int
text_open(void *w, const char *name)
{
	struct text *t = w;

	fprintf(t->f, "\n%*s%s", 2 * ++t->depth, "", name);
	return 0;
}

static int
text_close(void *w)
{
	((struct text *)w)->depth--;
	return 0;
}

static int
text_open_list(void *w _unused_, const char *name _unused_, int bare _unused_)
{
	return 0;
}

static int
text_close_list(void *w _unused_, int bare _unused_)
{
	return 0;
}

static int
text_str(void *w, const char *key, const char *value)
{
	struct text *t = w;

	if (!value || streq(key, "summary")) /* the section's first line */
		return 0;
	if (!*value || strpbrk(value, " \"="))
		fprintf(t->f, " %s=\"%s\"", key, value);
	else
		fprintf(t->f, " %s=%s", key, value);
	return 0;
}

static int
text_num(void *w, const char *key, int valid, uint64_t value)
{
	if (valid)
		fprintf(((struct text *)w)->f, " %s=%llu", key, (unsigned long long)value);
	return 0;
}

static int
text_flag(void *w, const char *key, int value)
{
	return text_str(w, key, value ? "yes" : "no");
}

static int
text_value(void *w, const char *key, const char *value, int base64 _unused_)
{
	return text_str(w, key, value);
}

static int
text_content(void *w, const char *key _unused_, const char *value)
{
	if (value)
		fprintf(((struct text *)w)->f, ": %s", value);
	return 0;
}

static const struct report_writer text_writer = {
	.open = text_open,
	.close = text_close,
	.open_list = text_open_list,
	.close_list = text_close_list,
	.str = text_str,
	.num = text_num,
	.flag = text_flag,
	.words = text_str,
	.cpus = text_str,
	.value = text_value,
	.content = text_content,
};

/* The section's first line, then the walk of it. */
static int
write_section(struct text *t, const struct pmprobe_report *report, enum pmprobe_section section)
{
	_cleanup_free_ char *summary = NULL;
	const struct report_wake *w = &report->evidence.wake;

	if (section == PMPROBE_SECTION_WAKE) {
		fprintf(t->f,
			"Wake sources (read only, no verdict): %zu with power/wakeup, %u enabled",
			w->n_devices, w->n_enabled);
		return wake_walk(&text_writer, t, w);
	}
	/* Names in the summary come from files: escaped as everywhere else. */
	if (format_name(report->evidence.cpu->summary ? report->evidence.cpu->summary : "",
			&summary) < 0)
		return -ENOMEM;
	fprintf(t->f, "CPU power policies (read only, no verdict): %s", summary);
	return cpu_walk(&text_writer, t, report->evidence.cpu);
}

/* A section the probe read, as a block of its own. */
static int
write_block(struct text *t, const struct pmprobe_report *report, enum pmprobe_section section)
{
	int r;

	if (section == PMPROBE_SECTION_WAKE ? !report->evidence.wake.probed : !report->evidence.cpu)
		return 0;
	fputc('\n', t->f);
	r = write_section(t, report, section);
	fputc('\n', t->f);
	return r;
}

static int
write_report(struct text *t, const struct pmprobe_report *report, unsigned flags)
{
	int explain = !!(flags & PMPROBE_TEXT_EXPLAIN), r = 0;
	const char *cpu = pmprobe_report_get_cpu_summary(report);

	fputs("Host: ", t->f);
	report_text_escaped(t->f, report->sysroot ? report->sysroot : "this machine (live)", 0);
	fprintf(t->f, "\nPolicy: %s\n\n", pmprobe_policy_to_string(report->policy));
	if (explain) {
		report_text_facts(t->f, report);
		r = write_block(t, report, PMPROBE_SECTION_WAKE);
		fputs("\nVerdicts:\n", t->f);
	}
	for (int i = 0; r >= 0 && i < _PMPROBE_TARGET_MAX; i++)
		report_text_target(t->f, report, (enum pmprobe_target)i, explain);
	if (r >= 0 && explain) {
		r = write_block(t, report, PMPROBE_SECTION_CPU);
	} else if (r >= 0 && cpu) {
		fputs("\nCPU: ", t->f);
		report_text_escaped(t->f, cpu, 0);
		fputc('\n', t->f);
	}
	return r;
}

/* A section alone, as pmprobe_report_section_to_text() gives it: its lines, then a newline. */
static int
write_section_text(struct text *t, const struct pmprobe_report *report, unsigned section)
{
	int r = write_section(t, report, (enum pmprobe_section)section);

	fputc('\n', t->f);
	return r;
}

/* Runs @write(@arg) into a new string, *@ret (free() it). Returns: 0, or a negative errno. */
static int
text_string(const struct pmprobe_report *report,
	    int (*write)(struct text *t, const struct pmprobe_report *report, unsigned arg),
	    unsigned arg, char **ret)
{
	struct text t = {0};
	char *s = NULL;
	size_t size = 0;
	int r;

	t.f = open_memstream(&s, &size);
	if (!t.f)
		return -ENOMEM;
	r = write(&t, report, arg);
	if (fclose(t.f) != 0 || r < 0) {
		free(s);
		return r < 0 ? r : -ENOMEM;
	}
	*ret = s;
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_text(const struct pmprobe_report *report, unsigned flags, char **ret)
{
	assert_return(report && ret, -EINVAL);
	assert_return(!(flags & ~(unsigned)PMPROBE_TEXT_EXPLAIN), -EINVAL);
	return text_string(report, write_report, flags, ret);
}

PMP_EXPORT int
pmprobe_report_section_to_text(const struct pmprobe_report *report, enum pmprobe_section section,
			       char **ret)
{
	assert_return(report && ret, -EINVAL);
	assert_return(section == PMPROBE_SECTION_WAKE || section == PMPROBE_SECTION_CPU, -EINVAL);
	if (section == PMPROBE_SECTION_WAKE ? !report->evidence.wake.probed : !report->evidence.cpu)
		return -ENODATA;
	return text_string(report, write_section_text, section, ret);
}

PMP_EXPORT int
pmprobe_report_cpu_to_text(const struct pmprobe_report *report, char **ret)
{
	return pmprobe_report_section_to_text(report, PMPROBE_SECTION_CPU, ret);
}
