/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One target's verdict as the rules build it: reasons with weights, and the verdict they give. */
#include <pmprobe/pmprobe.h>

#include "verdict-reasons.h"

static int
weight_rank(enum reason_weight weight)
{
	switch (weight) {
	case REASON_BLOCKS_NO:
		return 2;
	case REASON_BLOCKS_UNKNOWN:
		return 1;
	default:
		return 0;
	}
}

void
verdict_add(struct verdict *v, enum pmprobe_reason reason, enum reason_weight weight)
{
	for (size_t i = 0; i < v->n_reasons; i++)
		if (v->reasons[i] == reason) {
			if (weight_rank(weight) > weight_rank(v->weights[i]))
				v->weights[i] = weight;
			return;
		}
	v->weights[v->n_reasons] = weight;
	v->reasons[v->n_reasons++] = reason;
}

void
verdict_merge(struct verdict *into, const struct verdict *from)
{
	for (size_t i = 0; i < from->n_reasons; i++)
		verdict_add(into, from->reasons[i], from->weights[i]);
}

void
verdict_demote_blocking(struct verdict *v)
{
	for (size_t i = 0; i < v->n_reasons; i++)
		if (v->weights[i] == REASON_BLOCKS_NO)
			v->weights[i] = REASON_INFO;
}

enum pmprobe_verdict
verdict_get(const struct verdict *v)
{
	int unknown = 0;

	for (size_t i = 0; i < v->n_reasons; i++) {
		if (v->weights[i] == REASON_BLOCKS_NO)
			return PMPROBE_NO;
		unknown |= v->weights[i] == REASON_BLOCKS_UNKNOWN;
	}
	return unknown ? PMPROBE_UNKNOWN : PMPROBE_YES;
}
