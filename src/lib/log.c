/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Logging through the context's callback, for every layer (the source too): no context, no line. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "ctx.h"
#include "log.h"
#include "macro.h"

/* Names and values from a tree reach the log: control bytes, bytes beyond ASCII and backslashes
 * go out as \xNN, so that a hostile tree sends no escape sequence to the terminal
 * (doc/untrusted-trees.md). */
void
pmp_log_stderr(void *data _unused_, int priority _unused_, const char *file _unused_,
	       int line _unused_, const char *fn, const char *format, va_list args)
{
	char *msg = NULL;

	if (vasprintf(&msg, format, args) < 0)
		return;
	fprintf(stderr, "libpmprobe: %s: ", fn);
	for (const unsigned char *c = (const unsigned char *)msg; *c; c++)
		if (*c < 0x20 || *c >= 0x7f || *c == '\\')
			fprintf(stderr, "\\x%02x", *c);
		else
			fputc(*c, stderr);
	fputc('\n', stderr);
	free(msg);
}

void
pmp_log(const struct pmprobe_ctx *ctx, int priority, const char *file, int line, const char *fn,
	const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	ctx->log_fn(ctx->log_data, priority, file, line, fn, format, ap);
	va_end(ap);
}

int
pmp_log_enabled(const struct pmprobe_ctx *ctx, int priority)
{
	return ctx && ctx->log_fn && priority <= ctx->log_priority;
}
