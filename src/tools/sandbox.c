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

/* Returns: a ruleset fd, or -errno; *@ret_beneath: whether @writable_dir has its rule. */
static int
make_ruleset(int abi, const char *writable_dir, int *ret_beneath)
{
	struct ll_ruleset_attr attr = {
		.handled_access_fs = LL_FS_WRITE_FILE | LL_FS_REMOVE_DIR | LL_FS_REMOVE_FILE |
				     LL_FS_MAKE_CHAR | LL_FS_MAKE_DIR | LL_FS_MAKE_REG |
				     LL_FS_MAKE_SOCK | LL_FS_MAKE_FIFO | LL_FS_MAKE_BLOCK |
				     LL_FS_MAKE_SYM,
	};
	size_t size = sizeof(attr.handled_access_fs);
	struct ll_path_beneath_attr beneath = {
		.allowed_access =
			LL_FS_WRITE_FILE | LL_FS_MAKE_DIR | LL_FS_MAKE_REG | LL_FS_MAKE_SYM,
	};
	int fd, r;

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
	if (!writable_dir)
		return fd;
	/* A missing directory is made here, as pmprobe_record() would, so that the rule has an
	 * inode to hold; where that fails, no rule: pmprobe_record() meets the same error. */
	if (mkdir(writable_dir, 0755) < 0 && errno != EEXIST)
		return fd;
	beneath.parent_fd = open(writable_dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (beneath.parent_fd < 0)
		return fd;
	r = (int)syscall(SYS_landlock_add_rule, fd, LL_RULE_PATH_BENEATH, &beneath, 0);
	if (r < 0)
		r = -errno;
	close(beneath.parent_fd);
	if (r < 0) {
		close(fd);
		return r;
	}
	*ret_beneath = 1;
	return fd;
}

int
tool_sandbox(const char *prog, const char *writable_dir)
{
	const char *debug = secure_getenv("PMPROBE_DEBUG");
	int abi, fd, beneath = 0, r = 0;

	abi = (int)syscall(SYS_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
	if (abi < 1) {
		abi = 0;
		goto out;
	}
	fd = make_ruleset(abi, writable_dir, &beneath);
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
		else
			fprintf(stderr, "%s: sandbox: Landlock ABI %d, no writes%s%s%s\n", prog,
				abi, beneath ? " but below '" : "", beneath ? writable_dir : "",
				beneath ? "'" : "");
	}
	return r < 0 ? r : abi;
}
