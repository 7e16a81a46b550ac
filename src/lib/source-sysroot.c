/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Source backend for a recorded tree: every path resolves below one root fd, never outside. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "macro.h"
#include "manifest.h"
#include "source.h"

struct source_sysroot {
	struct source src;
	int root_fd;
	int have_manifest;
	struct manifest manifest;
};

/* Without openat2 (kernels before 5.6) no symlink is followed at all: still never outside. */
static int
open_walk_nofollow(int root_fd, const char *path, int flags)
{
	_cleanup_close_ int dir = fcntl(root_fd, F_DUPFD_CLOEXEC, 3);
	_cleanup_free_ char *copy = strdup(path);
	char *save = NULL, *part, *next;

	if (dir < 0)
		return -errno;
	if (!copy)
		return -ENOMEM;
	part = strtok_r(copy, "/", &save);
	while (part) {
		int fd;

		next = strtok_r(NULL, "/", &save);
		fd = openat(dir, part,
			    next ? O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
				 : flags | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0)
			return -errno;
		close(dir);
		dir = fd;
		part = next;
	}
	return TAKE_FD(dir);
}

static int
open_in_root(int root_fd, const char *path, int flags)
{
	struct open_how how = {
		.flags = (unsigned)(flags | O_CLOEXEC),
		.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV,
	};

	for (int i = 0; i < 8; i++) {
		long fd = syscall(SYS_openat2, root_fd, path, &how, sizeof(how));

		if (fd >= 0)
			return (int)fd;
		if (errno == ENOSYS || errno == EPERM /* seccomp filters in some sandboxes */)
			return open_walk_nofollow(root_fd, path, flags);
		if (errno != EAGAIN)
			return -errno;
	}
	return -EAGAIN;
}

static int
join(enum path_kind kind, const char *name, char **ret)
{
	const char *dir = path_kind_dir(kind);

	if (asprintf(ret, "%s%s%s", dir, name ? "/" : "", name ? name : "") < 0)
		return -ENOMEM;
	return 0;
}

static int
sysroot_read(struct source *src, enum path_kind kind, const char *name, size_t max, char **ret,
	     size_t *ret_len)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	_cleanup_free_ char *path = NULL;
	_cleanup_close_ int fd = -1;
	int r;

	r = join(kind, name, &path);
	if (r < 0)
		return r;
	/* A file the recorder could not read fails as it did on the recorded host. */
	r = s->have_manifest ? manifest_skipped(&s->manifest, path) : 0;
	if (r > 0)
		return -r;
	/* O_NOFOLLOW: a symlink as the last component is refused as libudev's path does. */
	fd = open_in_root(s->root_fd, path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
	if (fd < 0)
		return fd;
	return read_fd_bounded(fd, max, ret, ret_len);
}

static int
sysroot_file_type(struct source *src, enum path_kind kind, const char *name)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	_cleanup_free_ char *path = NULL;
	_cleanup_close_ int fd = -1;
	struct stat st;
	int r;

	r = join(kind, name, &path);
	if (r < 0)
		return r;
	fd = open_in_root(s->root_fd, path, O_PATH);
	if (fd < 0)
		return fd;
	if (fstat(fd, &st) < 0)
		return -errno;
	return (int)(st.st_mode & S_IFMT);
}

static int
sysroot_writable(struct source *src, enum path_kind kind, const char *name)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	_cleanup_free_ char *path = NULL;
	int r;

	if (!s->have_manifest)
		return -ENODATA;
	r = join(kind, name, &path);
	if (r < 0)
		return r;
	return manifest_writable(&s->manifest, path);
}

static int
sysroot_list(struct source *src, enum path_kind kind, const char *name, char ***ret)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	_cleanup_free_ char *path = NULL;
	DIR *dir;
	int fd, r;

	r = join(kind, name, &path);
	if (r < 0)
		return r;
	fd = open_in_root(s->root_fd, path, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return fd;
	dir = fdopendir(fd);
	if (!dir) {
		r = -errno;
		close(fd);
		return r;
	}
	r = strv_sort_dir(dir, ret);
	closedir(dir);
	return r;
}

static void
sysroot_free(struct source *src)
{
	struct source_sysroot *s = (struct source_sysroot *)src;

	if (s->root_fd >= 0)
		close(s->root_fd);
	manifest_done(&s->manifest);
	free(s);
}

static const struct source_ops sysroot_ops = {
	.name = "sysroot",
	.read = sysroot_read,
	.file_type = sysroot_file_type,
	.writable = sysroot_writable,
	.list = sysroot_list,
	.free = sysroot_free,
};

/* A RECORD that is missing leaves live-only facts unknown; a broken one is an error. */
static int
load_manifest(struct source_sysroot *s)
{
	_cleanup_free_ char *text = NULL;
	_cleanup_close_ int fd = -1;
	size_t len;
	int r;

	fd = open_in_root(s->root_fd, "RECORD", O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
	if (fd == -ENOENT)
		return 0;
	if (fd < 0)
		return fd;
	r = read_fd_bounded(fd, SOURCE_TEXT_MAX, &text, &len);
	if (r < 0)
		return r;
	if (strlen(text) != len)
		return -EBADMSG;
	r = manifest_parse(text, &s->manifest);
	if (r < 0)
		return r;
	s->have_manifest = 1;
	return 0;
}

int
source_new_sysroot(const char *root, struct source **ret)
{
	struct source_sysroot *s;
	int r;

	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->src.ops = &sysroot_ops;
	s->manifest.euid = -1;
	s->root_fd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (s->root_fd < 0) {
		r = -errno;
		free(s);
		return r;
	}
	r = load_manifest(s);
	if (r < 0) {
		sysroot_free(&s->src);
		return r;
	}
	*ret = &s->src;
	return 0;
}

const struct manifest *
source_sysroot_manifest(struct source *src)
{
	struct source_sysroot *s = (struct source_sysroot *)src;

	if (src->ops != &sysroot_ops || !s->have_manifest)
		return NULL;
	return &s->manifest;
}
