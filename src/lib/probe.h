/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a host through the source layer into parsed facts and report evidence. */
#pragma once

#include "facts.h"
#include "report.h"
#include "source.h"

/* Reads everything the rules need. Unreadable inputs are recorded, not returned as errors.
 * Returns: 0, or -ENOMEM. */
/* PROBE_SCOPE_ALL, or a target: then only the facts that target's verdict needs are read, under
 * either policy, and no ACPI table (their reasons are informative only). The drop-in uses it. */
#define PROBE_SCOPE_ALL (-1)
int probe_host(struct source *src, struct pmprobe_report *report, int scope,
	       struct host_facts *ret);
/* Reads the ACPI tables; a host without them is not an error. Returns: 0, or -ENOMEM. */
int probe_acpi(struct source *src, struct pmprobe_report *report, struct firmware_facts *ret);
