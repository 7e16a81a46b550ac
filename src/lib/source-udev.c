/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Source backend for the live host: sysfs text through libudev, /proc and tables read raw. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libudev.h>
#include <limits.h>
#include <linux/magic.h>
#include <linux/openat2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "macro.h"
#include "source.h"

/* libudev (systemd's hash tables) draws a new hash key into one static buffer whenever a table
 * grows, as a device's attribute cache does from its third attribute: two threads that each
 * read through their own devices race on it (tests/helpers/threads.c under TSan and helgrind).
 * Every call into libudev holds this lock. It keeps no state of pmprobe's, so contexts stay
 * independent. */
static pthread_mutex_t udev_lock = PTHREAD_MUTEX_INITIALIZER;

struct source_udev {
	struct source src;
	struct udev *udev;
	/* The device read last: sys/power attributes come in a row, so one entry saves most
	 * lookups. */
	struct udev_device *dev;
	char *dev_syspath;
	/* Attributes asked of it so far (check_first()). */
	unsigned dev_reads;
	/* The device below /sys/devices found last (device_syspath_for()). */
	char *top_device;
	/* /sys/bus/acpi/devices as the device walk listed it, for the platform's list (once). */
	char **acpi_devices;
	/* Per kind, its directory as kind_dir_fd() found it: KIND_UNSEEN, KIND_OTHER, or an O_PATH
	 * descriptor of a directory on sysfs or procfs. */
	int kind_fd[_PATH_KIND_MAX];
};

/* A getdents64() buffer: as large as glibc's readdir() takes. */
#define SCAN_BUF_SIZE (32u * 1024u)

#define KIND_UNSEEN (-1)
#define KIND_OTHER (-2)

static int
abs_path(enum path_kind kind, const char *name, char **ret)
{
	if (asprintf(ret, "/%s%s%s", path_kind_dir(kind), name ? "/" : "", name ? name : "") < 0)
		return -ENOMEM;
	return 0;
}

static int
reopen_path(void *userdata)
{
	int fd = open(userdata, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);

	return fd < 0 ? -errno : fd;
}

/* A raw read never opens a device node: the type is checked on an O_PATH descriptor first. */
static int
read_raw(const char *path, size_t max, char **ret, size_t *ret_len)
{
	_cleanup_close_ int path_fd = open(path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	_cleanup_close_ int fd = -1;

	if (path_fd < 0)
		return -errno;
	fd = open_regular(path_fd, reopen_path, (void *)path);
	if (fd < 0)
		return fd;
	return read_fd_bounded(fd, max, ret, ret_len);
}

/* The kind's directory when it is sysfs or procfs, the kernel's own file systems: they hold only
 * regular files, directories and symlinks (doc/policies.md), so no file there is a device node, a
 * FIFO or a socket. Anything else (umockdev's tree, a tmpfs a container put over /sys/firmware)
 * is read the careful way. Looked at once per kind. Opened as "<dir>/." so that umockdev, which
 * redirects open() below "/sys/" and "/proc/", gives its tree; asked with the raw system call
 * because umockdev's fstatfs() says sysfs for its tree (libudev insists on sysfs).
 * Returns: the descriptor, or -1. */
static int
kind_dir_fd(struct source_udev *s, enum path_kind kind)
{
	_cleanup_free_ char *path = NULL;
	struct statfs fs;
	int fd;

	if (s->kind_fd[kind] != KIND_UNSEEN)
		return s->kind_fd[kind] >= 0 ? s->kind_fd[kind] : -1;
	s->kind_fd[kind] = KIND_OTHER;
	if (asprintf(&path, "/%s/.", path_kind_dir(kind)) < 0)
		return -1;
	fd = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (syscall(SYS_fstatfs, fd, &fs) < 0 ||
	    (fs.f_type != SYSFS_MAGIC && fs.f_type != PROC_SUPER_MAGIC)) {
		close(fd);
		return -1;
	}
	s->kind_fd[kind] = fd;
	return fd;
}

/* A raw read below a kernel file system's directory @dir_fd in four system calls (openat2, fstat,
 * read, close) instead of seven: nothing there needs the O_PATH look first. The file must be on
 * the same mount (a file bind-mounted over it, LXCFS's /proc/meminfo, is not) and not a symlink.
 * Returns: what read_raw() returns, or -EAGAIN where read_raw() must answer (the errors it
 * spells its own way, a kernel without openat2). */
static int
read_beneath(int dir_fd, const char *name, size_t max, char **ret, size_t *ret_len)
{
	struct open_how how = {
		.flags = O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC,
		.resolve = RESOLVE_BENEATH | RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS,
	};
	_cleanup_close_ int fd = (int)syscall(SYS_openat2, dir_fd, name, &how, sizeof(how));

	if (fd < 0)
		return errno == ENOENT || errno == EACCES ? -errno : -EAGAIN;
	return read_fd_bounded(fd, max, ret, ret_len);
}

static int
read_raw_kind(struct source_udev *s, enum path_kind kind, const char *name, const char *path,
	      size_t max, char **ret, size_t *ret_len)
{
	/* Only where a probe reads several files: the look at the directory costs two calls. */
	int dir_fd = kind == PATH_PROC || kind == PATH_ACPI_TABLES ? kind_dir_fd(s, kind) : -1;
	int r = -EAGAIN;

	if (dir_fd >= 0)
		r = read_beneath(dir_fd, name, max, ret, ret_len);
	return r == -EAGAIN ? read_raw(path, max, ret, ret_len) : r;
}

static struct udev_device *
device_for(struct source_udev *s, const char *syspath)
{
	if (s->dev && streq(s->dev_syspath, syspath)) {
		s->dev_reads++;
		return s->dev;
	}
	s->dev_reads = 1;
	udev_device_unref(s->dev);
	free(s->dev_syspath);
	s->dev = NULL;
	s->dev_syspath = strdup(syspath);
	if (!s->dev_syspath)
		return NULL;
	s->dev = udev_device_new_from_syspath(s->udev, syspath);
	return s->dev;
}

/* libudev answers symlinked attributes with the link's target name and reads FIFOs blocking; the
 * file is checked first so both backends refuse the same things the same way. */
static int
check_regular(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return -errno;
	return regular_mode_error(st.st_mode);
}

static const char devices_dir[] = "/sys/devices/";

/* device_syspath_for() without a system call: NULL when it would have to look. */
static const char *
known_syspath_for(struct source_udev *s, const char *dir)
{
	size_t len = s->top_device ? strlen(s->top_device) : 0;

	if (strncmp(dir, devices_dir, strlen(devices_dir)) != 0)
		return dir;
	if (len && !strncmp(dir, s->top_device, len) && (dir[len] == '/' || dir[len] == '\0'))
		return s->top_device;
	return NULL;
}

/* libudev takes a directory below /sys/devices as a device only when it has a `uevent` file
 * (cpufreq/policy0 and cpuidle/ have none). The first device on the way down from /sys/devices
 * answers for every attribute below it, by its relative path: for all of sys/devices/system/cpu
 * that is the CPU subsystem, found once, instead of a uevent probe and a device per directory.
 * Elsewhere (/sys/power) the directory itself is the device.
 * Returns: the device's syspath (@dir, or borrowed from @s), or NULL (errno set). */
static const char *
device_syspath_for(struct source_udev *s, const char *dir)
{
	const char *known = known_syspath_for(s, dir);

	if (known)
		return known;
	for (const char *p = dir + strlen(devices_dir);; p++) {
		_cleanup_free_ char *uevent = NULL;

		p += strcspn(p, "/");
		if (asprintf(&uevent, "%.*s/uevent", (int)(p - dir), dir) < 0)
			return NULL;
		if (access(uevent, F_OK) == 0) {
			free(s->top_device);
			s->top_device = strndup(dir, (size_t)(p - dir));
			return s->top_device;
		}
		if (*p == '\0') {
			errno = ENODEV;
			return NULL;
		}
	}
}

/* @attr of the device at @syspath, as libudev returns it (stripped), at most @max bytes; every
 * libudev call under the lock. */
static int
device_attr(struct source_udev *s, const char *syspath, const char *attr, size_t max, char **ret,
	    size_t *ret_len)
{
	struct udev_device *dev;
	const char *value;
	int r;

	pthread_mutex_lock(&udev_lock);
	errno = 0;
	dev = device_for(s, syspath);
	r = dev ? 0 : errno > 0 ? -errno : -ENODEV;
	errno = 0;
	value = dev ? udev_device_get_sysattr_value(dev, attr) : NULL;
	if (r == 0 && !value)
		r = errno > 0 ? -errno : -EIO;
	else if (r == 0 && strlen(value) > max)
		r = -EFBIG;
	else if (r == 0 && !(*ret = strdup(value)))
		r = -ENOMEM;
	pthread_mutex_unlock(&udev_lock);
	if (r < 0)
		return r;
	*ret_len = strlen(*ret);
	return 0;
}

/* The links libudev answers with their target's name instead of an error. */
static int
is_value_link(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	return streq(base, "driver") || streq(base, "subsystem") || streq(base, "module");
}

/* Whether check_regular() must look before libudev does. Not for the third and later attribute
 * of the device read last, on sysfs: libudev's own lstat there meets nothing that blocks or has
 * effects, and a file it refuses or misses is looked at afterwards (check_after()), so each answer
 * is the one check_regular() first gives, with a system call less. The first attribute of a
 * device is looked at first: a missing one then costs no device (a dozen system calls). The
 * second too: the look at the file system (kind_dir_fd(), three calls with its close) pays only
 * where a device gives more (the drop-in asks /sys/power for two). @syspath: the device's, when
 * known without a system call. */
static int
check_first(struct source_udev *s, enum path_kind kind, const char *syspath, const char *path)
{
	return !syspath || !s->dev || !streq(s->dev_syspath, syspath) || s->dev_reads < 2 ||
	       is_value_link(path) || kind_dir_fd(s, kind) < 0;
}

/* libudev's answer @r for @path, as check_regular() would have put it. */
static int
check_after(int r, const char *path)
{
	int c;

	if (r >= 0 || r == -ENOENT || r == -ENOMEM)
		return r;
	c = check_regular(path);
	return c < 0 ? c : r;
}

static int
read_sysattr(struct source_udev *s, enum path_kind kind, const char *path, size_t max, char **ret,
	     size_t *ret_len)
{
	_cleanup_free_ char *dir = strdup(path);
	const char *syspath;
	int first, r;

	if (!dir)
		return -ENOMEM;
	*strrchr(dir, '/') = '\0';
	first = check_first(s, kind, known_syspath_for(s, dir), path);
	r = first ? check_regular(path) : 0;
	if (r < 0)
		return r;
	syspath = device_syspath_for(s, dir);
	if (!syspath)
		return errno > 0 ? -errno : -ENODEV;
	r = device_attr(s, syspath, path + strlen(syspath) + 1, max, ret, ret_len);
	return first ? r : check_after(r, path);
}

static int
udev_read(struct source *src, enum path_kind kind, const char *name, size_t max, char **ret,
	  size_t *ret_len)
{
	struct source_udev *s = (struct source_udev *)src;
	_cleanup_free_ char *path = NULL;
	int r;

	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	if (path_kind_is_sysfs(kind) && max <= SOURCE_TEXT_MAX)
		return read_sysattr(s, kind, path, max, ret, ret_len);
	return read_raw_kind(s, kind, name, path, max, ret, ret_len);
}

/* libudev strips what it returns; `record` copies the bytes as the kernel shows them. */
static int
udev_read_stored(struct source *src _unused_, enum path_kind kind, const char *name, size_t max,
		 char **ret, size_t *ret_len)
{
	_cleanup_free_ char *path = NULL;
	int r;

	if (!path_kind_is_sysfs(kind))
		return -EOPNOTSUPP; /* read() is raw already */
	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	return read_raw(path, max, ret, ret_len);
}

static int
udev_file_type(struct source *src _unused_, enum path_kind kind, const char *name)
{
	_cleanup_free_ char *path = NULL;
	struct stat st;
	int r;

	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	if (stat(path, &st) < 0)
		return -errno;
	return (int)st.st_mode;
}

static int
udev_writable(struct source *src _unused_, enum path_kind kind, const char *name)
{
	_cleanup_free_ char *path = NULL;
	int r;

	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	/* access(), not faccessat(): it is what an unprivileged or confined caller is allowed. */
	if (access(path, W_OK) == 0)
		return 1;
	return errno == ENOENT ? -ENOENT : 0;
}

static int
udev_root_writable(struct source *src, enum path_kind kind, const char *name)
{
	_cleanup_free_ char *path = NULL;
	_cleanup_close_ int fd = -1;
	int r, caller = udev_writable(src, kind, name);

	if (caller == 1 || caller == -ENOENT)
		return caller;
	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	fd = open(path, O_PATH | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? -ENOENT : -ENODATA;
	return writable_by_root(caller, geteuid() == 0, fd);
}

/* Calls @fn for each entry of the directory @fd but "." and "..", read with getdents64() into
 * @buf: the listing opendir() and readdir() make, without opendir()'s fstat(). A directory that
 * cannot be read further ends there, as readdir() ends it; *@ret_errno gets the error when it
 * ended so before any entry. Returns: 0, or what @fn returned below 0. */
static int
each_entry(int fd, char *buf, size_t size, int (*fn)(void *userdata, int fd, const char *name),
	   void *userdata, int *ret_errno)
{
	int seen = 0;

	*ret_errno = 0;
	for (;;) {
		ssize_t n = getdents64(fd, buf, size);

		if (n < 0 && !seen)
			*ret_errno = errno;
		if (n <= 0)
			return 0;
		seen = 1;
		for (size_t off = 0; off < (size_t)n;) {
			const struct dirent64 *de = (const struct dirent64 *)(buf + off);
			int r;

			off += de->d_reclen;
			if (streq(de->d_name, ".") || streq(de->d_name, ".."))
				continue;
			r = fn(userdata, fd, de->d_name);
			if (r < 0)
				return r;
		}
	}
}

static int
udev_list(struct source *src, enum path_kind kind, const char *name, char ***ret)
{
	struct source_udev *s = (struct source_udev *)src;
	_cleanup_free_ char *path = NULL;
	_cleanup_close_ int fd = -1;
	int r;

	if (kind == PATH_BUS_ACPI_DEVICES && !name && s->acpi_devices) {
		*ret = TAKE_PTR(s->acpi_devices); /* listed by the device walk just before */
		return 0;
	}
	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	fd = open(path, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	return strv_sort_dir_fd(fd, ret);
}

/* The devices udev_enumerate would find, without libudev: it looks at every entry of
 * /sys/bus/<subsystem>/devices and /sys/class/<subsystem> and, to test an attribute, builds a
 * device for each (a component-wise walk of its path, its uevent opened): about 9 system calls a
 * device, 7,700 for 850 devices on a small VM. The same entries here cost one fstatat each for
 * the attribute; only the few that have it are resolved (readlink) and checked for a `uevent`
 * file and a `subsystem` link, as the sysroot walk checks them. */
struct scan {
	struct source_udev *s;
	const char *attr;
	const char *prefix; /* "/sys/devices/" */
	size_t plen;
	const char *devices; /* below a subsystem's directory: "/devices" or "" */
	char *buf;	     /* two getdents64() buffers: the subsystems, a subsystem's devices */
	char **l;
	size_t n;
};

/* @dir/@entry's link target made absolute and without "." or ".." components, in @buf. */
static int
resolve_entry(const char *dir, int dir_fd, const char *entry, char *buf, size_t size)
{
	char target[PATH_MAX], joined[2 * PATH_MAX + 2], *save = NULL, *part;
	size_t len = 0;
	ssize_t n = readlinkat(dir_fd, entry, target, sizeof(target) - 1);

	if (n < 0)
		return -errno; /* EINVAL: a directory of the class, below no /sys/devices */
	target[n] = '\0';
	if (target[0] == '/')
		snprintf(joined, sizeof(joined), "%s", target);
	else
		snprintf(joined, sizeof(joined), "%s/%s", dir, target);
	buf[0] = '\0';
	for (part = strtok_r(joined, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
		if (streq(part, "."))
			continue;
		if (streq(part, "..")) {
			char *slash = strrchr(buf, '/');

			len = slash ? (size_t)(slash - buf) : 0;
			buf[len] = '\0';
			continue;
		}
		if (len + 1 + strlen(part) + 1 > size)
			return -ENAMETOOLONG;
		buf[len++] = '/';
		strcpy(buf + len, part);
		len += strlen(part);
	}
	return 0;
}

static int
is_skipped(const char *subsystem, const char *const *skip)
{
	for (const char *const *k = skip; k && *k; k++)
		if (streq(subsystem, *k))
			return 1;
	return 0;
}

/* "@a/@b" into @buf of @size bytes; -ENAMETOOLONG when it does not fit. Every entry of every
 * subsystem takes one: snprintf() was half of the walk's own instructions. */
static int
join(char *buf, size_t size, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la + 1 + lb + 1 > size)
		return -ENAMETOOLONG;
	memcpy(buf, a, la);
	buf[la] = '/';
	memcpy(buf + la + 1, b, lb + 1);
	return 0;
}

static int
scan_entry(struct scan *sc, const char *dir, int dir_fd, const char *entry, const char *const *skip)
{
	char path[PATH_MAX], sub[PATH_MAX], syspath[PATH_MAX];
	const char *base;
	struct stat st;
	ssize_t n;

	if (join(path, sizeof(path), entry, sc->attr) < 0 ||
	    fstatat(dir_fd, path, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode))
		return 0; /* the sysroot walk counts regular files only */
	if (resolve_entry(dir, dir_fd, entry, syspath, sizeof(syspath)) < 0 ||
	    strncmp(syspath, sc->prefix, sc->plen) != 0 || !path_name_is_valid(syspath + sc->plen))
		return 0; /* not below this kind's directory, or a name we refuse */
	/* What makes it a device to libudev and to the walk: uevent, and its subsystem. */
	if (join(path, sizeof(path), entry, "uevent") < 0 || fstatat(dir_fd, path, &st, 0) < 0)
		return 0;
	if (join(path, sizeof(path), entry, "subsystem") < 0)
		return 0;
	n = readlinkat(dir_fd, path, sub, sizeof(sub) - 1);
	if (n < 0)
		return 0;
	sub[n] = '\0';
	base = strrchr(sub, '/');
	if (is_skipped(base ? base + 1 : sub, skip))
		return 0;
	for (size_t i = 0; i < sc->n; i++)
		if (streq(sc->l[i], syspath + sc->plen))
			return 0;
	if (sc->n >= SOURCE_DEVICES_MAX)
		return -E2BIG;
	return strv_push(&sc->l, &sc->n, syspath + sc->plen);
}

/* A directory's names as the device walk keeps them: bounded as strv_sort_dir_fd() bounds them. */
struct listing {
	char **l;
	size_t n;
};

static int
keep_name(struct listing *li, const char *name)
{
	return li->n >= 4096 ? -E2BIG : strv_push(&li->l, &li->n, name);
}

/* One subsystem's directory of devices being scanned; @keep, when not NULL, gets its names. */
struct scan_dir {
	struct scan *sc;
	const char *path;
	const char *const *skip;
	struct listing *keep;
	int keep_r;
};

static int
scan_one(void *userdata, int fd, const char *entry)
{
	struct scan_dir *d = userdata;

	if (d->keep && d->keep_r >= 0)
		d->keep_r = keep_name(d->keep, entry);
	return entry[0] == '.' ? 0 : scan_entry(d->sc, d->path, fd, entry, d->skip);
}

/* The entries of @top/@sub@devices (a subsystem's device list); a missing or unreadable one has
 * none. The list of /sys/bus/acpi/devices is kept whole for udev_list(): the same listing. */
static int
scan_subsystem(struct scan_dir *top, int top_fd, const char *sub)
{
	char dir[PATH_MAX];
	struct listing keep = {0};
	struct scan_dir d = {.sc = top->sc, .path = dir, .skip = top->skip};
	_cleanup_close_ int fd = -1;
	const char *devices = top->sc->devices;
	int r, e;

	if (snprintf(dir, sizeof(dir), "%s/%s%s", top->path, sub, devices) >= (int)sizeof(dir))
		return 0;
	fd = openat(top_fd, dir + strlen(top->path) + 1,
		    O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return 0;
	if (streq(dir + 1, path_kind_dir(PATH_BUS_ACPI_DEVICES)))
		d.keep = &keep;
	r = each_entry(fd, top->sc->buf + SCAN_BUF_SIZE, SCAN_BUF_SIZE, scan_one, &d, &e);
	if (d.keep && r >= 0 && d.keep_r >= 0 && !e && keep.l) {
		strv_sort(keep.l, keep.n);
		strv_free(top->sc->s->acpi_devices);
		top->sc->s->acpi_devices = TAKE_PTR(keep.l);
	}
	strv_free(keep.l);
	return r;
}

static int
scan_top_entry(void *userdata, int fd, const char *sub)
{
	struct scan_dir *top = userdata;

	/* A skipped subsystem's devices are never looked at (thousands of memory blocks). */
	if (sub[0] == '.' || is_skipped(sub, top->skip))
		return 0;
	return scan_subsystem(top, fd, sub);
}

/* @top: "/sys/bus" (devices in <subsystem>/devices) or "/sys/class" (in <subsystem>). */
static int
scan_subsystems(struct scan *sc, const char *top, const char *devices, const char *const *skip)
{
	struct scan_dir d = {.sc = sc, .path = top, .skip = skip};
	_cleanup_close_ int fd = open(top, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
	int e;

	if (fd < 0)
		return 0;
	sc->devices = devices;
	return each_entry(fd, sc->buf, SCAN_BUF_SIZE, scan_top_entry, &d, &e);
}

static int
udev_enumerate_devices(struct source *src, enum path_kind kind, const char *attr,
		       const char *const *skip_subsystems, char ***ret)
{
	_cleanup_free_ char *prefix = NULL;
	struct scan sc = {.s = (struct source_udev *)src, .attr = attr};
	int r;

	if (asprintf(&prefix, "/%s/", path_kind_dir(kind)) < 0)
		return -ENOMEM;
	sc.prefix = prefix;
	sc.plen = strlen(prefix);
	sc.buf = malloc(2 * SCAN_BUF_SIZE);
	if (!sc.buf)
		return -ENOMEM;
	r = scan_subsystems(&sc, "/sys/bus", "/devices", skip_subsystems);
	if (r >= 0)
		r = scan_subsystems(&sc, "/sys/class", "", skip_subsystems);
	free(sc.buf);
	if (r >= 0 && !sc.l && !(sc.l = calloc(1, sizeof(char *))))
		r = -ENOMEM;
	if (r < 0) {
		strv_free(sc.l);
		return r;
	}
	*ret = sc.l;
	return 0;
}

static int
udev_readlink(struct source *src _unused_, enum path_kind kind, const char *name, char **ret)
{
	_cleanup_free_ char *path = NULL;
	char buf[4096];
	ssize_t n;
	int r;

	r = abs_path(kind, name, &path);
	if (r < 0)
		return r;
	n = readlink(path, buf, sizeof(buf) - 1);
	if (n < 0)
		return errno == EINVAL ? -ENOLINK : -errno;
	buf[n] = '\0';
	*ret = strdup(buf);
	return *ret ? 0 : -ENOMEM;
}

/* A device's attribute through its udev_device: "power/wakeup" lives in a directory that is
 * no device of its own, so it cannot be split at its last '/' as sys/power's are. */
static int
udev_read_attr(struct source *src, enum path_kind kind, const char *dev, const char *attr,
	       size_t max, char **ret, size_t *ret_len)
{
	struct source_udev *s = (struct source_udev *)src;
	_cleanup_free_ char *syspath = NULL, *path = NULL;
	int first, r;

	r = abs_path(kind, dev, &syspath);
	if (r < 0)
		return r;
	if (asprintf(&path, "%s/%s", syspath, attr) < 0)
		return -ENOMEM;
	first = check_first(s, kind, syspath, path);
	r = first ? check_regular(path) : 0;
	if (r < 0)
		return r;
	r = device_attr(s, syspath, attr, max, ret, ret_len);
	if (!first && r < 0 && r != -ENOMEM) {
		int c = r == -ENOENT ? r : check_regular(path);

		if (c < 0)
			return c; /* what check_regular() first would have answered */
	}
	/* A directory libudev takes for no device (a tree copied without its subsystem links,
	 * replayed by umockdev) still holds the regular file: read it as the sysroot backend does.
	 */
	if (r < 0 && r != -ENOMEM && r != -EFBIG)
		r = read_raw(path, max, ret, ret_len);
	return r;
}

static void
udev_free(struct source *src)
{
	struct source_udev *s = (struct source_udev *)src;

	pthread_mutex_lock(&udev_lock);
	udev_device_unref(s->dev);
	udev_unref(s->udev);
	pthread_mutex_unlock(&udev_lock);
	free(s->dev_syspath);
	free(s->top_device);
	strv_free(s->acpi_devices);
	for (size_t k = 0; k < _PATH_KIND_MAX; k++)
		if (s->kind_fd[k] >= 0)
			close(s->kind_fd[k]);
	free(s);
}

static const struct source_ops udev_ops = {
	.name = "udev",
	.read = udev_read,
	.file_type = udev_file_type,
	.writable = udev_writable,
	.root_writable = udev_root_writable,
	.list = udev_list,
	.read_stored = udev_read_stored,
	.enumerate = udev_enumerate_devices,
	.readlink = udev_readlink,
	.read_attr = udev_read_attr,
	.free = udev_free,
};

void
source_udev_careful(struct source *src)
{
	struct source_udev *s = (struct source_udev *)src;

	if (!src || src->ops != &udev_ops)
		return;
	for (size_t k = 0; k < _PATH_KIND_MAX; k++) {
		if (s->kind_fd[k] >= 0)
			close(s->kind_fd[k]);
		s->kind_fd[k] = KIND_OTHER;
	}
}

int
source_new_udev(struct source **ret)
{
	struct source_udev *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->src.ops = &udev_ops;
	s->src.live = 1;
	for (size_t k = 0; k < _PATH_KIND_MAX; k++)
		s->kind_fd[k] = KIND_UNSEEN;
	pthread_mutex_lock(&udev_lock);
	s->udev = udev_new();
	pthread_mutex_unlock(&udev_lock);
	if (!s->udev) {
		free(s);
		return -ENOMEM;
	}
	*ret = &s->src;
	return 0;
}
