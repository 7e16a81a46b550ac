/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for /proc/swaps: which swap areas are active and how full they are. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "macro.h"
#include "parse-util.h"
#include "proc.h"
#include "tokens.h"

/* seq_file escapes space, tab, newline and backslash in paths as \ooo. */
static char *
unescape(const char *s, size_t len)
{
	char *out = malloc(len + 1), *o = out;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 3 < len && s[i + 1] >= '0' && s[i + 1] <= '3' &&
		    s[i + 2] >= '0' && s[i + 2] <= '7' && s[i + 3] >= '0' && s[i + 3] <= '7') {
			*o++ = (char)((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 +
				      (s[i + 3] - '0'));
			i += 3;
		} else
			*o++ = s[i];
	}
	*o = '\0';
	return out;
}

static size_t
split_fields(char *line, char **fields, size_t max)
{
	size_t n = 0;

	for (char *p = line; *p && n < max;) {
		while (*p && char_is_space(*p))
			p++;
		if (!*p)
			break;
		fields[n++] = p;
		while (*p && !char_is_space(*p))
			p++;
		if (*p)
			*p++ = '\0';
	}
	return n;
}

static const char deleted_suffix[] = " (deleted)";

static int
parse_entry(char *line, struct swap_entry *e)
{
	char *f[7];
	size_t n = split_fields(line, f, ELEMENTSOF(f)), base = 0;
	size_t flen;

	/* Kernels before 5.x printed " (deleted)" unescaped: one more field. */
	if (n == 6 && streq(f[1], "(deleted)")) {
		e->deleted = 1;
		base = 1;
	} else if (n != 5)
		return -EBADMSG;
	if (parse_u64(f[base + 2], &e->size_kib) < 0 || parse_u64(f[base + 3], &e->used_kib) < 0)
		return -EBADMSG;
	if (f[base + 4][0] != '-' && (f[base + 4][0] < '0' || f[base + 4][0] > '9'))
		return -EBADMSG;
	e->filename = unescape(f[0], strlen(f[0]));
	if (!e->filename)
		return -ENOMEM;
	flen = strlen(e->filename);
	if (flen >= sizeof(deleted_suffix) - 1 &&
	    streq(e->filename + flen - (sizeof(deleted_suffix) - 1), deleted_suffix))
		e->deleted = 1;
	e->is_partition = streq(f[base + 1], "partition");
	e->zram = !strncmp(e->filename, "/dev/zram", 9);
	return 0;
}

int
swaps_parse(const char *text, struct swaps *ret)
{
	struct swaps s = {0};
	size_t len = strcspn(text, "\n");
	int r = 0;

	if (strncmp(text, "Filename", 8) != 0)
		return -EBADMSG;
	text += len + (text[len] == '\n');
	while (*text) {
		_cleanup_free_ char *line = NULL;
		struct swap_entry *p;

		len = strcspn(text, "\n");
		line = strndup(text, len);
		text += len + (text[len] == '\n');
		if (!line) {
			r = -ENOMEM;
			break;
		}
		if (line[strspn(line, " \t\r")] == '\0')
			continue;
		if (s.n >= SWAPS_MAX) {
			r = -EBADMSG;
			break;
		}
		p = realloc(s.entries, (s.n + 1) * sizeof(*p));
		if (!p) {
			r = -ENOMEM;
			break;
		}
		s.entries = p;
		s.entries[s.n] = (struct swap_entry){0};
		r = parse_entry(line, &s.entries[s.n]);
		if (r < 0)
			break;
		s.n++;
	}
	if (r < 0) {
		swaps_done(&s);
		return r;
	}
	*ret = s;
	return 0;
}

void
swaps_done(struct swaps *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->entries[i].filename);
	free(s->entries);
	*s = (struct swaps){0};
}

int
swap_entry_usable(const struct swap_entry *e)
{
	return !e->deleted && !e->zram;
}
