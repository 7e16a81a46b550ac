/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Loading a library on demand as a table of its functions (libxml2, libkmod): one loader. */
#include <dlfcn.h>
#include <errno.h>

#include "dlopen-util.h"

int
dlopen_many(void **handle, const char *soname, const struct dlopen_sym *syms, size_t n)
{
	size_t missing = 0;

	/* RTLD_NODELETE also because libxml2 keeps per-thread state with a destructor in its own
	 * code, which a thread that wrote XML runs when it exits, after our dlclose(). */
	*handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
	for (size_t i = 0; i < n; i++) {
		*syms[i].ptr = *handle ? dlsym(*handle, syms[i].name) : NULL;
		missing += !*syms[i].ptr;
	}
	if (!*handle)
		return -ENOTSUP;
	if (missing) {
		for (size_t i = 0; i < n; i++)
			*syms[i].ptr = NULL;
		dlopen_close(handle);
		return -ENOTSUP;
	}
	return 0;
}

void
dlopen_close(void **handle)
{
	if (*handle)
		dlclose(*handle);
	*handle = NULL;
}
