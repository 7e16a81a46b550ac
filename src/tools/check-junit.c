/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check --format junit`: JUnit XML, a test suite a tree, a test case a verdict line. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "check.h"

/* The suites are held until the last tree is in: the root element carries the totals, and test
 * reporters (GitLab, Jenkins, GitHub actions) read them there. */
struct check_junit {
	FILE *suites; /* open_memstream() of buf */
	char *buf;
	size_t len;
	unsigned long tests, failures, errors;
};

/* The length of the well-formed UTF-8 sequence of an XML character at @s, or 0: text from a tree
 * or a root's name may be any bytes, and an XML parser rejects the whole document for one. */
static size_t
utf8_xml_char(const unsigned char *s)
{
	unsigned char lo = 0x80, hi = 0xbf;
	size_t n;

	if (s[0] >= 0x20 && s[0] < 0x7f)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4;
	else
		return 0; /* control, DEL, a continuation byte, an overlong or too large lead */
	if (s[0] == 0xe0)
		lo = 0xa0; /* overlong */
	else if (s[0] == 0xed)
		hi = 0x9f; /* surrogates */
	else if (s[0] == 0xf0)
		lo = 0x90; /* overlong */
	else if (s[0] == 0xf4)
		hi = 0x8f; /* above U+10FFFF */
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	/* U+FFFE and U+FFFF are not XML characters. */
	if (n == 3 && s[0] == 0xef && s[1] == 0xbf && s[2] >= 0xbe)
		return 0;
	return n;
}

/* Writes @s as XML text or attribute value: markup characters as entities; control bytes,
 * backslashes and bytes that are not UTF-8 as \xNN, as the text format shows them. */
void
check_junit_escaped(FILE *out, const char *s)
{
	static const char *const entities[] = {
		['&'] = "&amp;",  ['<'] = "&lt;",    ['>'] = "&gt;",
		['"'] = "&quot;", ['\''] = "&apos;",
	};

	for (const unsigned char *c = (const unsigned char *)s; *c;) {
		size_t n = *c == '\\' ? 0 : utf8_xml_char(c);

		if (n == 0) {
			fprintf(out, "\\x%02x", *c++);
			continue;
		}
		if (*c < sizeof(entities) / sizeof(*entities) && entities[*c])
			fputs(entities[*c], out);
		else
			fwrite(c, 1, n, out);
		c += n;
	}
}

int
check_junit_new(struct check_junit **ret)
{
	struct check_junit *j = calloc(1, sizeof(*j));

	if (!j)
		return -ENOMEM;
	j->suites = open_memstream(&j->buf, &j->len);
	if (!j->suites) {
		free(j);
		return -ENOMEM;
	}
	*ret = j;
	return 0;
}

struct check_junit *
check_junit_free(struct check_junit *j)
{
	if (!j)
		return NULL;
	if (j->suites)
		fclose(j->suites);
	free(j->buf);
	free(j);
	return NULL;
}

/* A verdict and its reasons as EXPECTED writes them, "no swap-too-small"; @effects: each got
 * reason's effect after it in parentheses. */
static void
verdict_words(FILE *out, enum pmprobe_verdict v, const unsigned char *set,
	      const unsigned char *effects)
{
	fputs(pmprobe_verdict_to_string(v), out);
	for (int i = 0; i < _PMPROBE_REASON_MAX; i++) {
		if (!set[i])
			continue;
		fprintf(out, " %s", pmprobe_reason_to_string((enum pmprobe_reason)i));
		if (effects)
			fprintf(out, " (%s)",
				pmprobe_effect_to_string((enum pmprobe_effect)effects[i]));
	}
}

static const struct check_mismatch *
find_mismatch(const struct check_result *res, int p, int t)
{
	for (unsigned i = 0; i < res->n_mismatches; i++)
		if ((int)res->mismatches[i].policy == p && (int)res->mismatches[i].target == t)
			return &res->mismatches[i];
	return NULL;
}

static void
testcase_open(FILE *out, const char *root, const char *name)
{
	fputs("    <testcase classname=\"", out);
	check_junit_escaped(out, root);
	fprintf(out, "\" name=\"%s\"", name);
}

static void
mismatch_case(FILE *out, const char *root, const char *name, const struct check_mismatch *m)
{
	testcase_open(out, root, name);
	if (!m) {
		fputs("/>\n", out);
		return;
	}
	fputs(">\n      <failure type=\"mismatch\" message=\"expected ", out);
	verdict_words(out, m->expected, m->expected_reasons, NULL);
	fputs(", found ", out);
	verdict_words(out, m->got, m->got_reasons, NULL);
	fputs("\">expected: ", out);
	verdict_words(out, m->expected, m->expected_reasons, NULL);
	fputs("\nfound: ", out);
	verdict_words(out, m->got, m->got_reasons, m->got_effects);
	fputs("\n</failure>\n    </testcase>\n", out);
}

/* The cpu lines of EXPECTED, one test case: what differs is for people, a line each. */
static void
cpu_case(FILE *out, const char *root, const struct check_result *res)
{
	testcase_open(out, root, "cpu");
	if (!res->n_cpu_mismatches) {
		fputs("/>\n", out);
		return;
	}
	fprintf(out, ">\n      <failure type=\"mismatch\" message=\"%u cpu lines differ\">",
		res->n_cpu_mismatches);
	for (unsigned i = 0; i < res->n_cpu_mismatches; i++) {
		check_junit_escaped(out, res->cpu_mismatches[i]);
		fputc('\n', out);
	}
	fputs("</failure>\n    </testcase>\n", out);
}

static void
suite_open(FILE *out, const char *root, unsigned tests, unsigned failures, unsigned errors)
{
	fputs("  <testsuite name=\"", out);
	check_junit_escaped(out, root);
	fprintf(out, "\" tests=\"%u\" failures=\"%u\" errors=\"%u\" skipped=\"0\">\n", tests,
		failures, errors);
}

int
check_junit_add_error(struct check_junit *j, const char *root, const char *error)
{
	FILE *out = j->suites;

	suite_open(out, root, 1, 0, 1);
	testcase_open(out, root, "check");
	fputs(">\n      <error type=\"unusable\" message=\"", out);
	check_junit_escaped(out, error);
	fputs("\">", out);
	check_junit_escaped(out, error);
	fputs("</error>\n    </testcase>\n  </testsuite>\n", out);
	j->tests++;
	j->errors++;
	return ferror(out) ? -ENOMEM : 0;
}

int
check_junit_add(struct check_junit *j, const char *root, const struct check_result *res)
{
	FILE *out = j->suites;
	unsigned tests = CHECK_VERDICTS + (res->n_cpu_expected > 0);
	unsigned failures = res->n_mismatches + (res->n_cpu_mismatches > 0);

	/* EXPECTED unreadable or the tree unprobeable: its lines are not known. */
	if (res->status == CHECK_ERROR)
		return check_junit_add_error(j, root, res->error);
	suite_open(out, root, tests, failures, 0);
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++)
		for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
			char name[64];

			snprintf(name, sizeof(name), "%s %s",
				 pmprobe_policy_to_string((enum pmprobe_policy)p),
				 pmprobe_target_to_string((enum pmprobe_target)t));
			mismatch_case(out, root, name, find_mismatch(res, p, t));
		}
	if (res->n_cpu_expected)
		cpu_case(out, root, res);
	fputs("  </testsuite>\n", out);
	j->tests += tests;
	j->failures += failures;
	return ferror(out) ? -ENOMEM : 0;
}

int
check_junit_write(struct check_junit *j, FILE *out)
{
	if (fflush(j->suites) != 0)
		return -ENOMEM;
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fprintf(out,
		"<testsuites name=\"pmprobe check\" tests=\"%lu\" failures=\"%lu\" "
		"errors=\"%lu\">\n",
		j->tests, j->failures, j->errors);
	fwrite(j->buf, 1, j->len, out);
	fputs("</testsuites>\n", out);
	return ferror(out) ? -EIO : 0;
}
