/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check`: a fixture tree's verdicts and reasons against its EXPECTED file. */
#pragma once

#include <stddef.h>
#include <stdio.h>

#include <pmprobe/pmprobe.h>

/* One EXPECTED line: POLICY TARGET VERDICT [REASON...], the reasons a set. */
struct expectation {
	int seen;
	enum pmprobe_verdict verdict;
	unsigned char reasons[_PMPROBE_REASON_MAX]; /* 1 when expected */
};

/* Optional lines about the CPU section (check-cpu.c), written by hand from the tree's files:
 *   cpu-summary TEXT            the summary line, exactly
 *   cpu-reasons [REASON...]     the section's reason codes, a set
 *   cpu KEY VALUE               one value: KEY a dotted path in the JSON report's "cpu" member,
 *                               array items by number (cpufreq.policies.0.scaling_governor);
 *                               VALUE a string, a number, null, a word list's words, or
 *                               (absent) for a member or item that is not there */
#define CHECK_CPU_MAX 64
#define CHECK_CPU_TEXT 256

struct cpu_expectation {
	char key[CHECK_CPU_TEXT]; /* "summary", "reasons" or a path */
	char value[CHECK_CPU_TEXT];
};

struct expected {
	struct expectation e[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX];
	struct cpu_expectation cpu[CHECK_CPU_MAX];
	unsigned n_cpu;
};

struct check_mismatch {
	enum pmprobe_policy policy;
	enum pmprobe_target target;
	enum pmprobe_verdict expected, got;
	unsigned char expected_reasons[_PMPROBE_REASON_MAX];
	unsigned char got_reasons[_PMPROBE_REASON_MAX];
	unsigned char got_effects[_PMPROBE_REASON_MAX]; /* enum pmprobe_effect of a got reason */
};

enum check_status { CHECK_PASS = 0, CHECK_FAIL, CHECK_ERROR };

#define CHECK_VERDICTS (_PMPROBE_POLICY_MAX * _PMPROBE_TARGET_MAX)

struct check_result {
	enum check_status status;
	unsigned n_mismatches;
	struct check_mismatch mismatches[CHECK_VERDICTS];
	char error[512];	 /* CHECK_ERROR: what made the tree unusable, for people */
	unsigned n_cpu_expected; /* EXPECTED's cpu lines, each compared */
	unsigned n_cpu_mismatches;
	char cpu_mismatches[CHECK_CPU_MAX][4 * CHECK_CPU_TEXT]; /* for people */
};

/* Parses an EXPECTED file: a line for every policy and target, each once; `#` comments.
 * Returns: 0, or -EINVAL with a message (line number first) in @err. */
int expected_parse(const char *text, struct expected *ret, char *err, size_t errsize);
/* Parses a `cpu`, `cpu-summary` or `cpu-reasons` line (@line without its first word @word).
 * Returns: 1 it was one, 0 it was not, -EINVAL with a message in @err. */
int expected_parse_cpu(const char *word, const char *line, unsigned lineno, struct expected *x,
		       char *err, size_t errsize);
/* Compares the CPU section of @report with @x's cpu lines, adding mismatches to @res.
 * Returns: 0, or -ENOMEM. */
int check_cpu(const struct pmprobe_report *report, const struct expected *x,
	      struct check_result *res);
/* Probes @ctx's tree once (the feasible policy, the CPU section only for cpu lines), judges it
 * under every policy and compares with @x. Returns: the status, also in ret->status; CHECK_ERROR
 * when the tree cannot be probed. */
enum check_status check_probe(struct pmprobe_ctx *ctx, const struct expected *x,
			      struct check_result *ret);
/* Probes @root under every policy and compares with @root/EXPECTED. Returns: the status, also
 * in ret->status; CHECK_ERROR when EXPECTED is unusable or the tree cannot be probed. */
enum check_status check_root(const char *root, struct check_result *ret);

/* Reads @root/EXPECTED through the library's confinement of the tree into *@ret (free() it).
 * Returns: 0, or a negative errno (-ENOENT: there is none) with a message in @err. */
int check_read_expected(const char *root, char **ret, char *err, size_t errsize);

/* `check --update` (check-update.c): the mark above the lines it writes. */
#define CHECK_SNAPSHOT_MARK "# snapshot by pmprobe check --update, review by hand"

struct check_text {
	char *s; /* NUL-terminated, free() it */
	size_t len, size;
};

struct check_update {
	int created;		 /* there was no EXPECTED */
	unsigned changed, added; /* verdict lines replaced or dropped, and added */
	struct check_text diff;	 /* "      - old" and "      + new" lines, for people */
	char error[512];
};

/* Writes or refreshes @root/EXPECTED from the verdicts of a probe under every policy: lines
 * that still hold stay as they are, the others are replaced in place, missing ones added at the
 * end, each new line under CHECK_SNAPSHOT_MARK; comments and cpu lines are kept. The file is
 * replaced by a rename, never written through a symlink (an EXPECTED symlink is an error). Free
 * ret->diff.s in any case. Returns: 1 written, 0 nothing to change, or a negative errno with a
 * message in ret->error. */
int check_update_root(const char *root, struct check_update *ret);

/* check-jobs.c: one root's result, handed on in argument order. */
typedef void (*check_jobs_fn)(const char *root, const struct check_result *res, void *userdata);
/* The number of CPUs online, what -j 0 means (at least 1). */
unsigned check_jobs_default(void);
/* Checks @roots on @jobs threads (0: one a CPU), at most 4 results a thread held at once, and
 * calls @fn for each in the order of @roots, on the calling thread. Returns: 0, -ENOMEM,
 * -EAGAIN (no thread could start). */
int check_jobs_run(char *const *roots, size_t n, unsigned jobs, check_jobs_fn fn, void *userdata);

/* check-junit.c: `check --format junit`, the results gathered in argument order, then written as
 * one JUnit XML document: a <testsuite> a root, a <testcase> a verdict line of its EXPECTED
 * (classname the root, name "POLICY TARGET"), one "cpu" case for its cpu lines if it has any,
 * and for a root that cannot be checked one "check" case with an <error>. */
struct check_junit;
/* Returns: 0, or -ENOMEM. */
int check_junit_new(struct check_junit **ret);
/* Returns: NULL; takes NULL. */
struct check_junit *check_junit_free(struct check_junit *j);
/* Adds @root's suite. Returns: 0, or -ENOMEM. */
int check_junit_add(struct check_junit *j, const char *root, const struct check_result *res);
/* Adds @root's suite of one "check" case with an <error>: @error, why it could not be checked.
 * Returns: 0, or -ENOMEM. */
int check_junit_add_error(struct check_junit *j, const char *root, const char *error);
/* Writes the document with the totals on its root element. Returns: 0, -ENOMEM or -EIO. */
int check_junit_write(struct check_junit *j, FILE *out);
/* Writes @s escaped for XML text and attribute values: markup as entities; control bytes,
 * backslashes and bytes not UTF-8 of an XML character as \xNN. */
void check_junit_escaped(FILE *out, const char *s);
