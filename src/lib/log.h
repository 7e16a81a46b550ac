/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Logging through the context's callback; the library itself never prints. */
#pragma once

#include <stdarg.h>
#include <syslog.h>

#include "macro.h"

struct pmprobe_ctx;

/* The sink PMPROBE_DEBUG=1 installs: "libpmprobe: FUNCTION: message" on stderr. */
void pmp_log_stderr(void *data, int priority, const char *file, int line, const char *fn,
		    const char *format, va_list args) _printf_(6, 0);

void pmp_log(const struct pmprobe_ctx *ctx, int priority, const char *file, int line,
	     const char *fn, const char *format, ...) _printf_(6, 7);
/* Returns: whether a line of @priority would go anywhere; 0 for a NULL @ctx (a source opened
 * without a context). Checked before a message is formatted, so a disabled level costs a test. */
int pmp_log_enabled(const struct pmprobe_ctx *ctx, int priority);

#define pmp_log_cond(ctx, prio, ...)                                                               \
	do {                                                                                       \
		if (pmp_log_enabled(ctx, prio))                                                    \
			pmp_log(ctx, prio, __FILE__, __LINE__, __func__, __VA_ARGS__);             \
	} while (0)

#define DBG(ctx, ...) pmp_log_cond(ctx, LOG_DEBUG, __VA_ARGS__)
#define INFO(ctx, ...) pmp_log_cond(ctx, LOG_INFO, __VA_ARGS__)
#define ERR(ctx, ...) pmp_log_cond(ctx, LOG_ERR, __VA_ARGS__)
