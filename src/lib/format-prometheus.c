/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report as Prometheus metrics (text exposition format 0.0.4) for node_exporter's textfile
 * collector: a backend of the walk (format-walk.h) that keeps what the metrics need as the walk
 * passes it (header, verdicts, reasons, four kinds of fact), because samples are written by
 * metric family, not in the report's order. Label values come from files: escaped as the format
 * says (backslash, double quote, newline), after the walk made them UTF-8. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "format-walk.h"
#include "format.h"
#include "macro.h"
#include "proc.h"
#include "report.h"
#include "tokens.h"

#define PROM_DEPTH_MAX 12

struct prom {
	/* The names of the open objects and lists: the walk's string literals. */
	const char *stack[PROM_DEPTH_MAX];
	int depth;
	char *policy, *target, *code; /* the header's policy; the open target and reason */
	char *key;		      /* the open fact's key, when it is present */
	FILE *verdicts, *reasons;     /* their families' samples, in the walk's order */
	char *verdicts_buf, *reasons_buf;
	size_t verdicts_len, reasons_len;
	/* The facts the metrics read, as the walk wrote their values. */
	char *mem_sleep, *image, *swaps[SWAPS_MAX];
	size_t n_swaps;
};

/* A label value: backslash, double quote and line feed escaped; the rest is UTF-8 already. */
static void
put_label(FILE *f, const char *name, const char *value, int first)
{
	fprintf(f, "%s%s=\"", first ? "{" : ",", name);
	for (const char *c = value ? value : ""; *c; c++) {
		if (*c == '\\' || *c == '"')
			fputc('\\', f);
		if (*c == '\n')
			fputs("\\n", f);
		else
			fputc(*c, f);
	}
	fputc('"', f);
}

static void
put_family(FILE *f, const char *name, const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name);
}

/* Where the walk is: @depth open items, the last two named @parent and @name (NULL: any). */
static int
at(const struct prom *p, int depth, const char *parent, const char *name)
{
	return p->depth == depth && (!parent || streq(p->stack[depth - 2], parent)) &&
	       (!name || streq(p->stack[depth - 1], name));
}

static int
in_target(const struct prom *p)
{
	return at(p, 3, "targets", "target");
}

static int
in_reason(const struct prom *p)
{
	return at(p, 5, "reasons", "reason") && streq(p->stack[2], "target");
}

static int
push(struct prom *p, const char *name)
{
	if (p->depth >= PROM_DEPTH_MAX)
		return -EINVAL;
	p->stack[p->depth++] = name;
	return 0;
}

static int
prom_open(void *w, const char *name)
{
	return push(w, name);
}

static int
prom_open_list(void *w, const char *name, int bare _unused_)
{
	return push(w, name);
}

static int
prom_close(void *w)
{
	struct prom *p = w;

	if (in_target(p))
		free(TAKE_PTR(p->target));
	else if (in_reason(p))
		free(TAKE_PTR(p->code));
	else if (at(p, 3, "facts", "fact"))
		free(TAKE_PTR(p->key));
	p->depth--;
	return 0;
}

static int
prom_close_list(void *w, int bare _unused_)
{
	return prom_close(w);
}

static int
keep(char **where, const char *value)
{
	free(*where);
	*where = value ? strdup(value) : NULL;
	return !value || *where ? 0 : -ENOMEM;
}

/* One sample per verdict a target can have: 1 for its own, 0 for the others, so that a sum over
 * hosts counts each verdict. */
static void
write_verdict(struct prom *p, const char *verdict)
{
	static const enum pmprobe_verdict order[] = {PMPROBE_YES, PMPROBE_NO, PMPROBE_UNKNOWN};

	for (size_t i = 0; i < ELEMENTSOF(order); i++) {
		const char *v = pmprobe_verdict_to_string(order[i]);

		fputs("pmprobe_verdict", p->verdicts);
		put_label(p->verdicts, "target", p->target, 1);
		put_label(p->verdicts, "policy", p->policy, 0);
		put_label(p->verdicts, "verdict", v, 0);
		fprintf(p->verdicts, "} %d\n", streq(v, verdict));
	}
}

static int
prom_str(void *w, const char *key, const char *value)
{
	struct prom *p = w;

	if (p->depth == 1 && streq(key, "policy"))
		return keep(&p->policy, value);
	if (in_target(p) && streq(key, "name"))
		return keep(&p->target, value);
	if (in_target(p) && streq(key, "verdict") && value)
		write_verdict(p, value);
	if (in_reason(p) && streq(key, "code"))
		return keep(&p->code, value);
	if (in_reason(p) && streq(key, "effect") && value) {
		fputs("pmprobe_reason", p->reasons);
		put_label(p->reasons, "target", p->target, 1);
		put_label(p->reasons, "policy", p->policy, 0);
		put_label(p->reasons, "code", p->code, 0);
		put_label(p->reasons, "effect", value, 0);
		fputs("} 1\n", p->reasons);
	}
	if (at(p, 3, "facts", "fact") && streq(key, "key"))
		return keep(&p->key, value);
	/* The state comes after the key: a fact that is not present has no value to read. */
	if (at(p, 3, "facts", "fact") && streq(key, "state") && value && !streq(value, "present"))
		free(TAKE_PTR(p->key));
	return 0;
}

/* What the metrics do not show: the CPU section's word and CPU lists, numbers, flags, prose. */
static int
prom_ignore(void *w _unused_, const char *key _unused_, const char *value _unused_)
{
	return 0;
}

static int
prom_num(void *w _unused_, const char *key _unused_, int valid _unused_, uint64_t value _unused_)
{
	return 0;
}

static int
prom_flag(void *w _unused_, const char *key _unused_, int value _unused_)
{
	return 0;
}

/* A fact's value, when it is text: base64 (bytes that are not) has no number to read. */
static int
prom_value(void *w, const char *key _unused_, const char *value, int base64)
{
	struct prom *p = w;

	if (!p->key || !value || base64)
		return 0;
	if (streq(p->key, "power.mem_sleep"))
		return keep(&p->mem_sleep, value);
	if (streq(p->key, "hibernate.image"))
		return keep(&p->image, value);
	if (has_prefix(p->key, "swap.") && p->n_swaps < ELEMENTSOF(p->swaps))
		return keep(&p->swaps[p->n_swaps++], value);
	return 0;
}

static const struct report_writer prom_writer = {
	.open = prom_open,
	.close = prom_close,
	.open_list = prom_open_list,
	.close_list = prom_close_list,
	.str = prom_str,
	.num = prom_num,
	.flag = prom_flag,
	.words = prom_ignore,
	.cpus = prom_ignore,
	.value = prom_value,
	.content = prom_ignore,
};

/* A size in KiB as a sample value in bytes: exact below 2^64 bytes, a float above. */
static void
put_bytes(FILE *f, uint64_t kib)
{
	if (kib <= UINT64_MAX / 1024)
		fprintf(f, " %" PRIu64 "\n", kib * 1024);
	else
		fprintf(f, " %.17g\n", (double)kib * 1024.0);
}

/* Reads "@prefix<number>@suffix" at *@s and moves past it. Returns: 1 when it is there. */
static int
read_number(const char **s, const char *prefix, const char *suffix, uint64_t *ret)
{
	const char *c = *s;
	char *end;

	if (!has_prefix(c, prefix))
		return 0;
	c += strlen(prefix);
	if (*c < '0' || *c > '9')
		return 0;
	errno = 0;
	*ret = strtoull(c, &end, 10);
	if (errno || !has_prefix(end, suffix))
		return 0;
	*s = end + strlen(suffix);
	return 1;
}

/* The variants mem_sleep offers, each once, the selected one 1. */
static int
write_mem_sleep(FILE *f, const char *text)
{
	struct token_list l;
	int r = token_list_parse(text, &l);

	if (r < 0)
		return r == -ENOMEM ? r : 0;
	if (!l.malformed && l.n > 0) {
		put_family(f, "pmprobe_mem_sleep_selected",
			   "The variants /sys/power/mem_sleep offers: 1 for the selected one, the "
			   "sleep \"mem\" enters, else 0");
		for (size_t i = 0; i < l.n; i++) {
			size_t j = 0;

			while (j < i && !streq(l.tokens[j], l.tokens[i]))
				j++;
			if (j < i)
				continue; /* a tree may repeat one: a series appears once */
			fputs("pmprobe_mem_sleep_selected", f);
			put_label(f, "variant", l.tokens[i], 1);
			fprintf(f, "} %d\n", (long)i == l.selected);
		}
	}
	token_list_done(&l);
	return 0;
}

/* A swap fact, "AREA TYPE size=N KiB used=N KiB[ zram][ deleted]" (probe.c): AREA may hold
 * spaces, so it is read from the end. */
struct swap_area {
	char *area;
	const char *type;
	uint64_t size, used;
	int usable;
};

static int
parse_swap(const char *v, struct swap_area *ret)
{
	const char *size = NULL, *type, *c;

	for (const char *s = strstr(v, " size="); s; s = strstr(s + 1, " size="))
		size = s;
	if (!size)
		return 0;
	c = size + 1;
	if (!read_number(&c, "size=", " KiB", &ret->size) ||
	    !read_number(&c, " used=", " KiB", &ret->used))
		return 0;
	ret->usable = !*c;
	if (!streq(c, "") && !streq(c, " zram") && !streq(c, " deleted") &&
	    !streq(c, " zram deleted"))
		return 0;
	for (type = size; type > v && type[-1] != ' '; type--)
		;
	if (type == v)
		return 0;
	if (!strncmp(type, "partition ", 10))
		ret->type = "partition";
	else if (!strncmp(type, "file ", 5))
		ret->type = "file";
	else
		return 0;
	ret->area = strndup(v, (size_t)(type - 1 - v));
	return ret->area ? 1 : -ENOMEM;
}

/* One sample an area: its size, or (@free) its size less what is used. */
static void
put_swap_family(FILE *f, const char *name, const char *help, const struct swap_area *areas,
		size_t n, int free)
{
	put_family(f, name, help);
	for (size_t i = 0; i < n; i++) {
		const struct swap_area *a = &areas[i];

		fputs(name, f);
		put_label(f, "area", a->area, 1);
		put_label(f, "type", a->type, 0);
		put_label(f, "usable", a->usable ? "yes" : "no", 0);
		fputc('}', f);
		put_bytes(f, !free ? a->size : a->size > a->used ? a->size - a->used : 0);
	}
}

static int
write_swaps(FILE *f, char *const *swaps, size_t n)
{
	struct swap_area areas[SWAPS_MAX];
	size_t n_areas = 0;
	int r = 0;

	for (size_t i = 0; i < n && r >= 0; i++) {
		struct swap_area a = {0};
		size_t j = 0;

		r = parse_swap(swaps[i], &a);
		if (r <= 0)
			continue;
		while (j < n_areas &&
		       !(streq(areas[j].area, a.area) && streq(areas[j].type, a.type)))
			j++;
		if (j < n_areas)
			free(a.area); /* the same area twice: a tree's; its series appears once */
		else
			areas[n_areas++] = a;
	}
	if (r >= 0 && n_areas > 0) {
		put_swap_family(
			f, "pmprobe_swap_size_bytes",
			"The size of an active swap area (/proc/swaps); usable=\"no\" for zram "
			"and deleted files, which hibernation does not write to",
			areas, n_areas, 0);
		put_swap_family(
			f, "pmprobe_swap_free_bytes",
			"The free space of an active swap area, its size less what is used: "
			"what the hibernation rule compares the image with",
			areas, n_areas, 1);
	}
	for (size_t i = 0; i < n_areas; i++)
		free(areas[i].area);
	return r < 0 ? r : 0;
}

/* "estimate N KiB (saveable ...); takes N to N KiB of swap (...)" (probe.c image_fact()). */
static void
write_image(FILE *f, const char *v)
{
	static const struct {
		const char *name, *help;
	} families[] = {
		{"pmprobe_hibernate_image_bytes",
		 "The hibernation image the kernel would write, as pmprobe estimates it from "
		 "/proc/meminfo and image_size (fact hibernate.image)"},
		{"pmprobe_hibernate_image_swap_min_bytes",
		 "The least swap the hibernation image takes, compressed at the best ratio pmprobe "
		 "grants"},
		{"pmprobe_hibernate_image_swap_max_bytes",
		 "The most swap the hibernation image and the pages pushed out to make it can "
		 "take"},
	};
	const char *c = v, *takes = strstr(v, "); takes ");
	uint64_t kib[3];

	if (!read_number(&c, "estimate ", " KiB", &kib[0]) || !takes)
		return;
	c = takes + 3; /* past "); " */
	if (!read_number(&c, "takes ", "", &kib[1]) ||
	    !read_number(&c, " to ", " KiB of swap", &kib[2]))
		return;
	for (size_t i = 0; i < ELEMENTSOF(families); i++) {
		put_family(f, families[i].name, families[i].help);
		fputs(families[i].name, f);
		put_bytes(f, kib[i]);
	}
}

static int
write_metrics(FILE *f, const struct pmprobe_report *report, const struct prom *p)
{
	_cleanup_free_ char *release = NULL;

	/* A tree's RECORD says it: any bytes, made text as the walk makes its strings. */
	if (report->kernel_release && format_name(report->kernel_release, &release) < 0)
		return -ENOMEM;
	put_family(f, "pmprobe_info",
		   "pmprobe's version, the policy of its verdicts, the backend (udev: this host; "
		   "sysroot: a recorded tree) and the kernel release; always 1");
	fputs("pmprobe_info", f);
	put_label(f, "version", PMPROBE_VERSION, 1);
	put_label(f, "policy", p->policy, 0);
	put_label(f, "backend", report->backend, 0);
	put_label(f, "kernel_release", release, 0);
	fputs("} 1\n", f);
	put_family(f, "pmprobe_verdict",
		   "1 when a target's verdict under the policy is the one in the label (yes, no, "
		   "unknown), else 0");
	fwrite(p->verdicts_buf, 1, p->verdicts_len, f);
	if (p->reasons_len > 0) {
		put_family(
			f, "pmprobe_reason",
			"A reason for a target's verdict, by code, with its effect on it (blocks, "
			"unknown, informs); always 1");
		fwrite(p->reasons_buf, 1, p->reasons_len, f);
	}
	if (p->mem_sleep && write_mem_sleep(f, p->mem_sleep) < 0)
		return -ENOMEM;
	if (write_swaps(f, p->swaps, p->n_swaps) < 0)
		return -ENOMEM;
	if (p->image)
		write_image(f, p->image);
	return 0;
}

static void
prom_done(struct prom *p)
{
	if (p->verdicts)
		fclose(p->verdicts);
	if (p->reasons)
		fclose(p->reasons);
	free(p->verdicts_buf);
	free(p->reasons_buf);
	free(p->policy);
	free(p->target);
	free(p->code);
	free(p->key);
	free(p->mem_sleep);
	free(p->image);
	for (size_t i = 0; i < p->n_swaps; i++)
		free(p->swaps[i]);
}

PMP_EXPORT int
pmprobe_report_to_prometheus(const struct pmprobe_report *report, char **ret)
{
	struct prom p = {0};
	char *out = NULL;
	size_t size = 0;
	FILE *f;
	int r;

	assert_return(report && ret, -EINVAL);
	p.verdicts = open_memstream(&p.verdicts_buf, &p.verdicts_len);
	p.reasons = open_memstream(&p.reasons_buf, &p.reasons_len);
	r = p.verdicts && p.reasons ? report_walk(&prom_writer, &p, report) : -ENOMEM;
	/* Closed here, so their buffers hold everything written. */
	if (p.verdicts && fclose(TAKE_PTR(p.verdicts)) != 0 && r >= 0)
		r = -ENOMEM;
	if (p.reasons && fclose(TAKE_PTR(p.reasons)) != 0 && r >= 0)
		r = -ENOMEM;
	f = r >= 0 ? open_memstream(&out, &size) : NULL;
	if (r >= 0 && !f)
		r = -ENOMEM;
	if (r >= 0)
		r = write_metrics(f, report, &p);
	if (f && fclose(f) != 0 && r >= 0)
		r = -ENOMEM;
	prom_done(&p);
	if (r < 0) {
		free(out);
		return r;
	}
	*ret = out;
	return 0;
}
