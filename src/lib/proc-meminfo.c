/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for /proc/meminfo: the few lines the hibernation size rule needs. */
#include <errno.h>
#include <string.h>

#include "macro.h"
#include "proc.h"

/* "Key:   12345 kB": returns 1 when @line is @key and its value was parsed, 0 when the line is
 * another key, -EBADMSG when it is @key with a bad value. */
static int
match_kib(const char *line, size_t len, const char *key, uint64_t *ret)
{
	size_t klen = strlen(key), vlen;
	char value[32];
	const char *p, *end = line + len;

	if (len < klen || strncmp(line, key, klen) != 0)
		return 0;
	p = line + klen;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	vlen = 0;
	while (p + vlen < end && p[vlen] >= '0' && p[vlen] <= '9')
		vlen++;
	if (vlen == 0 || vlen >= sizeof(value))
		return -EBADMSG;
	memcpy(value, p, vlen);
	value[vlen] = '\0';
	p += vlen;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (p < end && !(end - p >= 2 && p[0] == 'k' && p[1] == 'B'))
		return -EBADMSG;
	return parse_u64(value, ret) < 0 ? -EBADMSG : 1;
}

int
meminfo_parse(const char *text, struct meminfo *ret)
{
	struct meminfo m = {0};

	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\n");
		int r;

		r = match_kib(line, len, "MemTotal:", &m.mem_total_kib);
		if (r == 0)
			r = 2 * match_kib(line, len, "MemFree:", &m.mem_free_kib);
		if (r == 0)
			r = 3 * match_kib(line, len, "Active(anon):", &m.active_anon_kib);
		if (r < 0)
			return -EBADMSG;
		m.has_mem_total |= r == 1;
		m.has_mem_free |= r == 2;
		m.has_active_anon |= r == 3;
		line += len + (line[len] == '\n');
	}
	*ret = m;
	return 0;
}
