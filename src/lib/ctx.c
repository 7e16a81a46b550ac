/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The library context: where to read, which policy, where log lines go; and the probe. */
#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>

#include <pmprobe/pmprobe.h>

#include "ctx.h"
#include "log.h"
#include "macro.h"
#include "manifest.h"
#include "probe.h"
#include "report.h"
#include "source.h"
#include "verdict.h"

PMP_EXPORT int
pmprobe_new(struct pmprobe_ctx **ret, const char *sysroot)
{
	struct pmprobe_ctx *ctx;
	const char *debug;

	assert_return(ret, -EINVAL);
	assert_return(!sysroot || sysroot[0], -EINVAL);
	if (sysroot) {
		struct stat st;

		/* Documented: an unusable sysroot fails here, not at the first probe. */
		if (stat(sysroot, &st) < 0)
			return -errno;
		if (!S_ISDIR(st.st_mode))
			return -ENOTDIR;
	}
	ctx = calloc(1, sizeof(*ctx));
	if (!ctx)
		return -ENOMEM;
	ctx->refcount = 1;
	ctx->targets = PMPROBE_TARGETS_ALL;
	ctx->sections = PMPROBE_SECTIONS_ALL;
	ctx->log_priority = LOG_ERR;
	debug = secure_getenv("PMPROBE_DEBUG");
	if (debug && streq(debug, "1")) {
		ctx->log_fn = pmp_log_stderr;
		ctx->log_priority = LOG_DEBUG;
	}
	if (sysroot) {
		ctx->sysroot = strdup(sysroot);
		if (!ctx->sysroot) {
			free(ctx);
			return -ENOMEM;
		}
	}
	*ret = ctx;
	return 0;
}

PMP_EXPORT struct pmprobe_ctx *
pmprobe_ref(struct pmprobe_ctx *ctx)
{
	if (ctx)
		ctx->refcount++;
	return ctx;
}

PMP_EXPORT struct pmprobe_ctx *
pmprobe_unref(struct pmprobe_ctx *ctx)
{
	if (ctx && --ctx->refcount == 0) {
		source_free(ctx->tree_src);
		free(ctx->sysroot);
		free(ctx);
	}
	return NULL;
}

PMP_EXPORT void
pmprobe_set_log_fn(struct pmprobe_ctx *ctx, pmprobe_log_fn fn, void *userdata)
{
	if (!ctx)
		return;
	ctx->log_fn = fn;
	ctx->log_data = userdata;
}

PMP_EXPORT void
pmprobe_set_log_priority(struct pmprobe_ctx *ctx, int priority)
{
	if (ctx)
		ctx->log_priority = priority;
}

PMP_EXPORT int
pmprobe_get_log_priority(const struct pmprobe_ctx *ctx)
{
	return ctx ? ctx->log_priority : -EINVAL;
}

PMP_EXPORT int
pmprobe_set_policy(struct pmprobe_ctx *ctx, enum pmprobe_policy policy)
{
	assert_return(ctx, -EINVAL);
	assert_return((unsigned)policy < _PMPROBE_POLICY_MAX, -EINVAL);
	ctx->policy = policy;
	return 0;
}

PMP_EXPORT enum pmprobe_policy
pmprobe_get_policy(const struct pmprobe_ctx *ctx)
{
	return ctx ? ctx->policy : PMPROBE_POLICY_FEASIBLE;
}

PMP_EXPORT const char *
pmprobe_get_sysroot(const struct pmprobe_ctx *ctx)
{
	return ctx ? ctx->sysroot : NULL;
}

int
ctx_open_source(struct pmprobe_ctx *ctx, struct source **ret)
{
	int r;

	if (ctx->sysroot)
		r = source_new_sysroot(ctx->sysroot, ret);
	else
		r = source_new_udev(ret);
	if (r < 0) {
		ERR(ctx, "cannot open '%s': %s", ctx->sysroot ? ctx->sysroot : "/sys",
		    strerror(-r));
		return r;
	}
	(*ret)->ctx = ctx;
	DBG(ctx, "reading '%s' through the %s source", ctx->sysroot ? ctx->sysroot : "/",
	    (*ret)->ops->name);
	return r;
}

PMP_EXPORT int
pmprobe_read_tree_file(struct pmprobe_ctx *ctx, const char *name, char **ret)
{
	struct source *src = NULL;
	int r;

	if (!ctx || !name || !ret)
		return -EINVAL;
	if (!ctx->sysroot)
		return -EOPNOTSUPP;
	if (!ctx->tree_src) {
		r = ctx_open_source(ctx, &src);
		if (r < 0)
			return r;
		ctx->tree_src = src;
	}
	return source_sysroot_read_file(ctx->tree_src, name, ret);
}

/* The release of the kernel the source shows: this one's live, RECORD's for a tree (NULL when it
 * does not say). */
static int
kernel_release(struct source *src, char **ret)
{
	const struct manifest *m;
	struct utsname u;

	if (src->live) {
		if (uname(&u) < 0)
			return 0;
		*ret = strdup(u.release);
		return *ret ? 0 : -ENOMEM;
	}
	m = source_sysroot_manifest(src);
	if (!m || !m->kernel)
		return 0;
	*ret = strdup(m->kernel);
	return *ret ? 0 : -ENOMEM;
}

int
ctx_probe_source(struct pmprobe_ctx *ctx, struct source *src, struct pmprobe_report **ret)
{
	struct pmprobe_report *report = NULL;
	struct host_facts facts;
	int r;

	r = report_new(ctx->policy, src->ops->name, &report);
	if (r >= 0 && ctx->sysroot && !(report->sysroot = strdup(ctx->sysroot)))
		r = -ENOMEM;
	if (r >= 0)
		r = kernel_release(src, &report->kernel_release);
	if (r >= 0)
		r = probe_host(src, &report->evidence,
			       probe_plan(ctx->policy, ctx->targets, ctx->sections), &facts);
	if (r < 0) {
		pmprobe_report_unref(report);
		return r;
	}
	report_judge(report, &facts, ctx->policy);
	host_facts_done(&facts);
	DBG(ctx, "probed %zu facts through the %s source", report->evidence.n_facts,
	    report->backend);
	*ret = report;
	return 0;
}

PMP_EXPORT int
pmprobe_probe(struct pmprobe_ctx *ctx, struct pmprobe_report **ret)
{
	struct source *src = NULL;
	int r;

	assert_return(ctx && ret, -EINVAL);
	/* The tree's files read meanwhile come from the source that read them. */
	src = TAKE_PTR(ctx->tree_src);
	r = src ? 0 : ctx_open_source(ctx, &src);
	if (r < 0)
		return r;
	r = ctx_probe_source(ctx, src, ret);
	source_free(src);
	return r;
}

/* Sets a knob of the read plan (probe-plan.c) to @mask: @all, or some of @bits, none only where
 * @empty_ok (no section: the verdicts alone). */
static int
set_plan_mask(unsigned *knob, unsigned mask, unsigned bits, unsigned all, int empty_ok)
{
	assert_return(mask == all || (!(mask & ~bits) && (mask || empty_ok)), -EINVAL);
	*knob = mask;
	return 0;
}

PMP_EXPORT int
pmprobe_set_sections(struct pmprobe_ctx *ctx, unsigned sections)
{
	assert_return(ctx, -EINVAL);
	return set_plan_mask(&ctx->sections, sections, PMPROBE_SECTIONS_ALL, PMPROBE_SECTIONS_ALL,
			     1);
}

PMP_EXPORT unsigned
pmprobe_get_sections(const struct pmprobe_ctx *ctx)
{
	return ctx ? ctx->sections : 0;
}

PMP_EXPORT int
pmprobe_set_targets(struct pmprobe_ctx *ctx, unsigned targets)
{
	assert_return(ctx, -EINVAL);
	return set_plan_mask(&ctx->targets, targets, (1u << _PMPROBE_TARGET_MAX) - 1,
			     PMPROBE_TARGETS_ALL, 0);
}

PMP_EXPORT unsigned
pmprobe_get_targets(const struct pmprobe_ctx *ctx)
{
	return ctx ? ctx->targets : 0;
}
