/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Self-sandboxing of both programs with Landlock: no writes, but below record's directory. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sandbox.h"

/* The kernel's ABI (linux/landlock.h), spelled out: Debian 12's headers stop at version 2. */
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif
#define LL_CREATE_RULESET_VERSION (1U << 0)
#define LL_RULE_PATH_BENEATH 1
#define LL_FS_WRITE_FILE (1ULL << 1)
#define LL_FS_REMOVE_DIR (1ULL << 4)
#define LL_FS_REMOVE_FILE (1ULL << 5)
#define LL_FS_MAKE_CHAR (1ULL << 6)
#define LL_FS_MAKE_DIR (1ULL << 7)
#define LL_FS_MAKE_REG (1ULL << 8)
#define LL_FS_MAKE_SOCK (1ULL << 9)
#define LL_FS_MAKE_FIFO (1ULL << 10)
#define LL_FS_MAKE_BLOCK (1ULL << 11)
#define LL_FS_MAKE_SYM (1ULL << 12)
#define LL_FS_REFER (1ULL << 13)    /* ABI 2 */
#define LL_FS_TRUNCATE (1ULL << 14) /* ABI 3 */
#define LL_NET_BIND_TCP (1ULL << 0) /* ABI 4 */
#define LL_NET_CONNECT_TCP (1ULL << 1)

struct ll_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net; /* ABI 4: older kernels are given the first field only */
};

struct ll_path_beneath_attr {
	uint64_t allowed_access;
	int32_t parent_fd;
} __attribute__((packed));

/* Gives @dir the rule that allows @allowed below it. Returns: 1 given, 0 no rule (@dir cannot be
 * opened: the writer meets the same error), or -errno. */
static int
add_beneath(int ruleset, const char *dir, uint64_t allowed)
{
	struct ll_path_beneath_attr beneath = {.allowed_access = allowed};
	int r;

	beneath.parent_fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (beneath.parent_fd < 0)
		return 0;
	r = (int)syscall(SYS_landlock_add_rule, ruleset, LL_RULE_PATH_BENEATH, &beneath, 0);
	r = r < 0 ? -errno : 1;
	close(beneath.parent_fd);
	return r;
}

/* Returns: a ruleset fd, or -errno; *@ret_beneath: how many of @dirs have their rule. With
 * @create, a missing directory is made first, as pmprobe_record() would, so that the rule has an
 * inode to hold. */
static int
make_ruleset(int abi, const char *const *dirs, int n_dirs, uint64_t allowed, int create,
	     int *ret_beneath)
{
	struct ll_ruleset_attr attr = {
		.handled_access_fs = LL_FS_WRITE_FILE | LL_FS_REMOVE_DIR | LL_FS_REMOVE_FILE |
				     LL_FS_MAKE_CHAR | LL_FS_MAKE_DIR | LL_FS_MAKE_REG |
				     LL_FS_MAKE_SOCK | LL_FS_MAKE_FIFO | LL_FS_MAKE_BLOCK |
				     LL_FS_MAKE_SYM,
	};
	size_t size = sizeof(attr.handled_access_fs);
	int fd;

	if (abi >= 2)
		attr.handled_access_fs |= LL_FS_REFER;
	if (abi >= 3)
		attr.handled_access_fs |= LL_FS_TRUNCATE;
	if (abi >= 4) {
		attr.handled_access_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP;
		size = sizeof(attr);
	}
	fd = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
	if (fd < 0)
		return -errno;
	for (int i = 0; i < n_dirs; i++) {
		int r;

		if (create && mkdir(dirs[i], 0755) < 0 && errno != EEXIST)
			continue;
		r = add_beneath(fd, dirs[i], allowed);
		if (r < 0) {
			close(fd);
			return r;
		}
		*ret_beneath += r;
	}
	return fd;
}

/* Restricts this process to writes below @dirs (none: no writes at all). */
static int
sandbox(const char *prog, const char *const *dirs, int n_dirs, uint64_t allowed, int create)
{
	const char *debug = secure_getenv("PMPROBE_DEBUG");
	int abi, fd, beneath = 0, r = 0;

	abi = (int)syscall(SYS_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
	if (abi < 1) {
		abi = 0;
		goto out;
	}
	fd = make_ruleset(abi, dirs, n_dirs, allowed, create, &beneath);
	if (fd < 0) {
		r = fd;
		goto out;
	}
	/* Required unless CAP_SYS_ADMIN; neither program runs another one. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    syscall(SYS_landlock_restrict_self, fd, 0) < 0)
		r = -errno;
	close(fd);
out:
	if (debug && !strcmp(debug, "1")) {
		if (r < 0)
			fprintf(stderr, "%s: no sandbox: Landlock failed: %s\n", prog,
				strerror(-r));
		else if (abi == 0)
			fprintf(stderr, "%s: no sandbox: this kernel has no Landlock\n", prog);
		else if (beneath == 1 && n_dirs == 1)
			fprintf(stderr, "%s: sandbox: Landlock ABI %d, no writes but below '%s'\n",
				prog, abi, dirs[0]);
		else if (beneath)
			fprintf(stderr,
				"%s: sandbox: Landlock ABI %d, no writes but below %d trees\n",
				prog, abi, beneath);
		else
			fprintf(stderr, "%s: sandbox: Landlock ABI %d, no writes\n", prog, abi);
	}
	return r < 0 ? r : abi;
}

int
tool_sandbox(const char *prog, const char *writable_dir)
{
	return sandbox(prog, &writable_dir, writable_dir ? 1 : 0,
		       LL_FS_WRITE_FILE | LL_FS_MAKE_DIR | LL_FS_MAKE_REG | LL_FS_MAKE_SYM, 1);
}

int
tool_sandbox_trees(const char *prog, const char *const *roots, int n_roots)
{
	/* A new EXPECTED beside the old one, renamed over it (same directory: no REFER). */
	return sandbox(prog, roots, n_roots, LL_FS_WRITE_FILE | LL_FS_MAKE_REG | LL_FS_REMOVE_FILE,
		       0);
}
