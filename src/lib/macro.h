/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Small helpers shared by the library's files: cleanup attributes, ownership hand-off, export. */
#pragma once

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PMP_EXPORT __attribute__((visibility("default")))
#define _cleanup_(f) __attribute__((cleanup(f)))
#define _printf_(a, b) __attribute__((format(printf, a, b)))
#define _nonnull_ __attribute__((nonnull))
#define _unused_ __attribute__((unused))

#define ELEMENTSOF(x) (sizeof(x) / sizeof((x)[0]))

static inline void
freep(void *p)
{
	free(*(void **)p);
}
#define _cleanup_free_ _cleanup_(freep)

static inline void
closep(int *fd)
{
	if (*fd >= 0)
		close(*fd);
}
#define _cleanup_close_ _cleanup_(closep)

/* Takes the value out of a cleanup variable, so the caller becomes its owner. */
#define TAKE_PTR(p)                                                                                \
	({                                                                                         \
		__typeof__(p) _p = (p);                                                            \
		(p) = NULL;                                                                        \
		_p;                                                                                \
	})

#define TAKE_FD(fd)                                                                                \
	({                                                                                         \
		int _fd = (fd);                                                                    \
		(fd) = -1;                                                                         \
		_fd;                                                                               \
	})

static inline int
streq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static inline int
has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Public entry points validate their arguments this way and return an error, never abort. */
#define assert_return(expr, r)                                                                     \
	do {                                                                                       \
		if (!(expr))                                                                       \
			return (r);                                                                \
	} while (0)
