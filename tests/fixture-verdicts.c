/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Checks one fixture tree: pmprobe's verdicts and reasons must equal its EXPECTED file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

struct expectation {
	int seen;
	enum pmprobe_verdict verdict;
	int reasons[_PMPROBE_REASON_MAX]; /* 1 when expected */
};

static struct expectation expected[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX];

static int
parse_verdict(const char *s)
{
	for (int v = 0; v <= PMPROBE_UNKNOWN; v++)
		if (!strcmp(pmprobe_verdict_to_string(v), s))
			return v;
	return -EINVAL;
}

/* One line: POLICY TARGET VERDICT [REASON...]. Returns: 0, or -EINVAL with a message. */
static int
parse_line(char *line, unsigned lineno)
{
	char *save = NULL, *policy = strtok_r(line, " \t\r\n", &save), *target, *verdict, *w;
	int p, t, v;
	struct expectation *e;

	if (!policy || policy[0] == '#')
		return 0;
	target = strtok_r(NULL, " \t\r\n", &save);
	verdict = strtok_r(NULL, " \t\r\n", &save);
	p = pmprobe_policy_from_string(policy);
	t = pmprobe_target_from_string(target);
	v = verdict ? parse_verdict(verdict) : -EINVAL;
	if (p < 0 || t < 0 || v < 0) {
		fprintf(stderr, "EXPECTED:%u: bad policy, target or verdict\n", lineno);
		return -EINVAL;
	}
	e = &expected[p][t];
	if (e->seen++) {
		fprintf(stderr, "EXPECTED:%u: %s %s given twice\n", lineno, policy, target);
		return -EINVAL;
	}
	e->verdict = (enum pmprobe_verdict)v;
	while ((w = strtok_r(NULL, " \t\r\n", &save))) {
		int r = pmprobe_reason_from_string(w);

		if (r < 0) {
			fprintf(stderr, "EXPECTED:%u: unknown reason '%s'\n", lineno, w);
			return -EINVAL;
		}
		e->reasons[r] = 1;
	}
	return 0;
}

static int
load_expected(const char *root)
{
	char path[4096], line[4096];
	unsigned lineno = 0;
	int r = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/EXPECTED", root);
	f = fopen(path, "re");
	if (!f) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -errno;
	}
	while (r == 0 && fgets(line, sizeof(line), f))
		r = parse_line(line, ++lineno);
	fclose(f);
	for (int p = 0; r == 0 && p < _PMPROBE_POLICY_MAX; p++)
		for (int t = 0; r == 0 && t < _PMPROBE_TARGET_MAX; t++)
			if (!expected[p][t].seen) {
				fprintf(stderr, "EXPECTED: no line for %s %s\n",
					pmprobe_policy_to_string(p), pmprobe_target_to_string(t));
				r = -EINVAL;
			}
	return r;
}

static void
print_reasons(const char *label, const int *set)
{
	fprintf(stderr, "    %s:", label);
	for (int i = 0; i < _PMPROBE_REASON_MAX; i++)
		if (set[i])
			fprintf(stderr, " %s", pmprobe_reason_to_string(i));
	fputc('\n', stderr);
}

static int
check_target(const struct pmprobe_report *report, enum pmprobe_policy p, enum pmprobe_target t)
{
	const struct expectation *e = &expected[p][t];
	enum pmprobe_verdict got = pmprobe_report_get_verdict(report, t);
	int reasons[_PMPROBE_REASON_MAX] = { 0 };

	for (size_t i = 0; i < pmprobe_report_get_n_reasons(report, t); i++)
		reasons[pmprobe_report_get_reason(report, t, i)] = 1;
	if (got == e->verdict && !memcmp(reasons, e->reasons, sizeof(reasons)))
		return 0;
	fprintf(stderr, "  %s %s: expected %s, got %s\n", pmprobe_policy_to_string(p),
		pmprobe_target_to_string(t), pmprobe_verdict_to_string(e->verdict),
		pmprobe_verdict_to_string(got));
	print_reasons("expected reasons", e->reasons);
	print_reasons("pmprobe reasons ", reasons);
	return -1;
}

int
main(int argc, char **argv)
{
	int failures = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: fixture-verdicts FIXTURE_DIR\n");
		return 2;
	}
	if (load_expected(argv[1]) < 0)
		return 1;
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		struct pmprobe_ctx *ctx = NULL;
		struct pmprobe_report *report = NULL;
		int r = pmprobe_new(&ctx, argv[1]);

		if (r >= 0)
			r = pmprobe_set_policy(ctx, (enum pmprobe_policy)p);
		if (r >= 0)
			r = pmprobe_probe(ctx, &report);
		if (r < 0) {
			fprintf(stderr, "%s: probe failed: %s\n", argv[1], strerror(-r));
			pmprobe_unref(ctx);
			return 1;
		}
		for (int t = 0; t < _PMPROBE_TARGET_MAX; t++)
			failures += check_target(report, p, t) < 0;
		pmprobe_report_unref(report);
		pmprobe_unref(ctx);
	}
	if (failures)
		fprintf(stderr, "%s: %d of %d verdicts differ from EXPECTED\n", argv[1], failures,
			_PMPROBE_POLICY_MAX * _PMPROBE_TARGET_MAX);
	else
		printf("%s: %d verdicts as expected\n", argv[1],
		       _PMPROBE_POLICY_MAX * _PMPROBE_TARGET_MAX);
	return failures ? 1 : 0;
}
