/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The version of the library that is loaded, for programs built against an older header. */
#include <pmprobe/pmprobe.h>

#include "macro.h"

PMP_EXPORT const char *
pmprobe_version(void)
{
	return PMPROBE_VERSION;
}
