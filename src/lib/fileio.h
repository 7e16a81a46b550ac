/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading an open file whole, within a bound, and the text shape every source returns. */
#pragma once

#include <stddef.h>

/* Reads the regular file @fd is open on to its end into a new NUL-terminated buffer.
 * Returns: 0; -EFBIG beyond @max bytes, -EISDIR, -EINVAL (not a regular file: never blocks on
 * a FIFO or device), -ENOMEM or -errno. */
int read_fd_bounded(int fd, size_t max, char **ret, size_t *ret_len);
/* The same for a caller that checked the file's type itself: @size, what fstat() said, lets a
 * small file be read with one read() into the stack and copied at its length. */
int read_fd_sized(int fd, size_t size, size_t max, char **ret, size_t *ret_len);
/* Cuts @s at its first NUL within *@len and strips trailing newlines and carriage returns, as
 * libudev returns sysfs attributes; *@len becomes the new length. */
void text_strip(char *s, size_t *len);
