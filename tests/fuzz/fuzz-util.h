/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Shared by the text fuzz targets: the input as a C string, and checks that say what failed. */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant: a failure names itself on stderr and aborts, which libFuzzer reports as a crash
 * and keeps the input. */
#define FUZZ_CHECK(expr)                                                                           \
	do {                                                                                       \
		if (!(expr)) {                                                                     \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__,       \
				#expr);                                                            \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

/* The input as the source layer hands text to a parser: a C string, cut at the first NUL. */
static inline char *
fuzz_text(const uint8_t *data, size_t size)
{
	char *s = strndup((const char *)data, size);

	if (!s)
		abort();
	return s;
}

/* A growing string for the round trips; aborts on allocation failure (inputs are small). */
struct fuzz_buf {
	char *s;
	size_t len, cap;
};

static inline void
fuzz_buf_put(struct fuzz_buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

static inline void
fuzz_buf_puts(struct fuzz_buf *b, const char *s)
{
	fuzz_buf_put(b, s, strlen(s));
}
