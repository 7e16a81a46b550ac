/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A bounded parser of depmod's text module lists, so that a tree's lib/modules is read as
 * bytes through the source layer and never by libkmod, whose binary index reader trusts its
 * offsets (doc/untrusted-trees.md, "Kernel module indexes"). */
#include <errno.h>
#include <string.h>

#include "modules-index.h"

static char
normalize(char c)
{
	return c == '-' ? '_' : c;
}

/* Returns: the length of @name when it is a module name ([A-Za-z0-9_-], at most
 * MODULE_NAME_MAX bytes), else 0. */
static size_t
name_length(const char *name)
{
	size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

	return n > 0 && n <= MODULE_NAME_MAX && name[n] == '\0' ? n : 0;
}

/* Whether the module path @path (@len bytes) is the file of module @name (@nlen bytes). */
static int
path_is_module(const char *path, size_t len, const char *name, size_t nlen)
{
	/* memrchr and memchr, not a loop a byte: a distribution's modules.dep is about 1 MiB, and
	 * the live probe scans it where libkmod looked up its index. */
	const char *slash = memrchr(path, '/', len), *base = slash ? slash + 1 : path, *dot;
	size_t blen = (size_t)(path + len - base);

	dot = memchr(base, '.', blen);
	if (dot)
		blen = (size_t)(dot - base);
	if (blen != nlen)
		return 0;
	for (size_t i = 0; i < nlen; i++)
		if (normalize(base[i]) != normalize(name[i]))
			return 0;
	return 1;
}

int
modules_list_has(const char *buf, size_t len, enum modules_list kind, const char *name)
{
	size_t nlen = name_length(name);

	if (nlen == 0)
		return -EINVAL;
	for (size_t off = 0; off < len;) {
		const char *line = buf + off, *nl = memchr(line, '\n', len - off);
		size_t llen = nl ? (size_t)(nl - line) : len - off;
		const char *colon = memchr(line, ':', llen);

		off += llen + 1;
		/* A modules.dep line without its colon names no module file. */
		if (kind == MODULES_DEP && !colon)
			continue;
		if (path_is_module(line, kind == MODULES_DEP ? (size_t)(colon - line) : llen, name,
				   nlen))
			return 1;
	}
	return 0;
}
