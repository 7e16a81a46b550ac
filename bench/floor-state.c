/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Benchmark floor 1: the least a program can do to answer, open and read /sys/power/state. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <unistd.h>

int
main(void)
{
	char buf[4096];
	int fd = open("/sys/power/state", O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return 1;
	n = read(fd, buf, sizeof(buf));
	close(fd);
	return n < 0;
}
