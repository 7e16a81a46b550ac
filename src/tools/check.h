/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check`: a fixture tree's verdicts and reasons against its EXPECTED file. */
#pragma once

#include <stddef.h>

#include <pmprobe/pmprobe.h>

/* One EXPECTED line: POLICY TARGET VERDICT [REASON...], the reasons a set. */
struct expectation {
	int seen;
	enum pmprobe_verdict verdict;
	unsigned char reasons[_PMPROBE_REASON_MAX]; /* 1 when expected */
};

struct expected {
	struct expectation e[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX];
};

struct check_mismatch {
	enum pmprobe_policy policy;
	enum pmprobe_target target;
	enum pmprobe_verdict expected, got;
	unsigned char expected_reasons[_PMPROBE_REASON_MAX];
	unsigned char got_reasons[_PMPROBE_REASON_MAX];
};

enum check_status { CHECK_PASS = 0, CHECK_FAIL, CHECK_ERROR };

#define CHECK_VERDICTS (_PMPROBE_POLICY_MAX * _PMPROBE_TARGET_MAX)

struct check_result {
	enum check_status status;
	unsigned n_mismatches;
	struct check_mismatch mismatches[CHECK_VERDICTS];
	char error[512]; /* CHECK_ERROR: what made the tree unusable, for people */
};

/* Parses an EXPECTED file: a line for every policy and target, each once; `#` comments.
 * Returns: 0, or -EINVAL with a message (line number first) in @err. */
int expected_parse(const char *text, struct expected *ret, char *err, size_t errsize);
/* Probes @root under every policy and compares with @root/EXPECTED. Returns: the status, also
 * in ret->status; CHECK_ERROR when EXPECTED is unusable or the tree cannot be probed. */
enum check_status check_root(const char *root, struct check_result *ret);
