// SPDX-License-Identifier: GPL-2.0-or-later
/* Test-only LD_PRELOAD shim: faccessat() on /sys looks in $UMOCKDEV_DIR, as umockdev does not. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
