/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: /proc/meminfo, every key the hibernation image model reads. */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "proc.h"

/* The value on the last line that starts with @key, as strtoull reads its digits; 0 when no
 * line does. */
static int
last_value(const char *text, const char *key, uint64_t *ret)
{
	int found = 0;

	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\n");

		if (!strncmp(line, key, strlen(key)) && strlen(key) <= len) {
			const char *p = line + strlen(key);

			p += strspn(p, " \t");
			*ret = strtoull(p, NULL, 10);
			found = 1;
		}
		line += len + (line[len] == '\n');
	}
	return found;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);
	struct meminfo m, again;
	struct fuzz_buf b = {0};
	char line[96];
	int r;

	r = meminfo_parse(text, &m);
	FUZZ_CHECK(r == 0 || r == -EBADMSG);
	if (r < 0) {
		free(text);
		return 0;
	}
	fuzz_buf_puts(&b, "Buffers:          123 kB\n");
	for (size_t i = 0; i < _MEMINFO_MAX; i++) {
		const char *key = meminfo_key((enum meminfo_field)i);
		uint64_t ref;

		FUZZ_CHECK(m.has[i] == 0 || m.has[i] == 1);
		FUZZ_CHECK(m.has[i] == last_value(text, key, &ref));
		FUZZ_CHECK(!m.has[i] || ref == m.kib[i]);
		FUZZ_CHECK(m.has[i] || m.kib[i] == 0);
		if (!m.has[i])
			continue;
		snprintf(line, sizeof(line), "%-15s %8" PRIu64 " kB\n", key, m.kib[i]);
		fuzz_buf_puts(&b, line);
	}
	/* Written back as the kernel writes it, the same facts come out. */
	FUZZ_CHECK(meminfo_parse(b.s, &again) == 0);
	FUZZ_CHECK(!memcmp(m.has, again.has, sizeof(m.has)) &&
		   !memcmp(m.kib, again.kib, sizeof(m.kib)));
	free(b.s);
	free(text);
	return 0;
}
