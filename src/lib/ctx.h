/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The context as the library's own files see it: where to read, the policy, the plan's knobs and
 * where log lines go (log.c); its source and the probe. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "source.h"

struct pmprobe_ctx {
	int refcount;
	char *sysroot;
	enum pmprobe_policy policy;
	pmprobe_log_fn log_fn;
	void *log_data;
	int log_priority;
	unsigned targets;  /* 1u << enum pmprobe_target, or PMPROBE_TARGETS_ALL */
	unsigned sections; /* enum pmprobe_section */
	/* The sysroot's source that pmprobe_read_tree_file() opened, kept for the next probe only:
	 * the root opened and RECORD read once a tree. */
	struct source *tree_src;
};

/* Opens the context's source: the sysroot if it has one, else the live host. */
int ctx_open_source(struct pmprobe_ctx *ctx, struct source **ret);
/* Probes through @src under the context's policy. */
int ctx_probe_source(struct pmprobe_ctx *ctx, struct source *src, struct pmprobe_report **ret);
