/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Source backend for a recorded tree: every path resolves below one root fd, never outside. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "macro.h"
#include "manifest.h"
#include "source.h"

/* Directories below the root opened (O_PATH) once a source: a tree's files sit in a few of them
 * (sys/power holds most), and each file is then one short lookup instead of a walk from the root.
 * A directory that cannot be opened is remembered with its error. */
#define DIR_CACHE_MAX 16

struct dir_slot {
	char *path; /* below the root, no trailing slash; NULL: free */
	int fd;	    /* or -errno */
};

struct source_sysroot {
	struct source src;
	int root_fd;
	int proc_fd; /* "/proc/self/fd" (O_PATH) for reopening; -1 not yet, -2 none */
	int have_manifest;
	struct manifest manifest;
	struct dir_slot dirs[DIR_CACHE_MAX];
	size_t next_slot; /* the slot the next directory takes, round robin */
};

/* Without openat2 (kernels before 5.6) no symlink is followed at all: still never outside. Also
 * the walk of a few components that must not be links at all (stat_nofollow()): one openat a
 * component, no copy of @root_fd to start from. */
static int
open_walk_nofollow(int root_fd, const char *path, int flags)
{
	_cleanup_free_ char *copy = strdup(path);
	char *save = NULL, *part, *next;
	int dir = root_fd;

	if (!copy)
		return -ENOMEM;
	part = strtok_r(copy, "/", &save);
	if (!part) { /* the root itself */
		int fd = fcntl(root_fd, F_DUPFD_CLOEXEC, 3);

		return fd < 0 ? -errno : fd;
	}
	while (part) {
		int fd, e;

		next = strtok_r(NULL, "/", &save);
		fd = openat(dir, part,
			    next ? O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
				 : flags | O_NOFOLLOW | O_CLOEXEC);
		e = errno;
		if (dir != root_fd)
			close(dir);
		if (fd < 0)
			return -e;
		dir = fd;
		part = next;
	}
	return dir;
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

struct reopen {
	int root_fd;
	const char *path;
};

static int
reopen_in_root(void *userdata)
{
	const struct reopen *o = userdata;

	return open_in_root(o->root_fd, o->path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
}

/* "/proc/self/fd", opened once a source: each reopen then resolves one component, not four. */
static int
proc_fd(struct source_sysroot *s)
{
	if (s->proc_fd == -1) {
		s->proc_fd = open("/proc/self/fd", O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (s->proc_fd < 0)
			s->proc_fd = -2; /* no /proc: open_regular_at() takes the path */
	}
	return s->proc_fd >= 0 ? s->proc_fd : -1;
}

/* Reads a regular file below the root; a device node is never opened (its type is checked on an
 * O_PATH descriptor first). O_NOFOLLOW: a symlink as the last component is refused as libudev's
 * path does. Six system calls: openat2, fstat, the reopen, close, one read (the size fstat gave
 * says where the end is) and close. No race: the exact path, for what the quick one cannot
 * answer (read_in_dir()). */
static int
read_in_root(struct source_sysroot *s, const char *path, size_t max, char **ret, size_t *ret_len)
{
	struct reopen o = {.root_fd = s->root_fd, .path = path};
	_cleanup_close_ int path_fd = open_in_root(s->root_fd, path, O_PATH | O_NOFOLLOW);
	_cleanup_close_ int fd = -1;
	struct stat st;

	if (path_fd < 0)
		return path_fd;
	fd = open_regular_at(path_fd, proc_fd(s), &st, reopen_in_root, &o);
	if (fd < 0)
		return fd;
	return read_fd_sized(fd, (size_t)st.st_size, max, ret, ret_len);
}

/* The directory @path (its first @len bytes; 0: the root) opened O_PATH as open_in_root() opens
 * it, so that its links resolve inside the tree exactly as a walk of the whole path does; kept
 * for the source's life. Returns: the fd (the source's), or -errno. */
static int
dir_fd(struct source_sysroot *s, const char *path, size_t len)
{
	struct dir_slot *slot;
	char *copy;
	int fd;

	if (len == 0)
		return s->root_fd;
	for (size_t i = 0; i < DIR_CACHE_MAX; i++)
		if (s->dirs[i].path && strlen(s->dirs[i].path) == len &&
		    !memcmp(s->dirs[i].path, path, len))
			return s->dirs[i].fd;
	copy = strndup(path, len);
	if (!copy)
		return -ENOMEM;
	fd = open_in_root(s->root_fd, copy, O_PATH | O_DIRECTORY);
	if (fd == -ENOMEM || fd == -EAGAIN || fd == -EMFILE || fd == -ENFILE) {
		free(copy); /* not the tree's answer: not remembered */
		return fd;
	}
	/* Round robin: no caller holds a directory's fd across another dir_fd(). */
	slot = &s->dirs[s->next_slot];
	s->next_slot = (s->next_slot + 1) % DIR_CACHE_MAX;
	if (slot->path && slot->fd >= 0)
		close(slot->fd);
	free(slot->path);
	*slot = (struct dir_slot){.path = copy, .fd = fd};
	return fd;
}

/* dir_fd() of @path's directory; *@ret_base gets the entry's name in it. */
static int
parent_fd(struct source_sysroot *s, const char *path, const char **ret_base)
{
	const char *slash = strrchr(path, '/');

	*ret_base = slash ? slash + 1 : path;
	return dir_fd(s, path, slash ? (size_t)(slash - path) : 0);
}

/* The entry @base of the directory @dfd, never followed, as statx() sees it. Returns: 1 when the
 * quick path answers for it, 0 when only the exact path can (a mount point, which open_in_root()
 * refuses with RESOLVE_NO_XDEV; a kernel before 5.8 that cannot say), or -errno. */
static int
stat_entry(int dfd, const char *base, unsigned mask, struct statx *ret)
{
	if (statx(dfd, base, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, mask, ret) < 0)
		return errno == ENOSYS || errno == EPERM ? 0 : -errno;
	if (!(ret->stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) ||
	    (ret->stx_attributes & STATX_ATTR_MOUNT_ROOT))
		return 0;
	return 1;
}

/* read_in_root() in five system calls and without a walk from the root: the directory from
 * dir_fd(), then statx of the entry (never followed: a symlink is -ELOOP as with O_NOFOLLOW), and
 * only a regular file is opened, by its one name below the directory, O_NOFOLLOW and O_NONBLOCK,
 * then fstat confirms it is the file statx saw. The window between statx and the open is a race
 * that only someone who can put a device node into the tree (CAP_MKNOD: root) can win
 * (doc/performance.md, "The quick open"). */
static int
read_in_dir(struct source_sysroot *s, const char *path, size_t max, char **ret, size_t *ret_len)
{
	const char *base;
	_cleanup_close_ int fd = -1;
	struct statx sx;
	struct stat st;
	int dfd, r;

	dfd = parent_fd(s, path, &base);
	if (dfd < 0)
		return dfd;
	r = stat_entry(dfd, base, STATX_TYPE | STATX_INO, &sx);
	if (r <= 0)
		return r < 0 ? r : read_in_root(s, path, max, ret, ret_len);
	r = regular_mode_error(sx.stx_mode);
	if (r < 0)
		return r;
	fd = open_in_root(dfd, base, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
	if (fd < 0)
		return fd;
	if (fstat(fd, &st) < 0)
		return -errno;
	if (!S_ISREG(st.st_mode) || st.st_ino != sx.stx_ino ||
	    st.st_dev != makedev(sx.stx_dev_major, sx.stx_dev_minor))
		return -EAGAIN; /* replaced meanwhile */
	return read_fd_sized(fd, (size_t)st.st_size, max, ret, ret_len);
}

/* A kind's directory and a name of at most 255 bytes (path_name_is_valid()) fit. */
#define JOIN_MAX 512

/* @kind's directory and @name (NULL: the directory itself) as one path below the root, on the
 * caller's stack: no formatting and no allocation a file. */
static int
join(enum path_kind kind, const char *name, char ret[JOIN_MAX])
{
	const char *dir = path_kind_dir(kind);
	size_t d = strlen(dir), n = name ? strlen(name) : 0;

	if (d + 1 + n >= JOIN_MAX)
		return -ENAMETOOLONG;
	memcpy(ret, dir, d);
	if (name) {
		ret[d++] = '/';
		memcpy(ret + d, name, n);
		d += n;
	}
	ret[d] = '\0';
	return 0;
}

static int
sysroot_read(struct source *src, enum path_kind kind, const char *name, size_t max, char **ret,
	     size_t *ret_len)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	char path[JOIN_MAX];
	int r;

	r = join(kind, name, path);
	if (r < 0)
		return r;
	/* A file the recorder could not read fails as it did on the recorded host. */
	r = s->have_manifest ? manifest_skipped(&s->manifest, path) : 0;
	if (r > 0)
		return -r;
	return read_in_dir(s, path, max, ret, ret_len);
}

static int
sysroot_file_type(struct source *src, enum path_kind kind, const char *name)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	char path[JOIN_MAX];
	_cleanup_close_ int fd = -1;
	const char *base;
	struct statx sx;
	struct stat st;
	int dfd, r;

	r = join(kind, name, path);
	if (r < 0)
		return r;
	dfd = parent_fd(s, path, &base);
	if (dfd < 0)
		return dfd;
	/* A symlink is followed inside the root: open_in_root() does that. */
	r = stat_entry(dfd, base, STATX_TYPE | STATX_MODE, &sx);
	if (r < 0 || (r > 0 && !S_ISLNK(sx.stx_mode)))
		return r < 0 ? r : (int)sx.stx_mode;
	fd = open_in_root(s->root_fd, path, O_PATH);
	if (fd < 0)
		return fd;
	if (fstat(fd, &st) < 0)
		return -errno;
	return (int)st.st_mode;
}

/* A recording's `writable:` says what its recorder (RECORD's euid) could write; a tree without
 * one reads as it would replayed as /sys: its own file, as this caller sees it. *@ret_fd gets
 * the file (O_PATH) or -errno when the answer needed it, else -1: RECORD answers alone. */
static int
sysroot_writable_fd(struct source_sysroot *s, const char *path, int *ret_fd)
{
	*ret_fd = -1;
	if (s->have_manifest && s->manifest.has_writable)
		return manifest_writable(&s->manifest, path);
	*ret_fd = open_in_root(s->root_fd, path, O_PATH);
	if (*ret_fd < 0)
		return *ret_fd == -ENOENT ? -ENOENT : -ENODATA;
	return fd_caller_writable(*ret_fd);
}

static int
sysroot_writable(struct source *src, enum path_kind kind, const char *name)
{
	char path[JOIN_MAX];
	_cleanup_close_ int fd = -1;
	int r = join(kind, name, path);

	return r < 0 ? r : sysroot_writable_fd((struct source_sysroot *)src, path, &fd);
}

/* A recording made as root says root's view; any other answers from the tree's file. */
static int
sysroot_root_writable(struct source *src, enum path_kind kind, const char *name)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	int recorded = s->have_manifest && s->manifest.has_writable;
	char path[JOIN_MAX];
	_cleanup_close_ int fd = -1;
	int caller;

	caller = join(kind, name, path);
	if (caller < 0)
		return caller;
	caller = sysroot_writable_fd(s, path, &fd);
	if ((recorded && s->manifest.euid == 0) || caller == 1)
		return caller;
	if (recorded) /* RECORD answered for the caller; root's view is the tree's file */
		fd = open_in_root(s->root_fd, path, O_PATH);
	if (fd < 0)
		return fd == -ENOENT ? -ENOENT : -ENODATA;
	return writable_by_root(caller, !recorded && geteuid() == 0, fd);
}

static int
sysroot_list(struct source *src, enum path_kind kind, const char *name, char ***ret)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	char path[JOIN_MAX];
	_cleanup_close_ int fd = -1;
	int r;

	r = join(kind, name, path);
	if (r < 0)
		return r;
	fd = open_in_root(s->root_fd, path, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return fd;
	return strv_sort_dir_fd(fd, ret);
}

/* fstatat() of a relative path whose every component is refused when it is a symlink. */
static int
stat_nofollow(int dir_fd, const char *path, struct stat *st)
{
	_cleanup_free_ char *copy = strdup(path);
	_cleanup_close_ int fd = -1;
	char *slash;

	if (!copy)
		return -ENOMEM;
	slash = strrchr(copy, '/');
	if (slash) {
		*slash = '\0';
		fd = open_walk_nofollow(dir_fd, copy, O_PATH | O_DIRECTORY);
		if (fd < 0)
			return fd;
	}
	if (fstatat(fd >= 0 ? fd : dir_fd, slash ? slash + 1 : copy, st, AT_SYMLINK_NOFOLLOW) < 0)
		return -errno;
	return 0;
}

static int
has_type(int dir_fd, const char *path, mode_t type)
{
	struct stat st;

	return stat_nofollow(dir_fd, path, &st) >= 0 && (st.st_mode & S_IFMT) == type;
}

/* A walk of sys/devices costs a few syscalls a directory, whatever the tree holds: each is
 * opened once and its entries read with getdents64, whose d_type tells directories, files and
 * links apart without a stat; only a directory whose entries make it a device candidate (a
 * `uevent` file, a `subsystem` link and the attribute's directory) gets a stat of the
 * attribute. A directory without subdirectories (is_leaf()) is not even opened: 100,000 empty
 * siblings cost one fstatat each, where opening and reading each cost 4 (open, getdents64 twice,
 * close) and a stat of `power/wakeup`, `uevent` and `subsystem` and a DIR stream 12 (bench/run). */
struct walk {
	const char *attr;
	const char *attr_dir; /* "power" for "power/wakeup", NULL for a file of the device */
	const char *const *skip;
	/* Holder search (source_sysroot_find_holder()): "rtc/rtc0", and the first holder. */
	const char *holder_child;
	char *holder;
	char **found;
	size_t n_found, n_dirs;
	_Alignas(struct dirent64) char buf[32768];
};

/* What the entries of one directory say about it. */
struct dir_scan {
	int keep_subdirs;
	char **subdirs;
	size_t n_subdirs;
	unsigned has_uevent : 1, has_subsystem : 1, has_attr : 1;
};

static int
scan_entry(struct walk *w, int fd, const char *name, unsigned char type, struct dir_scan *d)
{
	if (type == DT_UNKNOWN) { /* file systems that do not fill d_type */
		struct stat st;

		if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			return 0;
		type = IFTODT(st.st_mode);
	}
	if (type == DT_DIR) {
		if (streq(name, ".") || streq(name, ".."))
			return 0;
		if (w->attr_dir && streq(name, w->attr_dir))
			d->has_attr = 1;
		if (!d->keep_subdirs)
			return 0;
		if (++w->n_dirs > SOURCE_WALK_DIRS_MAX)
			return -E2BIG;
		return strv_push(&d->subdirs, &d->n_subdirs, name);
	}
	if (type == DT_REG && streq(name, "uevent"))
		d->has_uevent = 1;
	else if (type == DT_REG && !w->attr_dir && streq(name, w->attr))
		d->has_attr = 1;
	else if (type == DT_LNK && streq(name, "subsystem"))
		d->has_subsystem = 1;
	return 0;
}

static int
scan_dir(struct walk *w, int fd, struct dir_scan *d)
{
	for (;;) {
		ssize_t n = getdents64(fd, w->buf, sizeof(w->buf));

		if (n <= 0)
			return n < 0 ? -errno : 0;
		for (ssize_t off = 0; off < n;) {
			const struct dirent64 *de = (const struct dirent64 *)(w->buf + off);
			int r = scan_entry(w, fd, de->d_name, de->d_type, d);

			if (r < 0)
				return r;
			off += de->d_reclen;
		}
	}
}

/* Whether the `subsystem` link of @dir_fd names one of @skip (as libudev's nomatch). */
static int
subsystem_skipped(int dir_fd, const char *const *skip)
{
	char buf[256];
	const char *base;
	ssize_t n;

	if (!skip || !*skip)
		return 0;
	n = readlinkat(dir_fd, "subsystem", buf, sizeof(buf) - 1);
	if (n < 0)
		return 0;
	buf[n] = '\0';
	base = strrchr(buf, '/');
	base = base ? base + 1 : buf;
	for (const char *const *k = skip; *k; k++)
		if (streq(base, *k))
			return 1;
	return 0;
}

/* A device as udev_enumerate sees one: a `uevent` file and a `subsystem` link. */
static int
is_device(const struct walk *w, int dir_fd, const struct dir_scan *d)
{
	if (!d->has_uevent || !d->has_subsystem || !d->has_attr)
		return 0;
	return (!w->attr_dir || has_type(dir_fd, w->attr, S_IFREG)) &&
	       !subsystem_skipped(dir_fd, w->skip);
}

static int walk_dir(struct walk *w, int dir_fd, const char *rel, unsigned depth);

/* Whether the directory @name has no subdirectory, told by one fstatat instead of opening and
 * reading it: a directory's link count is 2 plus its subdirectories on the file systems that
 * count them (ext4, tmpfs, xfs); btrfs answers 1 and ext4 beyond 65,000 subdirectories too, and
 * such a directory is read. A leaf cannot hold @attr's directory (power/ for power/wakeup) nor
 * anything deeper, so it is no device to find: 100,000 empty siblings cost a system call each. */
static int
is_leaf(const struct walk *w, int dir_fd, const char *name)
{
	struct stat st;

	if (!w->attr_dir || fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return 0;
	return S_ISDIR(st.st_mode) && st.st_nlink == 2;
}

static int
walk_subdirs(struct walk *w, int dir_fd, const char *rel, unsigned depth, char *const *subdirs)
{
	int r = 0;

	for (char *const *p = subdirs; r == 0 && p && *p; p++) {
		_cleanup_free_ char *sub = NULL;
		_cleanup_close_ int sub_fd = -1;

		/* rtc/<name> is the RTC itself, never its holder. */
		if ((w->holder_child && streq(*p, w->attr_dir)) || is_leaf(w, dir_fd, *p))
			continue;
		sub_fd = openat(dir_fd, *p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub_fd < 0)
			continue; /* unreadable: no device of it is seen */
		if (rel ? asprintf(&sub, "%s/%s", rel, *p) < 0 : !(sub = strdup(*p)))
			return -ENOMEM;
		if (strlen(sub) > 255)
			continue; /* a name the source layer refuses */
		r = walk_dir(w, sub_fd, sub, depth + 1);
	}
	return r;
}

static int
walk_dir(struct walk *w, int dir_fd, const char *rel, unsigned depth)
{
	/* Deeper than any kernel nests devices: the directory is a device or not, its
	 * subdirectories are not looked at. */
	struct dir_scan d = {.keep_subdirs = depth < SOURCE_WALK_DEPTH_MAX};
	int r;

	r = scan_dir(w, dir_fd, &d);
	if (r >= 0 && rel && w->holder_child) {
		if (d.has_attr && has_type(dir_fd, w->holder_child, S_IFDIR)) {
			w->holder = strdup(rel);
			r = w->holder ? 1 : -ENOMEM;
		}
		/* The first holder in name order, as a search by listings finds it. */
		if (d.subdirs)
			strv_sort(d.subdirs, d.n_subdirs);
	} else if (r >= 0 && rel && is_device(w, dir_fd, &d)) {
		if (w->n_found >= SOURCE_DEVICES_MAX)
			r = -E2BIG;
		else
			r = strv_push(&w->found, &w->n_found, rel);
	}
	if (r == 0)
		r = walk_subdirs(w, dir_fd, rel, depth, d.subdirs);
	strv_free(d.subdirs);
	return r;
}

static const struct source_ops sysroot_ops;

/* A walk with its fields zeroed, not its 32 KiB buffer. */
static struct walk *
walk_new(void)
{
	struct walk *w = malloc(sizeof(*w));

	if (w)
		memset(w, 0, offsetof(struct walk, buf));
	return w;
}

int
source_sysroot_find_holder(struct source *src, enum path_kind kind, const char *dir,
			   const char *name, char **ret)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	_cleanup_free_ struct walk *w = NULL;
	_cleanup_free_ char *child = NULL;
	_cleanup_close_ int fd = -1;
	int r;

	if (src->ops != &sysroot_ops)
		return -EOPNOTSUPP;
	w = walk_new();
	if (!w || asprintf(&child, "%s/%s", dir, name) < 0)
		return -ENOMEM;
	w->attr_dir = dir;
	w->holder_child = child;
	fd = open_in_root(s->root_fd, path_kind_dir(kind), O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return 0;
	r = walk_dir(w, fd, NULL, 0);
	if (r > 0)
		*ret = w->holder;
	return r;
}

static int
sysroot_enumerate(struct source *src, enum path_kind kind, const char *attr,
		  const char *const *skip_subsystems, char ***ret)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	_cleanup_free_ struct walk *w = walk_new();
	_cleanup_free_ char *attr_dir = NULL;
	_cleanup_close_ int fd = -1;
	int r;

	if (!w)
		return -ENOMEM;
	w->attr = attr;
	w->skip = skip_subsystems;
	if (strchr(attr, '/')) {
		attr_dir = strndup(attr, strcspn(attr, "/"));
		if (!attr_dir)
			return -ENOMEM;
		w->attr_dir = attr_dir;
	}
	fd = open_in_root(s->root_fd, path_kind_dir(kind), O_RDONLY | O_DIRECTORY);
	if (fd < 0 && fd != -ENOENT)
		return fd;
	/* No sys/devices: no device, as udev_enumerate answers on such a tree. */
	r = fd >= 0 ? walk_dir(w, fd, NULL, 0) : 0;
	if (r >= 0 && !w->found) {
		w->found = calloc(1, sizeof(char *));
		if (!w->found)
			r = -ENOMEM;
	}
	if (r < 0) {
		strv_free(w->found);
		return r;
	}
	*ret = w->found;
	return 0;
}

static int
sysroot_readlink(struct source *src, enum path_kind kind, const char *name, char **ret)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	char path[JOIN_MAX];
	const char *base;
	char buf[4096];
	ssize_t n;
	int fd, r;

	r = join(kind, name, path);
	if (r < 0)
		return r;
	fd = parent_fd(s, path, &base);
	if (fd < 0)
		return fd;
	n = readlinkat(fd, base, buf, sizeof(buf) - 1);
	if (n < 0)
		return errno == EINVAL ? -ENOLINK : -errno;
	buf[n] = '\0';
	*ret = strdup(buf);
	return *ret ? 0 : -ENOMEM;
}

static void
sysroot_free(struct source *src)
{
	struct source_sysroot *s = (struct source_sysroot *)src;

	if (s->root_fd >= 0)
		close(s->root_fd);
	if (s->proc_fd >= 0)
		close(s->proc_fd);
	for (size_t i = 0; i < DIR_CACHE_MAX; i++) {
		free(s->dirs[i].path);
		if (s->dirs[i].path && s->dirs[i].fd >= 0)
			close(s->dirs[i].fd);
	}
	manifest_done(&s->manifest);
	free(s);
}

static const struct source_ops sysroot_ops = {
	.name = "sysroot",
	.read = sysroot_read,
	.file_type = sysroot_file_type,
	.writable = sysroot_writable,
	.root_writable = sysroot_root_writable,
	.list = sysroot_list,
	.enumerate = sysroot_enumerate,
	.readlink = sysroot_readlink,
	.free = sysroot_free,
};

/* A text file at the top of the tree (RECORD, EXPECTED): regular, bounded, no NUL byte. */
static int
root_file_text(struct source_sysroot *s, const char *name, char **ret, size_t *ret_len)
{
	_cleanup_free_ char *text = NULL;
	int r = read_in_dir(s, name, SOURCE_TEXT_MAX, &text, ret_len);

	if (r < 0)
		return r;
	if (strlen(text) != *ret_len)
		return -EBADMSG;
	*ret = TAKE_PTR(text);
	return 0;
}

int
source_sysroot_read_file(struct source *src, const char *name, char **ret)
{
	struct source_sysroot *s = (struct source_sysroot *)src;
	size_t len;

	if (src->ops != &sysroot_ops)
		return -EOPNOTSUPP;
	if (!path_name_is_valid(name) || strchr(name, '/'))
		return -EINVAL;
	return root_file_text(s, name, ret, &len);
}

int
source_sysroot_read_path(struct source *src, const char *path, int exact, char **ret,
			 size_t *ret_len)
{
	struct source_sysroot *s = (struct source_sysroot *)src;

	if (src->ops != &sysroot_ops)
		return -EOPNOTSUPP;
	if (!path_name_is_valid(path))
		return -EINVAL;
	return exact ? read_in_root(s, path, SOURCE_TEXT_MAX, ret, ret_len)
		     : read_in_dir(s, path, SOURCE_TEXT_MAX, ret, ret_len);
}

/* A RECORD that is missing leaves live-only facts unknown; a broken one is an error. */
static int
load_manifest(struct source_sysroot *s)
{
	_cleanup_free_ char *text = NULL;
	size_t len;
	int r;

	r = root_file_text(s, "RECORD", &text, &len);
	if (r == -ENOENT)
		return 0;
	if (r < 0)
		return r;
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
	s->proc_fd = -1;
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
