/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Source layer front: argument checks and the shape every backend's text must have. */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno-name.h"
#include "log.h"
#include "macro.h"
#include "source.h"

struct source *
source_free(struct source *src)
{
	if (src)
		src->ops->free(src);
	return NULL;
}

int
regular_mode_error(unsigned mode)
{
	if (S_ISLNK(mode))
		return -ELOOP;
	if (S_ISDIR(mode))
		return -EISDIR;
	return S_ISREG(mode) ? 0 : -EINVAL;
}

int
open_regular_at(int path_fd, int proc_fd, struct stat *ret_st, int (*open_again)(void *userdata),
		void *userdata)
{
	char proc[64];
	struct stat again;
	int fd, r;

	if (fstat(path_fd, ret_st) < 0)
		return -errno;
	r = regular_mode_error(ret_st->st_mode);
	if (r < 0)
		return r;
	/* The magic link reopens the very inode the O_PATH descriptor holds: no race. */
	if (proc_fd >= 0) {
		snprintf(proc, sizeof(proc), "%d", path_fd);
		fd = openat(proc_fd, proc, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	} else {
		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", path_fd);
		fd = open(proc, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	}
	if (fd >= 0 || errno != ENOENT)
		return fd >= 0 ? fd : -errno;
	/* No /proc (a sandbox): the path again, and it must still be the file checked above. */
	fd = open_again(userdata);
	if (fd < 0)
		return fd;
	if (fstat(fd, &again) < 0 || again.st_dev != ret_st->st_dev ||
	    again.st_ino != ret_st->st_ino) {
		close(fd);
		return -EAGAIN;
	}
	return fd;
}

int
open_regular(int path_fd, int (*open_again)(void *userdata), void *userdata)
{
	struct stat st;

	return open_regular_at(path_fd, -1, &st, open_again, userdata);
}

static int
check_args(struct source *src _unused_, enum path_kind kind, const char *name)
{
	assert(src);
	if (!path_kind_dir(kind))
		return -EINVAL;
	if (name && !path_name_is_valid(name))
		return -EINVAL;
	return 0;
}

/* One debug line per answer, for a bug report's log: "'sys/power/state': 27 bytes",
 * "'sys/power/disk': EISDIR (Is a directory)". Nothing is formatted below the debug level. */
static void
log_answer(const struct source *src, const char *fn, enum path_kind kind, const char *name, int r,
	   size_t n, const char *unit)
{
	const char *dir = path_kind_dir(kind), *sep = name ? "/" : "", *e;

	if (!pmp_log_enabled(src->ctx, LOG_DEBUG))
		return;
	if (!name)
		name = "";
	if (r >= 0) {
		pmp_log(src->ctx, LOG_DEBUG, __FILE__, __LINE__, fn, "'%s%s%s': %zu %s", dir, sep,
			name, n, unit);
		return;
	}
	e = errno_to_name(-r);
	pmp_log(src->ctx, LOG_DEBUG, __FILE__, __LINE__, fn, "'%s%s%s': %s (%s)", dir, sep, name,
		e ? e : "?", strerror(-r));
}

/* "'sys/power/state': writable", or the error (ENODATA: the source cannot know). */
static void
log_writable(const struct source *src, const char *fn, enum path_kind kind, const char *name, int r)
{
	if (r < 0)
		log_answer(src, fn, kind, name, r, 0, NULL);
	else if (pmp_log_enabled(src->ctx, LOG_DEBUG))
		pmp_log(src->ctx, LOG_DEBUG, __FILE__, __LINE__, fn, "'%s/%s': %s",
			path_kind_dir(kind), name, r ? "writable" : "not writable");
}

/* Logs the read and tells the observer (every answer, with the bytes as read). */
static void
note_read(struct source *src, enum path_kind kind, const char *name, int r, const char *buf,
	  size_t len)
{
	log_answer(src, "source_read", kind, name, r, len, "bytes");
	if (src->observer && src->observer->read)
		src->observer->read(src->observer_userdata, kind, name, r, buf, len);
}

int
source_read_text(struct source *src, enum path_kind kind, const char *name, char **ret)
{
	char *buf = NULL;
	size_t len = 0;
	int r;

	r = check_args(src, kind, name);
	if (r < 0)
		return r;
	r = src->ops->read(src, kind, name, SOURCE_TEXT_MAX, &buf, &len);
	note_read(src, kind, name, r, buf, len);
	if (r < 0)
		return r;
	text_strip(buf, &len);
	*ret = buf;
	return 0;
}

int
source_read_blob(struct source *src, enum path_kind kind, const char *name, size_t max,
		 uint8_t **ret, size_t *ret_len)
{
	char *buf = NULL;
	int r;

	r = check_args(src, kind, name);
	if (r < 0)
		return r;
	if (max > SOURCE_BLOB_MAX)
		max = SOURCE_BLOB_MAX;
	r = src->ops->read(src, kind, name, max, &buf, ret_len);
	note_read(src, kind, name, r, buf, r < 0 ? 0 : *ret_len);
	if (r < 0)
		return r;
	*ret = (uint8_t *)buf;
	return 0;
}

int
source_file_type(struct source *src, enum path_kind kind, const char *name)
{
	int r = check_args(src, kind, name);

	if (r < 0)
		return r;
	r = src->ops->file_type(src, kind, name);
	if (r > 0)
		r &= S_IFMT;
	if (src->observer && src->observer->file_type)
		src->observer->file_type(src->observer_userdata, kind, name, r);
	return r;
}

int
source_file_mode(struct source *src, enum path_kind kind, const char *name)
{
	int r = check_args(src, kind, name);

	return r < 0 ? r : (r = src->ops->file_type(src, kind, name)) < 0 ? r : r & 07777;
}

/* Asks the backend whether the caller (@root 0) or root (@root 1) may write the file; a backend
 * without root's view cannot know (-ENODATA). Only the caller's answer is observed: `record`
 * writes down what the caller found. */
static int
ask_writable(struct source *src, enum path_kind kind, const char *name, int root)
{
	int (*op)(struct source *, enum path_kind, const char *) =
		root ? src->ops->root_writable : src->ops->writable;
	int r = check_args(src, kind, name);

	if (r < 0)
		return r;
	r = op ? op(src, kind, name) : -ENODATA;
	log_writable(src, root ? "source_root_writable" : "source_writable", kind, name, r);
	if (!root && src->observer && src->observer->writable)
		src->observer->writable(src->observer_userdata, kind, name, r);
	return r;
}

int
source_writable(struct source *src, enum path_kind kind, const char *name)
{
	return ask_writable(src, kind, name, 0);
}

int
source_root_writable(struct source *src, enum path_kind kind, const char *name)
{
	return ask_writable(src, kind, name, 1);
}

int
fd_caller_writable(int fd)
{
	char path[64];

#ifdef SYS_faccessat2
	if (syscall(SYS_faccessat2, fd, "", W_OK, AT_EMPTY_PATH) == 0)
		return 1;
	if (errno != ENOSYS && errno != EINVAL && errno != EPERM)
		return 0;
#endif
	/* Kernels before 5.8, or a seccomp filter: the same file through its magic link. */
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if (access(path, W_OK) == 0)
		return 1;
	return errno == ENOENT ? -ENODATA : 0;
}

int
writable_by_root(int caller, int caller_is_root, int fd)
{
	struct statvfs vfs;
	struct stat st;

	if (caller == 1 || caller == -ENOENT || (caller == 0 && caller_is_root))
		return caller;
	if (fstat(fd, &st) < 0 || fstatvfs(fd, &vfs) < 0)
		return -ENODATA;
	return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) && !(vfs.f_flag & ST_RDONLY);
}

int
source_list(struct source *src, enum path_kind kind, const char *name, char ***ret)
{
	int r = check_args(src, kind, name);

	if (r < 0)
		return r;
	r = src->ops->list(src, kind, name, ret);
	if (pmp_log_enabled(src->ctx, LOG_DEBUG)) {
		size_t n = 0;

		while (r >= 0 && (*ret)[n])
			n++;
		log_answer(src, "source_list", kind, name, r, n, "entries");
	}
	if (src->observer && src->observer->list)
		src->observer->list(src->observer_userdata, kind, name, r, r < 0 ? NULL : *ret);
	return r;
}

int
source_read_stored(struct source *src, enum path_kind kind, const char *name, size_t max,
		   char **ret, size_t *ret_len)
{
	int r = check_args(src, kind, name);

	if (r < 0)
		return r;
	if (max > SOURCE_BLOB_MAX)
		max = SOURCE_BLOB_MAX;
	if (src->ops->read_stored) {
		r = src->ops->read_stored(src, kind, name, max, ret, ret_len);
		if (r != -EOPNOTSUPP)
			return r;
	}
	return src->ops->read(src, kind, name, max, ret, ret_len);
}

int
source_enumerate(struct source *src, enum path_kind kind, const char *attr,
		 const char *const *skip_subsystems, char ***ret)
{
	char **l = NULL;
	size_t n = 0;
	int r = check_args(src, kind, attr);

	if (r < 0)
		return r;
	if (!src->ops->enumerate)
		return -EOPNOTSUPP;
	r = src->ops->enumerate(src, kind, attr, skip_subsystems, &l);
	if (r < 0)
		return r;
	while (l[n])
		n++;
	strv_sort(l, n);
	*ret = l;
	return 0;
}

int
source_readlink(struct source *src, enum path_kind kind, const char *name, char **ret)
{
	char *target = NULL;
	int r = check_args(src, kind, name);

	if (r < 0)
		return r;
	r = src->ops->readlink ? src->ops->readlink(src, kind, name, &target) : -EOPNOTSUPP;
	log_answer(src, "source_readlink", kind, name, r, r < 0 ? 0 : strlen(target), "bytes");
	if (src->observer && src->observer->readlink)
		src->observer->readlink(src->observer_userdata, kind, name, r, target);
	if (r < 0)
		return r;
	*ret = target;
	return 0;
}

int
source_read_attr(struct source *src, enum path_kind kind, const char *dev, const char *attr,
		 char **ret)
{
	_cleanup_free_ char *name = NULL;
	char *buf = NULL;
	size_t len = 0;
	int r;

	if (asprintf(&name, "%s/%s", dev, attr) < 0)
		return -ENOMEM;
	r = check_args(src, kind, name);
	if (r < 0)
		return r;
	r = src->ops->read_attr
		    ? src->ops->read_attr(src, kind, dev, attr, SOURCE_TEXT_MAX, &buf, &len)
		    : src->ops->read(src, kind, name, SOURCE_TEXT_MAX, &buf, &len);
	note_read(src, kind, name, r, buf, len);
	if (r < 0)
		return r;
	text_strip(buf, &len);
	*ret = buf;
	return 0;
}
