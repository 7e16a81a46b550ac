/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One target's verdict as the rules build it: reasons with weights, and the verdict they give. */
#pragma once

#include <stddef.h>

#include <pmprobe/pmprobe.h>

/* What a reason does to its verdict: the public effect it is reported with. */
enum reason_weight {
	REASON_INFO = PMPROBE_EFFECT_INFORMS,
	REASON_BLOCKS_NO = PMPROBE_EFFECT_BLOCKS,
	REASON_BLOCKS_UNKNOWN = PMPROBE_EFFECT_UNKNOWN,
};

/* The reasons in the order the rules added them, each with its weight: the verdict follows
 * from the weights alone. */
struct verdict {
	size_t n_reasons;
	enum pmprobe_reason reasons[_PMPROBE_REASON_MAX];
	enum reason_weight weights[_PMPROBE_REASON_MAX];
};

/* Adds @reason once, with the strongest weight it was added with (blocks no, then blocks
 * unknown, then informs); the verdict is no if any reason blocks with no, else unknown if any
 * blocks with unknown, else yes. */
void verdict_add(struct verdict *v, enum pmprobe_reason reason, enum reason_weight weight);
/* Adds every reason of @from to @into with its weight. */
void verdict_merge(struct verdict *into, const struct verdict *from);
/* Turns @v's reasons that block with no into informative ones: for an alternative that failed
 * while another one's outcome is not known (pm-utils' RTC fallback). */
void verdict_demote_blocking(struct verdict *v);
enum pmprobe_verdict verdict_get(const struct verdict *v);
