/* SPDX-License-Identifier: GPL-2.0-or-later */
/* LD_PRELOAD canary: a bug simulated after the programs sandbox themselves, at exit it tries to
 * change the file system below $READONLY_CANARY and says on stderr what the kernel answered. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#endif

static void
say(const char *what, const char *dir, const char *name, int r)
{
	fprintf(stderr, "canary: %s %s/%s: %s\n", what, dir, name,
		r < 0 ? strerror(errno) : "done");
}

static void
attempt(const char *dir)
{
	char path[4096], other[4096];
	int fd;

	snprintf(path, sizeof(path), "%s/new-file", dir);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	say("create", dir, "new-file", fd);
	if (fd >= 0)
		close(fd);
	snprintf(path, sizeof(path), "%s/victim", dir);
	fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
	say("write", dir, "victim", fd < 0 ? -1 : (int)write(fd, "x", 1));
	if (fd >= 0)
		close(fd);
	snprintf(path, sizeof(path), "%s/new-dir", dir);
	say("mkdir", dir, "new-dir", mkdir(path, 0755));
	snprintf(path, sizeof(path), "%s/new-link", dir);
	say("symlink", dir, "new-link", symlink("victim", path));
	snprintf(path, sizeof(path), "%s/victim", dir);
	snprintf(other, sizeof(other), "%s/renamed", dir);
	say("rename", dir, "victim", rename(path, other));
	say("unlink", dir, "victim", unlink(path));
}

__attribute__((destructor)) static void
canary(void)
{
	const char *outside = getenv("READONLY_CANARY"), *inside = getenv("READONLY_CANARY_INSIDE");
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, 1U);

	if (!outside)
		return;
	fprintf(stderr, "canary: landlock abi %ld\n", abi < 0 ? 0 : abi);
	attempt(outside);
	if (inside) {
		char path[4096];
		int fd;

		snprintf(path, sizeof(path), "%s/canary", inside);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
		say("create inside", inside, "canary", fd);
		if (fd >= 0)
			close(fd);
	}
}
