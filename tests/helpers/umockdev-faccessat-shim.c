// SPDX-License-Identifier: GPL-2.0-or-later
/* Test-only LD_PRELOAD shim: faccessat() on /sys looks in $UMOCKDEV_DIR, as umockdev does not;
 * and the few files outside /sys and /proc that pmprobe reads are taken from there too. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* dash's `test -r/-w/-x` calls faccessat(AT_FDCWD, path, mode, AT_EACCESS); glibc turns it into
 * the faccessat2 syscall, which umockdev 0.17's preload (access, stat, open, ...) leaves alone. */
int
faccessat(int dirfd, const char *path, int mode, int flags)
{
	static int (*real)(int, const char *, int, int);
	const char *root = getenv("UMOCKDEV_DIR");
	char buf[PATH_MAX];

	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "faccessat");
	if (!real) {
		errno = ENOSYS;
		return -1;
	}
	if (root && (strcmp(path, "/sys") == 0 || strncmp(path, "/sys/", 5) == 0)) {
		int n = snprintf(buf, sizeof(buf), "%s%s", root, path);

		if (n < 0 || (size_t)n >= sizeof(buf)) {
			errno = ENAMETOOLONG; /* never fall back to the host's path */
			return -1;
		}
		path = buf;
	}
	return real(dirfd, path, mode, flags);
}

/* umockdev replays /sys and /proc only; pmprobe also reads a few files outside them to tell how
 * a host resumes without resume= (doc/policies.md). These are looked up in $UMOCKDEV_DIR too, so
 * the live path reads the tree's files and never the host's. Nothing else is redirected: the
 * program's own libraries live elsewhere below /usr/lib. */
static const char *const tree_prefixes[] = {
	"/etc/initramfs-tools",
	"/etc/dracut.conf",
	"/etc/mkinitcpio.conf",
	"/usr/lib/systemd",
	"/usr/lib64/systemd",
	"/usr/lib/x86_64-linux-gnu/systemd",
	"/usr/lib/aarch64-linux-gnu/systemd",
	"/usr/lib/i386-linux-gnu/systemd",
	"/usr/lib/arm-linux-gnueabihf/systemd",
	"/usr/lib/powerpc64le-linux-gnu/systemd",
	"/usr/lib/s390x-linux-gnu/systemd",
	"/usr/lib/riscv64-linux-gnu/systemd",
};

/* Returns: @path, or its place in $UMOCKDEV_DIR (in @buf), or NULL (errno set). */
static const char *
tree_path(const char *path, char *buf, size_t size)
{
	const char *root = getenv("UMOCKDEV_DIR");

	if (!root || !path)
		return path;
	for (size_t i = 0; i < sizeof(tree_prefixes) / sizeof(tree_prefixes[0]); i++) {
		size_t n = strlen(tree_prefixes[i]);
		int len;

		if (strncmp(path, tree_prefixes[i], n) != 0 || (path[n] != '\0' && path[n] != '/'))
			continue;
		len = snprintf(buf, size, "%s%s", root, path);
		if (len < 0 || (size_t)len >= size) {
			errno = ENAMETOOLONG;
			return NULL;
		}
		return buf;
	}
	return path;
}

#define NEXT(type, name, args)                                                                     \
	static type(*real) args;                                                                   \
	if (!real)                                                                                 \
		*(void **)&real = dlsym(RTLD_NEXT, name);                                          \
	if (!real) {                                                                               \
		errno = ENOSYS;                                                                    \
		return fail;                                                                       \
	}

/* open() and open64() alike: @real is the next one of that name. */
static int
open_in_tree(int (*real)(const char *, int, ...), const char *path, int flags, va_list ap)
{
	char buf[PATH_MAX];
	mode_t mode = (flags & (O_CREAT | O_TMPFILE)) ? va_arg(ap, mode_t) : 0;

	if (!real) {
		errno = ENOSYS;
		return -1;
	}
	path = tree_path(path, buf, sizeof(buf));
	return path ? real(path, flags, mode) : -1;
}

/* open() and open64(): one definition each, the same body. */
#define OPEN_IN_TREE(fn)                                                                           \
	int fn(const char *path, int flags, ...)                                                   \
	{                                                                                          \
		static int (*real)(const char *, int, ...);                                        \
		va_list ap;                                                                        \
		int r;                                                                             \
                                                                                                   \
		if (!real)                                                                         \
			*(void **)&real = dlsym(RTLD_NEXT, #fn);                                   \
		va_start(ap, flags);                                                               \
		r = open_in_tree(real, path, flags, ap);                                           \
		va_end(ap);                                                                        \
		return r;                                                                          \
	}

OPEN_IN_TREE(open)
OPEN_IN_TREE(open64)

int
stat64(const char *path, struct stat64 *st)
{
	char buf[PATH_MAX];
	const int fail = -1;

	NEXT(int, "stat64", (const char *, struct stat64 *));
	path = tree_path(path, buf, sizeof(buf));
	return path ? real(path, st) : -1;
}

DIR *
opendir(const char *path)
{
	char buf[PATH_MAX];
	DIR *const fail = NULL;

	NEXT(DIR *, "opendir", (const char *));
	path = tree_path(path, buf, sizeof(buf));
	return path ? real(path) : NULL;
}

int
stat(const char *path, struct stat *st)
{
	char buf[PATH_MAX];
	const int fail = -1;

	NEXT(int, "stat", (const char *, struct stat *));
	path = tree_path(path, buf, sizeof(buf));
	return path ? real(path, st) : -1;
}

ssize_t
readlink(const char *path, char *out, size_t size)
{
	char buf[PATH_MAX];
	const ssize_t fail = -1;

	NEXT(ssize_t, "readlink", (const char *, char *, size_t));
	path = tree_path(path, buf, sizeof(buf));
	return path ? real(path, out, size) : -1;
}
