/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading an open file whole, within a bound, and the text shape every source returns. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "macro.h"

int
read_fd_bounded(int fd, size_t max, char **ret, size_t *ret_len)
{
	struct stat st;
	size_t size = 0, alloc = 4096;
	_cleanup_free_ char *buf = NULL;

	if (fstat(fd, &st) < 0)
		return -errno;
	if (S_ISDIR(st.st_mode))
		return -EISDIR;
	if (!S_ISREG(st.st_mode))
		return -EINVAL; /* FIFOs, sockets, devices: never block on them */
	buf = malloc(alloc + 1);
	if (!buf)
		return -ENOMEM;
	for (;;) {
		ssize_t n;

		if (size == alloc) {
			char *p;

			if (alloc > max)
				return -EFBIG;
			alloc *= 2;
			p = realloc(buf, alloc + 1);
			if (!p)
				return -ENOMEM;
			buf = p;
		}
		n = read(fd, buf + size, alloc - size);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			break;
		size += (size_t)n;
	}
	if (size > max)
		return -EFBIG;
	buf[size] = '\0';
	*ret_len = size;
	*ret = TAKE_PTR(buf);
	return 0;
}

void
text_strip(char *s, size_t *len)
{
	size_t n = strnlen(s, *len);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	s[n] = '\0';
	*len = n;
}
