/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the kernel's modules know of a platform driver, through libkmod. Linked into
 * libpmprobe.so only (never pm-is-supported): the core reaches it as a weak symbol. */
#include <errno.h>
#include <stdarg.h>

#include <libkmod.h>

#include "macro.h"
#include "probe.h"

static void
kmod_quiet(void *data _unused_, int priority _unused_, const char *file _unused_, int line _unused_,
	   const char *fn _unused_, const char *format _unused_, va_list args _unused_)
{
}

static void
kmod_unrefp(struct kmod_ctx **ctx)
{
	kmod_unref(*ctx);
}

/* A module in the indexes: loadable when it has a file, else built in (modules.builtin). */
static int
lookup_index(struct kmod_ctx *ctx, const char *name, enum module_state *ret)
{
	struct kmod_list *list = NULL, *l;
	int r;

	r = kmod_module_new_from_lookup(ctx, name, &list);
	if (r < 0)
		return r;
	*ret = MODULE_ABSENT;
	kmod_list_foreach(l, list)
	{
		struct kmod_module *mod = kmod_module_get_module(l);

		if (streq(kmod_module_get_name(mod), name))
			*ret = kmod_module_get_path(mod) ? MODULE_LOADABLE : MODULE_BUILTIN;
		kmod_module_unref(mod);
	}
	kmod_module_unref_list(list);
	return 0;
}

/* The running kernel's answer: libkmod reads /sys/module/<name> itself. It says "coming" for a
 * directory without initstate that modules.builtin does not list (built-in code with
 * parameters on a host without the index): that is no answer. Returns: 1 answered, 0 not. */
static int
lookup_loaded(struct kmod_ctx *ctx, const char *name, enum module_state *ret)
{
	struct kmod_module *mod = NULL;
	int r, state;

	r = kmod_module_new_from_name(ctx, name, &mod);
	if (r < 0)
		return r;
	state = kmod_module_get_initstate(mod);
	kmod_module_unref(mod);
	if (state == KMOD_MODULE_LIVE)
		*ret = MODULE_LOADED;
	else if (state == KMOD_MODULE_BUILTIN)
		*ret = MODULE_BUILTIN;
	else
		return 0;
	return 1;
}

int
probe_kmod_lookup(const char *modules_dir, const char *name, enum module_state *ret)
{
	_cleanup_(kmod_unrefp) struct kmod_ctx *ctx = kmod_new(modules_dir, NULL);
	int r;

	if (!ctx)
		return -ENOMEM;
	kmod_set_log_fn(ctx, kmod_quiet, NULL);
	if (!modules_dir) {
		r = lookup_loaded(ctx, name, ret);
		if (r != 0)
			return r;
	}
	/* No index (no lib/modules/<release>, as in a VM booted without modules): libkmod cannot
	 * tell loadable from absent, so it does not answer. */
	if (kmod_load_resources(ctx) < 0)
		return -ENOENT;
	return lookup_index(ctx, name, ret);
}
