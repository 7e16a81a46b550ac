/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for a fixture's RECORD manifest (key: value lines). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "errno-name.h"
#include "macro.h"
#include "manifest.h"
#include "strv.h"

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

/* Splits off the first word of @s into *ret; returns the rest (no leading blanks), or NULL on OOM.
 */
static const char *
take_word(const char *s, char **ret)
{
	size_t len;

	s += strspn(s, " \t");
	len = strcspn(s, " \t");
	*ret = len ? strndup(s, len) : NULL;
	if (len && !*ret)
		return NULL;
	s += len;
	return s + strspn(s, " \t");
}

static char *
strdup_or_null(const char *s, int *r)
{
	char *p;

	if (!*s)
		return NULL;
	p = strdup(s);
	if (!p)
		*r = -ENOMEM;
	return p;
}

static void
observed_free(struct manifest *m)
{
	for (size_t i = 0; i < m->n_observed; i++) {
		free(m->observed[i].operation);
		free(m->observed[i].outcome);
		free(m->observed[i].woken_by);
		free(m->observed[i].note);
	}
	free(m->observed);
	for (size_t i = 0; i < m->n_differences; i++) {
		free(m->differences[i].operation);
		free(m->differences[i].why);
	}
	free(m->differences);
}

static int
parse_observed(struct manifest *m, const char *value)
{
	struct manifest_observed o = {}, *p;
	char *word = NULL;
	int r = -ENOMEM;

	value = take_word(value, &o.operation);
	if (value)
		value = take_word(value, &o.outcome);
	if (!value)
		goto fail;
	r = -EBADMSG;
	if (!o.operation || !o.outcome ||
	    !(streq(o.outcome, "ok") || streq(o.outcome, "fails") || streq(o.outcome, "hangs")))
		goto fail;
	if (!strncmp(value, "woken-by", 8) && strchr(" \t", value[8])) {
		r = -ENOMEM;
		value = take_word(value, &word);
		if (value)
			value = take_word(value, &o.woken_by);
		free(word);
		if (!value)
			goto fail;
		r = -EBADMSG;
		if (!o.woken_by)
			goto fail;
	}
	r = 0;
	o.note = strdup_or_null(value, &r);
	if (r < 0)
		goto fail;
	p = realloc(m->observed, (m->n_observed + 1) * sizeof(*p));
	if (!p) {
		r = -ENOMEM;
		goto fail;
	}
	m->observed = p;
	m->observed[m->n_observed++] = o;
	return 0;
fail:
	free(o.operation);
	free(o.outcome);
	free(o.woken_by);
	free(o.note);
	return r;
}

static int
parse_difference(struct manifest *m, const char *value)
{
	struct manifest_difference d = {}, *p;
	int r = 0;

	value = take_word(value, &d.operation);
	if (!value)
		return -ENOMEM;
	d.why = strdup_or_null(value, &r);
	if (r == 0 && (!d.operation || !d.why))
		r = -EBADMSG; /* an unexplained difference is no explanation */
	if (r == 0) {
		p = realloc(m->differences, (m->n_differences + 1) * sizeof(*p));
		if (p) {
			m->differences = p;
			m->differences[m->n_differences++] = d;
			return 0;
		}
		r = -ENOMEM;
	}
	free(d.operation);
	free(d.why);
	return r;
}

static int
manifest_parse_line(struct manifest *m, const char *key, size_t keylen, const char *value)
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
	if (keylen == 8 && !strncmp(key, "observed", 8))
		return parse_observed(m, value);
	if (keylen == 19 && !strncmp(key, "expected-difference", 19))
		return parse_difference(m, value);
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
		r = manifest_parse_line(&m, line, (size_t)(colon - line), value);
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
	observed_free(m);
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

const struct manifest_observed *
manifest_observed_find(const struct manifest *m, const char *operation)
{
	for (size_t i = m->n_observed; i > 0; i--)
		if (streq(m->observed[i - 1].operation, operation))
			return &m->observed[i - 1];
	return NULL;
}
