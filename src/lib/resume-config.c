/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parsers for the resume evidence of initramfs-tools, mkinitcpio and systemd (doc/policies.md). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "macro.h"
#include "resume-config.h"

#define VALUE_MAX 255

static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* The value of an assignment at @p (after "NAME="), up to the line's end or an unquoted blank
 * or '#', quotes removed. Returns: 0 and *ret, -EBADMSG, -ENOMEM. */
static int
shell_value(const char *p, char **ret)
{
	char buf[VALUE_MAX + 1];
	size_t n = 0;
	char quote = 0;

	for (; *p && *p != '\n'; p++) {
		if (quote && *p == quote) {
			quote = 0;
			continue;
		}
		if (!quote && (*p == '"' || *p == '\'')) {
			quote = *p;
			continue;
		}
		if (!quote && (*p == ' ' || *p == '\t' || *p == '#' || *p == ';'))
			break;
		if (n >= VALUE_MAX)
			return -EBADMSG;
		buf[n++] = *p;
	}
	buf[n] = '\0';
	*ret = strdup(buf);
	return *ret ? 0 : -ENOMEM;
}

/* The text after "@name=" on the first line at or after @p that assigns @name (optionally
 * after `export`), or NULL. */
static const char *
next_assignment(const char *p, const char *name)
{
	size_t len = strlen(name);

	while (p && *p) {
		const char *line = skip_blanks(p);
		const char *eol = strchr(line, '\n');

		if (!strncmp(line, "export ", 7))
			line = skip_blanks(line + 7);
		if (!strncmp(line, name, len) && line[len] == '=')
			return line + len + 1;
		p = eol ? eol + 1 : NULL;
	}
	return NULL;
}

int
initramfs_conf_resume(const char *text, char **ret)
{
	_cleanup_free_ char *value = NULL;
	const char *p = text;
	int r;

	while ((p = next_assignment(p, "RESUME"))) {
		free(value);
		value = NULL;
		r = shell_value(p, &value);
		if (r < 0)
			return r;
	}
	if (!value)
		return 0;
	*ret = TAKE_PTR(value);
	return 1;
}

/* Whether the array text "(base udev systemd ...)" has the word @word. */
static int
array_has(const char *p, const char *word)
{
	size_t len = strlen(word);

	p = skip_blanks(p);
	if (*p != '(')
		return 0;
	for (p++; *p && *p != ')';) {
		size_t n = strcspn(p, " \t\n)\"'");

		if (n == len && !strncmp(p, word, len))
			return 1;
		p += n ? n : 1;
	}
	return 0;
}

int
mkinitcpio_hooks_systemd(const char *text)
{
	const char *p = text, *last = NULL;

	while ((p = next_assignment(p, "HOOKS")))
		last = p;
	if (!last)
		return -EBADMSG;
	return array_has(last, "systemd");
}

unsigned
systemd_version_from_name(const char *name)
{
	static const char prefix[] = "libsystemd-shared-";
	const char *p;
	unsigned v = 0;
	size_t len = strlen(name);

	if (strncmp(name, prefix, sizeof(prefix) - 1) || len < 3 || strcmp(name + len - 3, ".so"))
		return 0;
	p = name + sizeof(prefix) - 1;
	if (*p < '1' || *p > '9')
		return 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (unsigned)(*p - '0');
		if (v > 99999)
			return 0;
	}
	return *p == '.' || *p == '-' ? v : 0;
}
