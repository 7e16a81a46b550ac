/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check --update`: a tree's EXPECTED written or refreshed from the current verdicts. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "check.h"

#define SEP " \t\r"
#define LINE_MAX_LEN 4096

static int
text_add(struct check_text *t, const char *s, size_t len)
{
	if (t->len + len + 1 > t->size) {
		size_t size = (t->len + len + 1) * 2;
		char *n = realloc(t->s, size);

		if (!n)
			return -ENOMEM;
		t->s = n;
		t->size = size;
	}
	memcpy(t->s + t->len, s, len);
	t->len += len;
	t->s[t->len] = '\0';
	return 0;
}

static int
text_line(struct check_text *t, const char *prefix, const char *line)
{
	int r = text_add(t, prefix, strlen(prefix));

	if (r == 0)
		r = text_add(t, line, strlen(line));
	return r < 0 ? r : text_add(t, "\n", 1);
}

/* The current verdict lines, "POLICY TARGET VERDICT [REASON...]", reasons in the report's order,
 * with each verdict and reason set for comparing with old lines. */
struct current {
	char line[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX][LINE_MAX_LEN];
	struct expectation e[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX];
};

static int
probe_current(const char *root, struct current *cur)
{
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++) {
		struct pmprobe_ctx *ctx = NULL;
		struct pmprobe_report *report = NULL;
		int r;

		r = pmprobe_new(&ctx, root);
		if (r >= 0)
			r = pmprobe_set_policy(ctx, (enum pmprobe_policy)p);
		if (r >= 0)
			r = pmprobe_set_sections(ctx, 0);
		if (r >= 0)
			r = pmprobe_probe(ctx, &report);
		pmprobe_unref(ctx);
		if (r < 0)
			return r;
		for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
			char *l = cur->line[p][t];
			size_t n;

			cur->e[p][t].verdict = pmprobe_report_get_verdict(report, t);
			n = (size_t)snprintf(l, LINE_MAX_LEN, "%s %s %s",
					     pmprobe_policy_to_string((enum pmprobe_policy)p),
					     pmprobe_target_to_string((enum pmprobe_target)t),
					     pmprobe_verdict_to_string(cur->e[p][t].verdict));
			for (size_t i = 0; i < pmprobe_report_get_n_reasons(report, t); i++) {
				int reason = pmprobe_report_get_reason(report, t, i);

				if (reason < 0 || reason >= _PMPROBE_REASON_MAX)
					continue;
				cur->e[p][t].reasons[reason] = 1;
				if (n < LINE_MAX_LEN)
					n += (size_t)snprintf(l + n, LINE_MAX_LEN - n, " %s",
							      pmprobe_reason_to_string(reason));
			}
		}
		pmprobe_report_unref(report);
	}
	return 0;
}

/* Which verdict @line states, if it is a verdict line. Returns: 1 with *@p and *@t, and whether
 * it says what @cur says in *@same; 0 for any other line (comments, cpu lines, the unknown). */
static int
verdict_line(const char *line, const struct current *cur, int *p, int *t, int *same)
{
	char copy[LINE_MAX_LEN], *save = NULL, *w;
	unsigned char reasons[_PMPROBE_REASON_MAX] = {0};
	const struct expectation *e;

	snprintf(copy, sizeof(copy), "%s", line);
	w = strtok_r(copy, SEP, &save);
	if (!w || (*p = pmprobe_policy_from_string(w)) < 0)
		return 0;
	w = strtok_r(NULL, SEP, &save);
	if (!w || (*t = pmprobe_target_from_string(w)) < 0)
		return 0;
	e = &cur->e[*p][*t];
	w = strtok_r(NULL, SEP, &save);
	*same = w && !strcmp(w, pmprobe_verdict_to_string(e->verdict));
	while (*same && (w = strtok_r(NULL, SEP, &save))) {
		int r = pmprobe_reason_from_string(w);

		if (r < 0)
			*same = 0;
		else
			reasons[r] = 1;
	}
	*same = *same && !memcmp(reasons, e->reasons, sizeof(reasons));
	return 1;
}

/* Adds the snapshot mark above a written line unless the line before is the mark already, or
 * a line this run wrote under it. */
static int
mark(struct check_text *out, int *under_mark)
{
	size_t n = strlen(CHECK_SNAPSHOT_MARK);
	int r = 0;

	if (!*under_mark &&
	    !(out->len > n && !strncmp(out->s + out->len - n - 1, CHECK_SNAPSHOT_MARK, n)))
		r = text_line(out, "", CHECK_SNAPSHOT_MARK);
	*under_mark = 1;
	return r;
}

/* Writes @new (under the mark) in place of @old (NULL: added), and tells it in the diff. */
static int
write_line(struct check_text *out, struct check_update *res, int *under_mark, const char *old,
	   const char *new)
{
	int r = mark(out, under_mark);

	if (r == 0)
		r = text_line(out, "", new);
	if (r == 0 && old)
		r = text_line(&res->diff, "      - ", old);
	return r < 0 ? r : text_line(&res->diff, "      + ", new);
}

/* The new EXPECTED from @old: verdict lines that still hold kept as they are, the others
 * replaced in place, the missing ones added at the end, duplicates dropped; all else kept. */
static int
merge(const char *old, const struct current *cur, struct check_text *out, struct check_update *res)
{
	unsigned char seen[_PMPROBE_POLICY_MAX][_PMPROBE_TARGET_MAX] = {{0}};
	int under_mark = 0, r = 0;

	while (*old && r == 0) {
		size_t len = strcspn(old, "\n");
		char line[LINE_MAX_LEN];
		int p, t, same;

		snprintf(line, sizeof(line), "%.*s",
			 (int)(len < LINE_MAX_LEN ? len : LINE_MAX_LEN - 1), old);
		old += len + (old[len] == '\n');
		if (!verdict_line(line, cur, &p, &t, &same)) {
			under_mark = 0;
			r = text_line(out, "", line);
			continue;
		}
		if (seen[p][t]++) {
			res->changed++;
			r = text_line(&res->diff, "      - ", line);
			continue;
		}
		if (same) {
			under_mark = 0;
			r = text_line(out, "", line);
			continue;
		}
		res->changed++;
		r = write_line(out, res, &under_mark, line, cur->line[p][t]);
	}
	under_mark = 0;
	for (int p = 0; r == 0 && p < _PMPROBE_POLICY_MAX; p++)
		for (int t = 0; r == 0 && t < _PMPROBE_TARGET_MAX; t++) {
			if (seen[p][t])
				continue;
			res->added++;
			r = write_line(out, res, &under_mark, NULL, cur->line[p][t]);
		}
	return r;
}

/* Replaces @root/EXPECTED by @text: a new file beside it, then renamed over it, so that a
 * symlink made there meanwhile is replaced, never followed (check_read_expected() refuses one
 * before), and a failure leaves the old file. */
static int
write_expected(const char *root, const struct check_text *text)
{
	char tmp[64];
	int dfd, fd, r = 0;

	dfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return -errno;
	snprintf(tmp, sizeof(tmp), ".EXPECTED.pmprobe-%ld", (long)getpid());
	fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		r = -errno;
		close(dfd);
		return r;
	}
	for (size_t done = 0; r == 0 && done < text->len;) {
		ssize_t n = write(fd, text->s + done, text->len - done);

		if (n < 0 && errno != EINTR)
			r = -errno;
		else if (n > 0)
			done += (size_t)n;
	}
	if (close(fd) < 0 && r == 0)
		r = -errno;
	if (r == 0 && renameat(dfd, tmp, dfd, "EXPECTED") < 0)
		r = -errno;
	if (r < 0)
		unlinkat(dfd, tmp, 0);
	close(dfd);
	return r;
}

int
check_update_root(const char *root, struct check_update *res)
{
	struct current *cur = calloc(1, sizeof(*cur));
	struct check_text out = {0};
	char *old = NULL;
	int r;

	memset(res, 0, sizeof(*res));
	if (!cur)
		return snprintf(res->error, sizeof(res->error), "out of memory"), -ENOMEM;
	r = check_read_expected(root, &old, res->error, sizeof(res->error));
	if (r == -ENOENT) {
		res->created = 1;
		r = 0;
	}
	if (r == 0) {
		r = probe_current(root, cur);
		if (r < 0)
			snprintf(res->error, sizeof(res->error), "cannot probe: %s", strerror(-r));
	}
	if (r == 0) {
		r = merge(old ? old : "", cur, &out, res);
		if (r < 0)
			snprintf(res->error, sizeof(res->error), "out of memory");
	}
	if (r == 0 && (res->changed || res->added)) {
		r = write_expected(root, &out);
		if (r < 0)
			snprintf(res->error, sizeof(res->error), "cannot write EXPECTED: %s",
				 strerror(-r));
	}
	free(old);
	free(out.s);
	free(cur);
	return r < 0 ? r : res->changed || res->added;
}
