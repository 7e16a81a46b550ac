/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Loading a library on demand as a table of its functions (libxml2, libkmod): one loader. */
#pragma once

#include <stddef.h>

/* A table is a struct whose first member is `void *handle`, then one pointer per function of an
 * X-macro list, each declared with DLOPEN_POINTER (typed as the library's header declares it):
 *	struct xml_api { void *handle; XML_API_FUNCTIONS(DLOPEN_POINTER) };
 * and opened with the list of its symbols, DLOPEN_SYM(api, name) each. */
#define DLOPEN_POINTER(name) __typeof__(name) *name;
#define DLOPEN_SYM(api, name) {#name, (void **)&(api)->name},

struct dlopen_sym {
	const char *name;
	void **ptr;
};

/* Loads @soname and resolves each of @syms into its pointer. The library stays loaded once
 * loaded (RTLD_NODELETE): a later open costs a reference count, not a load.
 * Returns: 0 with *@handle set, or -ENOTSUP when it cannot be loaded or lacks one of @syms;
 * then *@handle and every pointer are NULL. */
int dlopen_many(void **handle, const char *soname, const struct dlopen_sym *syms, size_t n);
/* Drops the reference dlopen_many() took, if any. */
void dlopen_close(void **handle);
