/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the parser of a tree's module lists (modules.dep, modules.builtin), which
 * replaced libkmod's index reader for trees (doc/untrusted-trees.md). The input: a control byte
 * (bit 0: the list is modules.builtin), the module name up to the first newline, then the list's
 * bytes. */
#include <errno.h>

#include "fuzz-util.h"
#include "modules-index.h"

/* The answer by another route: each line copied out, cut and compared as strings (for lists
 * without NUL bytes). */
static int
reference(const char *buf, size_t len, enum modules_list kind, const char *name)
{
	int found = 0;

	for (size_t off = 0; off < len && !found;) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t llen = nl ? (size_t)(nl - (buf + off)) : len - off;
		char *line = malloc(llen + 1), *colon, *base;

		FUZZ_CHECK(line);
		memcpy(line, buf + off, llen);
		line[llen] = '\0';
		off += llen + 1;
		colon = memchr(line, ':', llen);
		if (kind == MODULES_DEP && !colon) {
			free(line);
			continue;
		}
		if (kind == MODULES_DEP)
			*colon = '\0';
		base = strrchr(line, '/');
		base = base ? base + 1 : line;
		base[strcspn(base, ".")] = '\0';
		for (char *c = base; *c; c++)
			*c = *c == '-' ? '_' : *c;
		found = !strcmp(base, name);
		free(line);
	}
	return found;
}

static void
check(const char *list, size_t len, enum modules_list kind, const char *name)
{
	char *norm = strdup(name), *copy;
	int r = modules_list_has(list, len, kind, name);

	FUZZ_CHECK(norm);
	if (r == -EINVAL) {
		FUZZ_CHECK(
			!*name || strlen(name) > MODULE_NAME_MAX ||
			strspn(name,
			       "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") <
				strlen(name));
		free(norm);
		return;
	}
	FUZZ_CHECK(r == 0 || r == 1);
	for (char *c = norm; *c; c++)
		*c = *c == '-' ? '_' : *c;
	if (!memchr(list, '\0', len))
		FUZZ_CHECK(r == reference(list, len, kind, norm));
	/* A line naming the module, appended after a newline, is always found. */
	copy = malloc(len + strlen(name) + 16);
	FUZZ_CHECK(copy);
	memcpy(copy, list, len);
	len += (size_t)sprintf(copy + len, "\nx/%s.ko%s", name, kind == MODULES_DEP ? ":" : "");
	FUZZ_CHECK(modules_list_has(copy, len, kind, name) == 1);
	free(copy);
	free(norm);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl;
	char *name, *list;
	size_t nlen, len;

	if (size < 1)
		return 0;
	nl = memchr(data + 1, '\n', size - 1);
	nlen = nl ? (size_t)(nl - (const char *)data - 1) : size - 1;
	name = strndup((const char *)data + 1, nlen);
	FUZZ_CHECK(name);
	/* The list in a buffer of its exact size: ASan sees any read past it. */
	len = nl ? size - nlen - 2 : 0;
	list = malloc(len ? len : 1);
	FUZZ_CHECK(list);
	if (len)
		memcpy(list, nl + 1, len);
	check(list, len, data[0] & 1 ? MODULES_BUILTIN : MODULES_DEP, name);
	free(list);
	free(name);
	return 0;
}
