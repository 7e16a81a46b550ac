/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check`: EXPECTED parsing and the comparison with a probe, under both policies. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "check.h"

#define EXPECTED_MAX (64 * 1024)
#define SEP " \t\r"

static int
expected_verdict(const char *s)
{
	for (int v = PMPROBE_NO; v <= PMPROBE_UNKNOWN; v++)
		if (!strcmp(pmprobe_verdict_to_string((enum pmprobe_verdict)v), s))
			return v;
	return -EINVAL;
}

static int
parse_line(char *line, unsigned lineno, struct expected *x, char *err, size_t errsize)
{
	char *save = NULL, *policy = strtok_r(line, SEP, &save), *target, *verdict, *w;
	struct expectation *e;
	int p, t, v;

	if (!policy || policy[0] == '#')
		return 0;
	p = expected_parse_cpu(policy, save ? save : "", lineno, x, err, errsize);
	if (p != 0)
		return p < 0 ? p : 0;
	target = strtok_r(NULL, SEP, &save);
	verdict = strtok_r(NULL, SEP, &save);
	p = pmprobe_policy_from_string(policy);
	t = target ? pmprobe_target_from_string(target) : -EINVAL;
	v = verdict ? expected_verdict(verdict) : -EINVAL;
	if (p < 0 || t < 0 || v < 0) {
		snprintf(err, errsize, "EXPECTED:%u: expected POLICY TARGET VERDICT [REASON...]",
			 lineno);
		return -EINVAL;
	}
	e = &x->e[p][t];
	if (e->seen++) {
		snprintf(err, errsize, "EXPECTED:%u: %s %s given twice", lineno, policy, target);
		return -EINVAL;
	}
	e->verdict = (enum pmprobe_verdict)v;
	while ((w = strtok_r(NULL, SEP, &save))) {
		int r = pmprobe_reason_from_string(w);

		if (r < 0) {
			snprintf(err, errsize, "EXPECTED:%u: unknown reason '%s'", lineno, w);
			return -EINVAL;
		}
		e->reasons[r] = 1;
	}
	return 0;
}

int
expected_parse(const char *text, struct expected *ret, char *err, size_t errsize)
{
	/* One copy, cut into lines in place (parse_line() cuts each into words). */
	char *copy = strdup(text), *line = copy;
	struct expected x;
	unsigned lineno = 0;
	int r = 0;

	/* The cpu lines count how many of x.cpu hold anything: 32 KiB not cleared. */
	memset(x.e, 0, sizeof(x.e));
	x.n_cpu = 0;
	if (!copy) {
		snprintf(err, errsize, "out of memory");
		return -ENOMEM;
	}
	while (*line && r == 0) {
		size_t len = strcspn(line, "\n");
		char *next = line + len + (line[len] == '\n');

		line[len] = '\0';
		r = parse_line(line, ++lineno, &x, err, errsize);
		line = next;
	}
	free(copy);
	for (int p = 0; r == 0 && p < _PMPROBE_POLICY_MAX; p++)
		for (int t = 0; r == 0 && t < _PMPROBE_TARGET_MAX; t++)
			if (!x.e[p][t].seen) {
				snprintf(err, errsize, "EXPECTED: no line for %s %s",
					 pmprobe_policy_to_string((enum pmprobe_policy)p),
					 pmprobe_target_to_string((enum pmprobe_target)t));
				r = -EINVAL;
			}
	if (r == 0) {
		memcpy(ret->e, x.e, sizeof(x.e));
		memcpy(ret->cpu, x.cpu, x.n_cpu * sizeof(x.cpu[0]));
		ret->n_cpu = x.n_cpu;
	}
	return r;
}

/* Reads EXPECTED of @ctx's tree, whose next probe then reads the tree through the same source.
 * @r: what pmprobe_new() answered for @ctx (its error is put as a failed read is). */
static int
read_expected(struct pmprobe_ctx *ctx, int r, char **ret, char *err, size_t errsize)
{
	if (r >= 0)
		r = pmprobe_read_tree_file(ctx, "EXPECTED", ret);
	if (r == -EFBIG || r == -EBADMSG)
		snprintf(err, errsize, "EXPECTED is not a text file of at most %d bytes",
			 EXPECTED_MAX);
	else if (r == -ENOENT)
		snprintf(err, errsize,
			 "no EXPECTED file ('pmprobe check --update ROOT' writes one from the "
			 "current verdicts, for review)");
	else if (r < 0)
		snprintf(err, errsize, "cannot read EXPECTED: %s", strerror(-r));
	return r;
}

/* Reads @root/EXPECTED through the library's confinement of the tree: a symlink out of the tree
 * is refused and a device node never opened, as for every file the probe reads. */
int
check_read_expected(const char *root, char **ret, char *err, size_t errsize)
{
	struct pmprobe_ctx *ctx = NULL;
	int r;

	/* Two statements: the order in which a call's arguments are evaluated is unspecified, and
	 * ctx must be read after pmprobe_new() set it. */
	r = pmprobe_new(&ctx, root);
	r = read_expected(ctx, r, ret, err, errsize);
	pmprobe_unref(ctx);
	return r;
}

static void
compare(const struct pmprobe_report *report, const struct expectation *e, enum pmprobe_policy p,
	enum pmprobe_target t, struct check_result *res)
{
	struct check_mismatch m = {
		.policy = p,
		.target = t,
		.expected = e->verdict,
		.got = pmprobe_report_get_verdict(report, t),
	};

	for (size_t i = 0; i < pmprobe_report_get_n_reasons(report, t); i++) {
		int reason = pmprobe_report_get_reason(report, t, i);

		if (reason >= 0 && reason < _PMPROBE_REASON_MAX) {
			m.got_reasons[reason] = 1;
			m.got_effects[reason] =
				(unsigned char)pmprobe_report_get_reason_effect(report, t, i);
		}
	}
	memcpy(m.expected_reasons, e->reasons, sizeof(m.expected_reasons));
	if (m.got == m.expected &&
	    !memcmp(m.got_reasons, m.expected_reasons, sizeof(m.got_reasons)))
		return;
	res->mismatches[res->n_mismatches++] = m;
}

/* The result before any comparison: the counts say how much of the arrays holds anything (70 KiB
 * not cleared a tree). */
static void
result_init(struct check_result *res)
{
	res->status = CHECK_ERROR;
	res->n_mismatches = res->n_cpu_expected = res->n_cpu_mismatches = 0;
	res->error[0] = '\0';
}

enum check_status
check_probe(struct pmprobe_ctx *ctx, const struct expected *x, struct check_result *res)
{
	struct pmprobe_report *report = NULL;
	int r;

	result_init(res);
	res->n_cpu_expected = x->n_cpu;
	/* One probe, under the feasible policy whose facts serve both: EXPECTED checks verdicts,
	 * and the CPU section only when it has cpu lines (no verdict reads it). */
	r = pmprobe_set_policy(ctx, PMPROBE_POLICY_FEASIBLE);
	if (r >= 0)
		r = pmprobe_set_sections(ctx, x->n_cpu ? PMPROBE_SECTION_CPU : 0);
	if (r >= 0)
		r = pmprobe_probe(ctx, &report);
	for (int p = 0; r >= 0 && p < _PMPROBE_POLICY_MAX; p++) {
		r = pmprobe_report_set_policy(report, (enum pmprobe_policy)p);
		if (r < 0)
			break;
		for (int t = 0; t < _PMPROBE_TARGET_MAX; t++)
			compare(report, &x->e[p][t], (enum pmprobe_policy)p, (enum pmprobe_target)t,
				res);
		/* The CPU section is the same under every policy. */
		r = p == PMPROBE_POLICY_FEASIBLE ? check_cpu(report, x, res) : 0;
		if (r < 0) {
			pmprobe_report_unref(report);
			snprintf(res->error, sizeof(res->error),
				 "cannot compare the CPU section: %s", strerror(-r));
			return res->status;
		}
	}
	pmprobe_report_unref(report);
	if (r < 0) {
		snprintf(res->error, sizeof(res->error), "cannot probe: %s", strerror(-r));
		res->n_mismatches = 0;
		return res->status;
	}
	res->status = res->n_mismatches || res->n_cpu_mismatches ? CHECK_FAIL : CHECK_PASS;
	return res->status;
}

enum check_status
check_root(const char *root, struct check_result *res)
{
	struct pmprobe_ctx *ctx = NULL;
	struct expected x;
	char *text = NULL;
	int r;

	result_init(res);
	/* One context, so one source: the root opened and RECORD read once for EXPECTED and the
	 * probe. */
	r = pmprobe_new(&ctx, root);
	r = read_expected(ctx, r, &text, res->error, sizeof(res->error));
	if (r >= 0) {
		r = expected_parse(text, &x, res->error, sizeof(res->error));
		free(text);
	}
	if (r >= 0)
		check_probe(ctx, &x, res);
	pmprobe_unref(ctx);
	return res->status;
}
