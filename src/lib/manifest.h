/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A fixture's RECORD file: where a tree came from and which live-only facts it recorded. */
#pragma once

#include <stddef.h>

struct manifest_skip {
	char *path;
	int err; /* positive errno */
};

/* `observed: OPERATION OUTCOME [woken-by HOW] [NOTE...]`: what a real sleep operation did on the
 * recorded host (tests/vm/run writes them). OUTCOME is `ok`, `fails` or `hangs`. */
struct manifest_observed {
	char *operation; /* freeze, standby, mem, mem:<variant>, disk, timed-wake, boot */
	char *outcome;
	char *woken_by; /* NULL when not said */
	char *note;	/* the rest of the line, NULL when none */
};

/* `expected-difference: OPERATION WHY...`: pmprobe's verdict and the observed outcome of
 * OPERATION differ, and WHY says why that is expected. */
struct manifest_difference {
	char *operation;
	char *why;
};

struct manifest {
	char *origin;
	char *kernel;
	long euid;	  /* -1 when not recorded */
	int has_writable; /* the recording listed its writable paths */
	char **writable;  /* NULL-terminated, relative paths */
	/* `skipped: PATH:ENAME...`: files the recorder found but could not read, and why. The tree
	 * has a placeholder for each; reading one answers the recorded error, as the host did. */
	struct manifest_skip *skipped;
	size_t n_skipped;
	struct manifest_observed *observed; /* in file order */
	size_t n_observed;
	struct manifest_difference *differences;
	size_t n_differences;
};

/* Parses `key: value` lines. Unknown keys are ignored (newer recorders); a malformed line is
 * -EBADMSG. */
int manifest_parse(const char *text, struct manifest *ret);
void manifest_done(struct manifest *m);
/* Returns: 1 when @path is listed writable, 0 when not, -ENODATA when the recording did not say. */
int manifest_writable(const struct manifest *m, const char *path);
/* Returns: the positive errno recorded for @path in `skipped:`, else 0. */
int manifest_skipped(const struct manifest *m, const char *path);
/* Returns: the last `observed:` line for @operation, or NULL. */
const struct manifest_observed *manifest_observed_find(const struct manifest *m,
						       const char *operation);
