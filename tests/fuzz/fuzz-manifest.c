/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: a fixture's RECORD manifest, its accessors and a write-back round trip. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errno-name.h"
#include "fuzz-util.h"
#include "manifest.h"

static int
same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* A line that is neither blank, a comment, nor `key: value` makes the whole manifest bad. */
static int
has_line_without_colon(const char *text)
{
	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\n");

		if (line[0] != '#' && strspn(line, " \t\r") < len && !memchr(line, ':', len))
			return 1;
		line += len + (line[len] == '\n');
	}
	return 0;
}

static void
check_manifest(const struct manifest *m)
{
	FUZZ_CHECK(m->euid >= -1 && m->euid <= 0x7fffffffL);
	FUZZ_CHECK(m->has_writable == 0 || m->has_writable == 1);
	FUZZ_CHECK(!m->has_writable == !m->writable);
	FUZZ_CHECK(m->n_skipped == 0 || m->skipped);
	if (!m->has_writable)
		FUZZ_CHECK(manifest_writable(m, "sys/power/state") == -ENODATA);
	for (char **w = m->writable; w && *w; w++) {
		FUZZ_CHECK(**w && !strpbrk(*w, " \t\r\n"));
		FUZZ_CHECK(manifest_writable(m, *w) == 1);
	}
	for (size_t i = 0; i < m->n_skipped; i++) {
		const struct manifest_skip *s = &m->skipped[i];
		size_t first = 0;

		FUZZ_CHECK(s->path && s->path[0] && !strpbrk(s->path, " \t\r\n"));
		FUZZ_CHECK(s->err > 0 && errno_to_name(s->err));
		while (strcmp(m->skipped[first].path, s->path))
			first++;
		FUZZ_CHECK(manifest_skipped(m, s->path) == m->skipped[first].err);
	}
}

/* Written back as `pmprobe record` writes it, the same manifest comes out. */
static void
check_round_trip(const struct manifest *m)
{
	struct fuzz_buf b = {0};
	struct manifest again;
	char num[32];

	fuzz_buf_puts(&b, "# written back\nformat: 1\n");
	if (m->origin) {
		fuzz_buf_puts(&b, "origin: ");
		fuzz_buf_puts(&b, m->origin);
		fuzz_buf_puts(&b, "\n");
	}
	if (m->kernel) {
		fuzz_buf_puts(&b, "kernel:\t");
		fuzz_buf_puts(&b, m->kernel);
		fuzz_buf_puts(&b, "\r\n");
	}
	if (m->euid >= 0) {
		snprintf(num, sizeof(num), "euid: %ld\n", m->euid);
		fuzz_buf_puts(&b, num);
	}
	if (m->has_writable) {
		fuzz_buf_puts(&b, "writable:");
		for (char **w = m->writable; *w; w++) {
			fuzz_buf_puts(&b, " ");
			fuzz_buf_puts(&b, *w);
		}
		fuzz_buf_puts(&b, "\n");
	}
	if (m->n_skipped) {
		fuzz_buf_puts(&b, "skipped:");
		for (size_t i = 0; i < m->n_skipped; i++) {
			fuzz_buf_puts(&b, " ");
			fuzz_buf_puts(&b, m->skipped[i].path);
			fuzz_buf_puts(&b, ":");
			fuzz_buf_puts(&b, errno_to_name(m->skipped[i].err));
		}
		fuzz_buf_puts(&b, "\n");
	}
	FUZZ_CHECK(manifest_parse(b.s, &again) == 0);
	FUZZ_CHECK(same_str(again.origin, m->origin) && same_str(again.kernel, m->kernel));
	FUZZ_CHECK(again.euid == m->euid && again.has_writable == m->has_writable);
	for (size_t i = 0; m->writable && (m->writable[i] || again.writable[i]); i++)
		FUZZ_CHECK(same_str(again.writable[i], m->writable[i]));
	FUZZ_CHECK(again.n_skipped == m->n_skipped);
	for (size_t i = 0; i < m->n_skipped; i++)
		FUZZ_CHECK(!strcmp(again.skipped[i].path, m->skipped[i].path) &&
			   again.skipped[i].err == m->skipped[i].err);
	manifest_done(&again);
	free(b.s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);
	struct manifest m;
	int r;

	r = manifest_parse(text, &m);
	FUZZ_CHECK(r == 0 || r == -EBADMSG);
	if (r < 0) {
		free(text);
		return 0;
	}
	FUZZ_CHECK(!has_line_without_colon(text));
	check_manifest(&m);
	check_round_trip(&m);
	manifest_done(&m);
	FUZZ_CHECK(!m.origin && !m.kernel && !m.writable && !m.skipped && m.euid == -1);
	free(text);
	return 0;
}
