/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the kernel's modules know of a platform driver, through libkmod. Built into
 * libpmprobe.so only (never pm-is-supported): the core reaches it as a weak symbol. libkmod is
 * loaded with dlopen() when a lookup is needed, as libxml2 is for XML: linking it mapped
 * libcrypto, libzstd and liblzma into every program and slowed every start of `pmprobe`. */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include <libkmod.h>

#include "dlopen-util.h"
#include "macro.h"
#include "probe.h"

#define KMOD_SONAME "libkmod.so.2"

#define KMOD_API_FUNCTIONS(X)                                                                      \
	X(kmod_new)                                                                                \
	X(kmod_unref)                                                                              \
	X(kmod_set_log_fn)                                                                         \
	X(kmod_load_resources)                                                                     \
	X(kmod_list_next)                                                                          \
	X(kmod_module_new_from_lookup)                                                             \
	X(kmod_module_new_from_name)                                                               \
	X(kmod_module_get_module)                                                                  \
	X(kmod_module_get_name)                                                                    \
	X(kmod_module_get_path)                                                                    \
	X(kmod_module_get_initstate)                                                               \
	X(kmod_module_unref)                                                                       \
	X(kmod_module_unref_list)

/* One member per function, typed as libkmod.h declares it. */
struct kmod_api {
	void *handle;
	KMOD_API_FUNCTIONS(DLOPEN_POINTER)
};

static void
kmod_api_close(struct kmod_api *api)
{
	dlopen_close(&api->handle);
	memset(api, 0, sizeof(*api));
}

/* Returns: 0, or -ENOTSUP when libkmod cannot be loaded or lacks a function. */
static int
kmod_api_open(struct kmod_api *api)
{
#define KMOD_API_SYM(name) DLOPEN_SYM(api, name)
	const struct dlopen_sym syms[] = {KMOD_API_FUNCTIONS(KMOD_API_SYM)};
#undef KMOD_API_SYM

	memset(api, 0, sizeof(*api));
	return dlopen_many(&api->handle, KMOD_SONAME, syms, ELEMENTSOF(syms));
}

static void
kmod_quiet(void *data _unused_, int priority _unused_, const char *file _unused_, int line _unused_,
	   const char *fn _unused_, const char *format _unused_, va_list args _unused_)
{
}

/* A module in the indexes: loadable when it has a file, else built in (modules.builtin). */
static int
lookup_index(const struct kmod_api *k, struct kmod_ctx *ctx, const char *name,
	     enum module_state *ret)
{
	struct kmod_list *list = NULL;
	int r;

	r = k->kmod_module_new_from_lookup(ctx, name, &list);
	if (r < 0)
		return r;
	*ret = MODULE_ABSENT;
	for (struct kmod_list *l = list; l; l = k->kmod_list_next(list, l)) {
		struct kmod_module *mod = k->kmod_module_get_module(l);

		if (streq(k->kmod_module_get_name(mod), name))
			*ret = k->kmod_module_get_path(mod) ? MODULE_LOADABLE : MODULE_BUILTIN;
		k->kmod_module_unref(mod);
	}
	k->kmod_module_unref_list(list);
	return 0;
}

/* The running kernel's answer: libkmod reads /sys/module/<name> itself. It says "coming" for a
 * directory without initstate that modules.builtin does not list (built-in code with
 * parameters on a host without the index): that is no answer. Returns: 1 answered, 0 not. */
static int
lookup_loaded(const struct kmod_api *k, struct kmod_ctx *ctx, const char *name,
	      enum module_state *ret)
{
	struct kmod_module *mod = NULL;
	int r, state;

	r = k->kmod_module_new_from_name(ctx, name, &mod);
	if (r < 0)
		return r;
	state = k->kmod_module_get_initstate(mod);
	k->kmod_module_unref(mod);
	if (state == KMOD_MODULE_LIVE)
		*ret = MODULE_LOADED;
	else if (state == KMOD_MODULE_BUILTIN)
		*ret = MODULE_BUILTIN;
	else
		return 0;
	return 1;
}

static int
kmod_lookup_module(const struct kmod_api *k, const char *modules_dir, const char *name,
		   enum module_state *ret)
{
	struct kmod_ctx *ctx = k->kmod_new(modules_dir, NULL);
	int r;

	if (!ctx)
		return -ENOMEM;
	k->kmod_set_log_fn(ctx, kmod_quiet, NULL);
	r = modules_dir ? 0 : lookup_loaded(k, ctx, name, ret);
	/* No index (no lib/modules/<release>, as in a VM booted without modules): libkmod cannot
	 * tell loadable from absent, so it does not answer. */
	if (r == 0)
		r = k->kmod_load_resources(ctx) < 0 ? -ENOENT : lookup_index(k, ctx, name, ret);
	k->kmod_unref(ctx);
	return r;
}

int
probe_kmod_lookup(const char *modules_dir, const char *name, enum module_state *ret)
{
	_cleanup_(kmod_api_close) struct kmod_api k;
	int r = kmod_api_open(&k);

	return r < 0 ? r : kmod_lookup_module(&k, modules_dir, name, ret);
}
