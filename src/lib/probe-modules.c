/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What lib/modules/<release> says of a module, a tree's own or the running kernel's: its text
 * lists, read through the source layer (bounded, confined to a tree's root) and parsed by
 * modules-index.c. libkmod never sees a tree: it resolves paths itself (escaping the root), blocks
 * on FIFOs, reads the host's modprobe.d and crashes on an index with bad offsets
 * (doc/untrusted-trees.md). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/utsname.h>

#include "macro.h"
#include "manifest.h"
#include "modules-index.h"
#include "probe.h"

/* modules.dep of a distribution kernel is about 1 MiB; a tree's bigger list is no answer. */
#define MODULES_LIST_MAX SOURCE_BLOB_MAX

/* The release of a tree's lib/modules: RECORD's kernel when the tree has it, else its only one.
 * Returns: 1 and *ret (free() it), 0 none, -ENOMEM. */
static int
tree_release(struct source *src, char **ret)
{
	const struct manifest *m = source_sysroot_manifest(src);
	char **list = NULL, *rel = NULL;
	int r;

	r = source_list(src, PATH_LIB_MODULES, NULL, &list);
	if (r < 0)
		return r == -ENOMEM ? r : 0;
	for (char **p = list; *p && !rel; p++)
		if ((m && m->kernel && streq(*p, m->kernel)) || (!p[1] && p == list))
			rel = *p;
	r = rel ? 1 : 0;
	if (rel) {
		*ret = strdup(rel);
		r = *ret ? 1 : -ENOMEM;
	}
	strv_free(list);
	return r;
}

/* Returns: 1 when lib/modules/@rel/@file names @name, 0 not, -errno when it cannot be read. */
static int
list_has(struct source *src, const char *rel, const char *file, enum modules_list kind,
	 const char *name)
{
	_cleanup_free_ char *path = NULL;
	_cleanup_free_ uint8_t *buf = NULL;
	size_t len = 0;
	int r;

	if (asprintf(&path, "%s/%s", rel, file) < 0)
		return -ENOMEM;
	r = source_read_blob(src, PATH_LIB_MODULES, path, MODULES_LIST_MAX, &buf, &len);
	if (r < 0)
		return r;
	return modules_list_has((const char *)buf, len, kind, name);
}

/* What lib/modules/@rel's lists say of @name. Returns: 0 and *ret, or -errno. */
static int
lists_lookup(struct source *src, const char *rel, const char *name, enum module_state *ret)
{
	int r;

	/* As libkmod's lookup: a module file first, then the built-in list. Without the
	 * built-in list, "absent" cannot be told from "built in": no answer. */
	r = list_has(src, rel, "modules.dep", MODULES_DEP, name);
	if (r > 0) {
		*ret = MODULE_LOADABLE;
		return 0;
	}
	if (r == 0)
		r = list_has(src, rel, "modules.builtin", MODULES_BUILTIN, name);
	if (r < 0)
		return r;
	*ret = r ? MODULE_BUILTIN : MODULE_ABSENT;
	return 0;
}

int
probe_tree_module(struct source *src, const char *name, enum module_state *ret)
{
	_cleanup_free_ char *rel = NULL;
	int r;

	r = tree_release(src, &rel);
	if (r <= 0)
		return r < 0 ? r : -ENOENT;
	return lists_lookup(src, rel, name, ret);
}

int
probe_live_module(struct source *src, const char *name, enum module_state *ret)
{
	_cleanup_free_ char *usr = NULL;
	struct utsname u;
	int r;

	if (uname(&u) < 0)
		return -errno;
	r = lists_lookup(src, u.release, name, ret);
	if (r != -ENOENT)
		return r;
	/* A list is missing. Without the running kernel's module directory at all, where libkmod
	 * looks (kmod_new(NULL): /lib/modules/<release>, /usr/lib/modules/<release> where kmod
	 * was built for it), libkmod has no index either and cannot answer (a VM booted without
	 * modules): no need to load it to hear that. */
	if (asprintf(&usr, "lib/modules/%s", u.release) < 0)
		return -ENOMEM;
	if (source_file_type(src, PATH_LIB_MODULES, u.release) == -ENOENT &&
	    source_file_type(src, PATH_USR, usr) == -ENOENT)
		return -ENODEV;
	return -ENOENT;
}
