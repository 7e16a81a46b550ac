/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the library's own files need from a context besides logging: its source and the probe. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "source.h"

/* Opens the context's source: the sysroot if it has one, else the live host. */
int ctx_open_source(struct pmprobe_ctx *ctx, struct source **ret);
/* Probes through @src under the context's policy. */
int ctx_probe_source(struct pmprobe_ctx *ctx, struct source *src, struct pmprobe_report **ret);
/* Limits the next probes to what one target's verdict needs (PROBE_SCOPE_ALL: everything); for
 * pm-is-supported, which answers one question and is run three times per libvirt probe. */
void ctx_set_scope(struct pmprobe_ctx *ctx, int scope);
