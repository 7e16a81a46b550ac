/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Which effects the rules can give each reason: the table pmprobe-reasons(7) is made from. */
#pragma once

#include <pmprobe/pmprobe.h>

#define REASON_CAN_INFORM (1u << PMPROBE_EFFECT_INFORMS)
#define REASON_CAN_BLOCK (1u << PMPROBE_EFFECT_BLOCKS)
#define REASON_CAN_BE_UNKNOWN (1u << PMPROBE_EFFECT_UNKNOWN)
#define REASON_CPU_SECTION (1u << 8) /* the CPU section's: never a target's */
#define REASON_RETIRED (1u << 9)     /* no rule gives it any more; the code stays reserved */

/* Returns: the REASON_* bits of @reason (an effect bit for each effect some rule gives it on
 * some target), 0 for a reason the table does not list (tests/test-reason-effects.c fails). */
unsigned reason_effects(enum pmprobe_reason reason);
