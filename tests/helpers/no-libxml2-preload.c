/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* LD_PRELOAD for tests: dlopen() of libxml2 fails, as on a host where it is not installed. */
#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

/* Visible: the build hides every symbol not marked so, and this one must interpose. */
__attribute__((visibility("default"))) void *
dlopen(const char *file, int mode)
{
	void *(*next)(const char *, int);

	if (file && strstr(file, "libxml2"))
		return NULL;
	next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	return next ? next(file, mode) : NULL;
}
