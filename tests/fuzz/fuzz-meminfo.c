/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: /proc/meminfo, the three keys the hibernation size rule reads. */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "proc.h"

static const char *const keys[] = {"MemTotal:", "MemFree:", "Active(anon):"};

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

static void
fields(const struct meminfo *m, int has[3], uint64_t v[3])
{
	has[0] = m->has_mem_total;
	has[1] = m->has_mem_free;
	has[2] = m->has_active_anon;
	v[0] = m->mem_total_kib;
	v[1] = m->mem_free_kib;
	v[2] = m->active_anon_kib;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);
	struct meminfo m, again;
	struct fuzz_buf b = {0};
	int has[3], has2[3], r;
	uint64_t v[3], v2[3];
	char line[96];

	r = meminfo_parse(text, &m);
	FUZZ_CHECK(r == 0 || r == -EBADMSG);
	if (r < 0) {
		free(text);
		return 0;
	}
	fields(&m, has, v);
	fuzz_buf_puts(&b, "Buffers:          123 kB\n");
	for (size_t i = 0; i < 3; i++) {
		uint64_t ref;

		FUZZ_CHECK(has[i] == 0 || has[i] == 1);
		FUZZ_CHECK(has[i] == last_value(text, keys[i], &ref));
		FUZZ_CHECK(!has[i] || ref == v[i]);
		FUZZ_CHECK(has[i] || v[i] == 0);
		if (!has[i])
			continue;
		snprintf(line, sizeof(line), "%-15s %8" PRIu64 " kB\n", keys[i], v[i]);
		fuzz_buf_puts(&b, line);
	}
	/* Written back as the kernel writes it, the same facts come out. */
	FUZZ_CHECK(meminfo_parse(b.s, &again) == 0);
	fields(&again, has2, v2);
	FUZZ_CHECK(!memcmp(has, has2, sizeof(has)) && !memcmp(v, v2, sizeof(v)));
	free(b.s);
	free(text);
	return 0;
}
