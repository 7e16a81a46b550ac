/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the library's own files need from a context besides logging: its source and the probe. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "source.h"

/* Opens the context's source: the sysroot if it has one, else the live host. */
int ctx_open_source(struct pmprobe_ctx *ctx, struct source **ret);
/* Probes through @src under the context's policy. */
int ctx_probe_source(struct pmprobe_ctx *ctx, struct source *src, struct pmprobe_report **ret);
