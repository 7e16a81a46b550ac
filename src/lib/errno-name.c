/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Symbolic errno names through glibc's strerrorname_np(), in both directions. */
#include <errno.h>
#include <string.h>

#include "errno-name.h"
#include "macro.h"

#define ERRNO_MAX 4095

const char *
errno_to_name(int err)
{
	if (err <= 0 || err > ERRNO_MAX)
		return NULL;
	return strerrorname_np(err);
}

int
errno_from_name(const char *name)
{
	if (!name || name[0] != 'E')
		return -EINVAL;
	for (int e = 1; e <= ERRNO_MAX; e++) {
		const char *n = strerrorname_np(e);

		if (n && streq(n, name))
			return e;
	}
	return -EINVAL;
}
