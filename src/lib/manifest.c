/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for a fixture's RECORD manifest (key: value lines). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "errno-name.h"
#include "macro.h"
#include "manifest.h"
#include "source.h"

static int
split_words(const char *s, char ***ret)
{
	char **l = calloc(1, sizeof(char *));
	size_t n = 0;

	if (!l)
		return -ENOMEM;
	for (;;) {
		size_t len;
		char **p;

		s += strspn(s, " \t");
		len = strcspn(s, " \t");
		if (len == 0)
			break;
		p = realloc(l, (n + 2) * sizeof(char *));
		if (!p)
			goto oom;
		l = p;
		l[n] = strndup(s, len);
		if (!l[n])
			goto oom;
		l[++n] = NULL;
		s += len;
	}
	*ret = l;
	return 0;
oom:
	l[n] = NULL;
	strv_free(l);
	return -ENOMEM;
}

static void
skipped_free(struct manifest *m)
{
	for (size_t i = 0; i < m->n_skipped; i++)
		free(m->skipped[i].path);
	free(m->skipped);
	m->skipped = NULL;
	m->n_skipped = 0;
}

/* `PATH:ENAME` words; a name this C library does not know replays as EIO. */
static int
parse_skipped(struct manifest *m, const char *value)
{
	char **words = NULL;
	size_t n = 0;
	int r;

	skipped_free(m);
	r = split_words(value, &words);
	if (r < 0)
		return r;
	while (words[n])
		n++;
	m->skipped = calloc(n ? n : 1, sizeof(*m->skipped));
	if (!m->skipped) {
		strv_free(words);
		return -ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		char *colon = strrchr(words[i], ':');
		int err;

		if (!colon || colon == words[i]) {
			r = -EBADMSG;
			break;
		}
		*colon = '\0';
		err = errno_from_name(colon + 1);
		m->skipped[i].err = err > 0 ? err : EIO;
		m->skipped[i].path = TAKE_PTR(words[i]);
		m->n_skipped++;
	}
	for (size_t i = 0; i < n; i++)
		free(words[i]); /* those not taken */
	free(words);
	return r;
}

static int
parse_line(struct manifest *m, const char *key, size_t keylen, const char *value)
{
	char **slot = NULL;

	if (keylen == 6 && !strncmp(key, "origin", 6))
		slot = &m->origin;
	else if (keylen == 6 && !strncmp(key, "kernel", 6))
		slot = &m->kernel;
	if (slot) {
		free(*slot);
		*slot = strdup(value);
		return *slot ? 0 : -ENOMEM;
	}
	if (keylen == 4 && !strncmp(key, "euid", 4)) {
		char *end;
		long v;

		errno = 0;
		v = strtol(value, &end, 10);
		if (errno || end == value || *end || v < 0 || v > 0x7fffffffL)
			return -EBADMSG;
		m->euid = v;
		return 0;
	}
	if (keylen == 8 && !strncmp(key, "writable", 8)) {
		strv_free(m->writable);
		m->writable = NULL;
		m->has_writable = 1;
		return split_words(value, &m->writable);
	}
	if (keylen == 7 && !strncmp(key, "skipped", 7))
		return parse_skipped(m, value);
	return 0;
}

int
manifest_parse(const char *text, struct manifest *ret)
{
	struct manifest m = {.euid = -1};
	int r = 0;

	while (*text && r >= 0) {
		size_t len = strcspn(text, "\n");
		_cleanup_free_ char *line = strndup(text, len);
		char *colon, *value;

		text += len + (text[len] == '\n');
		if (!line) {
			r = -ENOMEM;
			break;
		}
		if (line[0] == '#' || line[strspn(line, " \t\r")] == '\0')
			continue;
		colon = strchr(line, ':');
		if (!colon) {
			r = -EBADMSG;
			break;
		}
		value = colon + 1 + strspn(colon + 1, " \t");
		value[strcspn(value, "\r")] = '\0';
		r = parse_line(&m, line, (size_t)(colon - line), value);
	}
	if (r < 0) {
		manifest_done(&m);
		return r;
	}
	*ret = m;
	return 0;
}

void
manifest_done(struct manifest *m)
{
	free(m->origin);
	free(m->kernel);
	strv_free(m->writable);
	skipped_free(m);
	*m = (struct manifest){.euid = -1};
}

int
manifest_writable(const struct manifest *m, const char *path)
{
	if (!m->has_writable)
		return -ENODATA;
	for (char **p = m->writable; p && *p; p++)
		if (streq(*p, path))
			return 1;
	return 0;
}

int
manifest_skipped(const struct manifest *m, const char *path)
{
	for (size_t i = 0; i < m->n_skipped; i++)
		if (streq(m->skipped[i].path, path))
			return m->skipped[i].err;
	return 0;
}
