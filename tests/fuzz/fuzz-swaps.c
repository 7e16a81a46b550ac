/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: /proc/swaps, checked by writing the entries back as seq_file does. */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "proc.h"
#include "tokens.h"

static const char deleted[] = " (deleted)";

static int
ends_deleted(const char *name)
{
	size_t len = strlen(name), dlen = sizeof(deleted) - 1;

	return len >= dlen && !strcmp(name + len - dlen, deleted);
}

/* Lines after the header that are not blank: each must have become one entry. */
static size_t
count_lines(const char *text)
{
	size_t n = 0, len = strcspn(text, "\n");

	text += len + (text[len] == '\n');
	while (*text) {
		len = strcspn(text, "\n");
		if (strspn(text, " \t\r") < len)
			n++;
		text += len + (text[len] == '\n');
	}
	return n;
}

/* The kernel escapes with \ooo what would split the field; so do we, and backslash itself. */
static void
put_escaped(struct fuzz_buf *b, const char *name)
{
	char oct[8];

	if (!*name)
		fuzz_buf_puts(b, "\\000");
	for (const char *c = name; *c; c++) {
		if (char_is_space(*c) || *c == '\\') {
			snprintf(oct, sizeof(oct), "\\%03o", (unsigned char)*c);
			fuzz_buf_puts(b, oct);
		} else
			fuzz_buf_put(b, c, 1);
	}
}

static void
check_round_trip(const struct swaps *s)
{
	struct fuzz_buf b = {0};
	struct swaps again;
	char line[128];

	fuzz_buf_puts(&b, "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n");
	for (size_t i = 0; i < s->n; i++) {
		const struct swap_entry *e = &s->entries[i];

		put_escaped(&b, e->filename);
		/* Older kernels: the suffix unescaped, a field of its own. */
		if (e->deleted && !ends_deleted(e->filename))
			fuzz_buf_puts(&b, " (deleted)");
		snprintf(line, sizeof(line), "\t%s\t%" PRIu64 "\t%" PRIu64 "\t-2\n",
			 e->is_partition ? "partition" : "file", e->size_kib, e->used_kib);
		fuzz_buf_puts(&b, line);
	}
	FUZZ_CHECK(swaps_parse(b.s, &again) == 0);
	FUZZ_CHECK(again.n == s->n);
	for (size_t i = 0; i < s->n; i++) {
		const struct swap_entry *e = &s->entries[i], *f = &again.entries[i];

		FUZZ_CHECK(!strcmp(e->filename, f->filename));
		FUZZ_CHECK(e->is_partition == f->is_partition && e->deleted == f->deleted &&
			   e->zram == f->zram && e->size_kib == f->size_kib &&
			   e->used_kib == f->used_kib);
	}
	swaps_done(&again);
	free(b.s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);
	struct swaps s = {0};
	int r;

	r = swaps_parse(text, &s);
	FUZZ_CHECK(r == 0 || r == -EBADMSG);
	if (r < 0) {
		FUZZ_CHECK(s.entries == NULL && s.n == 0); /* untouched on failure */
		free(text);
		return 0;
	}
	FUZZ_CHECK(!strncmp(text, "Filename", 8));
	FUZZ_CHECK(s.n <= SWAPS_MAX);
	FUZZ_CHECK(s.n == count_lines(text));
	FUZZ_CHECK(s.n == 0 || s.entries);
	for (size_t i = 0; i < s.n; i++) {
		const struct swap_entry *e = &s.entries[i];

		FUZZ_CHECK(e->filename);
		FUZZ_CHECK(e->is_partition == 0 || e->is_partition == 1);
		FUZZ_CHECK(e->deleted == 0 || e->deleted == 1);
		FUZZ_CHECK(e->zram == !strncmp(e->filename, "/dev/zram", 9));
		FUZZ_CHECK(!ends_deleted(e->filename) || e->deleted);
		FUZZ_CHECK(swap_entry_usable(e) == (!e->deleted && !e->zram));
		FUZZ_CHECK(!e->dev_known);
	}
	check_round_trip(&s);
	swaps_done(&s);
	FUZZ_CHECK(s.entries == NULL && s.n == 0);
	free(text);
	return 0;
}
