/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The standard streams of both programs: descriptors 0 to 2 held, stdout's errors told at exit. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tool-output.h"

void
tool_hold_std_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		int held;

		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		/* The lowest free descriptor is @fd: /dev/null, read-only, so that writes still
		 * fail (EBADF) and are told by tool_close_stdout(). */
		held = open("/dev/null", O_RDONLY | O_NOCTTY);
		if (held >= 0 && held != fd)
			close(held);
	}
}

int
tool_close_stdout(const char *prog, int status)
{
	int err = fflush(stdout) != 0 ? errno : 0;

	if (ferror(stdout) && !err)
		err = EIO; /* an earlier write failed; its errno is gone */
	if (fclose(stdout) != 0 && !err)
		err = errno;
	if (!err)
		return status;
	fprintf(stderr, "%s: cannot write to standard output: %s\n", prog, strerror(err));
	return TOOL_EXIT_OUTPUT;
}
