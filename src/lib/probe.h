/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a host through the source layer into parsed facts and report evidence. */
#pragma once

#include "facts.h"
#include "report.h"
#include "source.h"

/* Reads everything the rules need. Unreadable inputs are recorded, not returned as errors.
 * Returns: 0, or -ENOMEM. */
int probe_host(struct source *src, struct pmprobe_report *report, struct host_facts *ret);
/* Reads the ACPI tables; a host without them is not an error. Returns: 0, or -ENOMEM. */
int probe_acpi(struct source *src, struct pmprobe_report *report, struct firmware_facts *ret);
