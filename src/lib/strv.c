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
strv_sort_dir(void *dirp, char ***ret)
{
	DIR *dir = dirp;
	char **l = NULL;
	size_t n = 0;
	struct dirent *de;

	while ((errno = 0, de = readdir(dir))) {
		char **p;

		if (streq(de->d_name, ".") || streq(de->d_name, ".."))
			continue;
		/* A bound on hostile trees; no real directory we list is this big. Refused whole:
		 * which entries readdir() gives first depends on the file system. */
		if (n >= 4096) {
			strv_free(l);
			return -E2BIG;
		}
		p = realloc(l, (n + 2) * sizeof(char *));
		if (!p)
			goto oom;
		l = p;
		l[n] = strdup(de->d_name);
		if (!l[n])
			goto oom;
		l[++n] = NULL;
	}
	if (errno != 0 && n == 0) {
		int r = -errno;

		strv_free(l);
		return r;
	}
	if (!l) {
		l = calloc(1, sizeof(char *));
		if (!l)
			return -ENOMEM;
	}
	qsort(l, n, sizeof(char *), cmp_str);
	*ret = l;
	return 0;
oom:
	if (l)
		l[n] = NULL;
	strv_free(l);
	return -ENOMEM;
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
