/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The rules: host facts in, one verdict with reasons per target out. No I/O. */
#pragma once

#include <pmprobe/pmprobe.h>

#include "facts.h"
#include "verdict-reasons.h"

void verdicts_feasible(const struct host_facts *f, struct verdict out[_PMPROBE_TARGET_MAX]);
void verdicts_pm_utils(const struct host_facts *f, struct verdict out[_PMPROBE_TARGET_MAX]);
