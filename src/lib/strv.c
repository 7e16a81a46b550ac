/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* NULL-terminated lists of strings (systemd's strv): free, sort, append, a directory's names. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "macro.h"
#include "strv.h"

char **
strv_free(char **l)
{
	if (!l)
		return NULL;
	for (char **p = l; *p; p++)
		free(*p);
	free(l);
	return NULL;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
strv_sort_dir_fd(int fd, char ***ret)
{
	_Alignas(struct dirent64) char buf[8192];
	char **l = NULL;
	size_t n = 0;
	ssize_t k;
	int r = 0;

	while (r == 0 && (k = getdents64(fd, buf, sizeof(buf))) != 0) {
		if (k < 0) {
			r = n ? 1 : -errno;
			break;
		}
		for (ssize_t off = 0; r == 0 && off < k;) {
			const struct dirent64 *de = (const struct dirent64 *)(buf + off);

			off += de->d_reclen;
			if (streq(de->d_name, ".") || streq(de->d_name, ".."))
				continue;
			/* A bound on hostile trees; no real directory we list is this big. Refused
			 * whole: which entries come first depends on the file system. */
			r = n >= 4096 ? -E2BIG : strv_push(&l, &n, de->d_name);
		}
	}
	if (r >= 0 && !l && !(l = calloc(1, sizeof(char *))))
		r = -ENOMEM;
	if (r < 0) {
		strv_free(l);
		return r;
	}
	strv_sort(l, n);
	*ret = l;
	return 0;
}

void
strv_sort(char **l, size_t n)
{
	if (n > 1)
		qsort(l, n, sizeof(char *), cmp_str);
}

/* The slots allocated for a list of @n names and its NULL: a power of two, at least 8. */
static size_t
strv_slots(size_t n)
{
	size_t slots = 8;

	while (slots < n + 1)
		slots *= 2;
	return slots;
}

int
strv_push(char ***l, size_t *n, const char *s)
{
	char **p = *l;

	/* Room doubles, so a list of n names costs n copies, not n * n / 2 (a wide directory). */
	if (!p || strv_slots(*n + 1) != strv_slots(*n)) {
		p = realloc(*l, strv_slots(*n + 1) * sizeof(char *));
		if (!p)
			return -ENOMEM;
		*l = p;
	}
	p[*n] = strdup(s);
	if (!p[*n])
		return -ENOMEM;
	p[++*n] = NULL;
	return 0;
}
