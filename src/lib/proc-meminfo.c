/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for /proc/meminfo: the lines the hibernation image model needs. */
#include <errno.h>
#include <string.h>

#include "macro.h"
#include "parse-util.h"
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

static const char *const keys[_MEMINFO_MAX] = {
	[MEMINFO_MEM_TOTAL] = "MemTotal:",	  [MEMINFO_MEM_FREE] = "MemFree:",
	[MEMINFO_ACTIVE_ANON] = "Active(anon):",  [MEMINFO_INACTIVE_ANON] = "Inactive(anon):",
	[MEMINFO_ACTIVE_FILE] = "Active(file):",  [MEMINFO_INACTIVE_FILE] = "Inactive(file):",
	[MEMINFO_SRECLAIMABLE] = "SReclaimable:", [MEMINFO_DIRECT_MAP_4K] = "DirectMap4k:",
	[MEMINFO_DIRECT_MAP_2M] = "DirectMap2M:", [MEMINFO_DIRECT_MAP_4M] = "DirectMap4M:",
	[MEMINFO_DIRECT_MAP_1G] = "DirectMap1G:",
};

const char *
meminfo_key(enum meminfo_field field)
{
	return field < _MEMINFO_MAX ? keys[field] : NULL;
}

int
meminfo_parse(const char *text, struct meminfo *ret)
{
	struct meminfo m = {0};

	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\n");

		for (size_t i = 0; i < _MEMINFO_MAX; i++) {
			int r = match_kib(line, len, keys[i], &m.kib[i]);

			if (r < 0)
				return -EBADMSG;
			if (r > 0) {
				m.has[i] = 1;
				break;
			}
		}
		line += len + (line[len] == '\n');
	}
	*ret = m;
	return 0;
}
