/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading an open file whole, within a bound, and the text shape every source returns. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "macro.h"

/* A read of what is left of a file: one bounded read into @buf of @size bytes. */
static ssize_t
read_some(int fd, char *buf, size_t size)
{
	ssize_t n;

	do
		n = read(fd, buf, size);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : n;
}

int
read_fd_sized(int fd, size_t size, size_t max, char **ret, size_t *ret_len)
{
	char first[4096];
	_cleanup_free_ char *buf = NULL;
	size_t len = 0, alloc;
	ssize_t n;
	int done = 0;

	/* A read that gives fewer bytes than asked and as many as fstat() said is at the end: no
	 * second read. A file sysfs or procfs sizes otherwise (4096, 0) is read on to read()'s
	 * end. What fits the stack is read there and copied at its length. */
	if (size < sizeof(first)) {
		size_t want = max < sizeof(first) ? max + 1 : sizeof(first);

		n = read_some(fd, first, want);
		if (n < 0)
			return (int)n;
		len = (size_t)n;
		done = len == 0 || (len < want && len == size);
		alloc = done ? len : 2 * sizeof(first);
	} else {
		alloc = (size < max ? size : max) + 1; /* a byte more: a short read shows the end */
	}
	if (len > max)
		return -EFBIG;
	buf = malloc(alloc + 1);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, first, len);
	while (!done) {
		if (len == alloc) {
			char *p;

			if (alloc > max)
				return -EFBIG;
			alloc *= 2;
			p = realloc(buf, alloc + 1);
			if (!p)
				return -ENOMEM;
			buf = p;
		}
		n = read_some(fd, buf + len, alloc - len);
		if (n < 0)
			return (int)n;
		len += (size_t)n;
		done = n == 0 || (len == size && len < alloc);
	}
	if (len > max)
		return -EFBIG;
	buf[len] = '\0';
	*ret_len = len;
	*ret = TAKE_PTR(buf);
	return 0;
}

int
read_fd_bounded(int fd, size_t max, char **ret, size_t *ret_len)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return -errno;
	if (S_ISDIR(st.st_mode))
		return -EISDIR;
	if (!S_ISREG(st.st_mode))
		return -EINVAL; /* FIFOs, sockets, devices: never block on them */
	return read_fd_sized(fd, (size_t)st.st_size, max, ret, ret_len);
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
