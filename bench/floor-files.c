/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Benchmark floor 2: touches the files the drop-in touches, each the cheapest way, and no more. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* floor-files.h, written by bench/run from an strace of pm-is-supported, defines FLOOR_OPS as
 * { 'r', "/sys/power/state" }, ...: r reads the file to its end, d lists a directory, s is
 * stat(), l lstat(), w access(W_OK). */
#include "floor-files.h"

static const struct {
	char op;
	const char *path;
} ops[] = { FLOOR_OPS };

int
main(void)
{
	char buf[4096];
	unsigned ok = 0;

	for (unsigned i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		const char *p = ops[i].path;
		struct stat st;
		DIR *d;
		int fd;

		switch (ops[i].op) {
		case 'r':
			fd = open(p, O_RDONLY | O_CLOEXEC);
			if (fd < 0)
				break;
			while (read(fd, buf, sizeof(buf)) > 0)
				;
			close(fd);
			ok++;
			break;
		case 'd':
			d = opendir(p);
			if (!d)
				break;
			while (readdir(d))
				;
			closedir(d);
			ok++;
			break;
		case 's':
			ok += stat(p, &st) == 0;
			break;
		case 'l':
			ok += lstat(p, &st) == 0;
			break;
		case 'w':
			ok += access(p, W_OK) == 0;
			break;
		default:
			break;
		}
	}
	return ok == 0;
}
