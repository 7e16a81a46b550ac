/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The device holding an RTC, found in a tree by its rtc/<name> child whatever its links. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "macro.h"
#include "probe.h"

struct holder_search {
	const char *rtc;
	unsigned n_dirs;
	char *found;
};

/* Whether @dir (below sys/devices) is a directory of its own, not a link to one: a link such as
 * `subsystem` or `firmware_node` leads back into the tree. */
static int
is_real_dir(struct source *src, const char *dir)
{
	_cleanup_free_ char *target = NULL;

	if (source_file_type(src, PATH_SYS_DEVICES, dir) != S_IFDIR)
		return 0;
	return source_readlink(src, PATH_SYS_DEVICES, dir, &target) == -ENOLINK;
}

/* Whether @dir holds rtc/@rtc, looked at through the source so that `record` keeps it. */
static int
is_holder(struct source *src, const char *dir, const char *rtc)
{
	_cleanup_free_ char *child = NULL;

	if (asprintf(&child, "%s/rtc/%s", dir, rtc) < 0)
		return -ENOMEM;
	return path_name_is_valid(child) &&
	       source_file_type(src, PATH_SYS_DEVICES, child) == S_IFDIR;
}

/* Returns: 1 found (s->found), 0 not below @dir, -E2BIG beyond the bounds, -ENOMEM. */
static int
search_dir(struct source *src, struct holder_search *s, const char *dir, unsigned depth)
{
	char **list = NULL;
	int r = 0;

	if (dir) {
		r = is_holder(src, dir, s->rtc);
		if (r < 0)
			return r;
		if (r) {
			s->found = strdup(dir);
			return s->found ? 1 : -ENOMEM;
		}
	}
	if (depth >= SOURCE_WALK_DEPTH_MAX)
		return 0;
	if (source_list(src, PATH_SYS_DEVICES, dir, &list) < 0)
		return 0; /* unreadable or gone: nothing below it is seen */
	for (char **p = list; *p && r == 0; p++) {
		_cleanup_free_ char *sub = NULL;

		if (dir ? asprintf(&sub, "%s/%s", dir, *p) < 0 : !(sub = strdup(*p))) {
			r = -ENOMEM;
			break;
		}
		/* rtc/<name> is the RTC itself, never its holder. */
		if (streq(*p, "rtc") || !path_name_is_valid(sub) || !is_real_dir(src, sub))
			continue;
		if (++s->n_dirs > SOURCE_WALK_DIRS_MAX)
			r = -E2BIG;
		else
			r = search_dir(src, s, sub, depth + 1);
	}
	strv_free(list);
	return r;
}

int
rtc_holder_in_tree(struct source *src, const char *rtc, char **ret)
{
	struct holder_search s = {.rtc = rtc};
	int r;

	if (!path_name_is_valid(rtc) || strchr(rtc, '/'))
		return 0;
	/* A tree: one walk that reads no directory without subdirectories. */
	r = source_sysroot_find_holder(src, PATH_SYS_DEVICES, "rtc", rtc, &s.found);
	if (r > 0 && (!path_name_is_valid(s.found) || !is_holder(src, s.found, rtc)))
		r = 0;
	if (r > 0)
		*ret = TAKE_PTR(s.found);
	free(s.found);
	if (r != -EOPNOTSUPP)
		return r;
	r = search_dir(src, &s, NULL, 0);
	if (r > 0)
		*ret = s.found;
	return r;
}
