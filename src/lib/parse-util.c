/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Numbers as the kernel prints them, parsed strictly: bytes in, no I/O. */
#include <errno.h>
#include <string.h>

#include "parse-util.h"

int
parse_u64(const char *text, uint64_t *ret)
{
	uint64_t v = 0;

	if (!*text)
		return -EBADMSG;
	for (const char *p = text; *p; p++) {
		if (*p < '0' || *p > '9')
			return -EBADMSG;
		if (v > (UINT64_MAX - (uint64_t)(*p - '0')) / 10)
			return -EBADMSG;
		v = v * 10 + (uint64_t)(*p - '0');
	}
	*ret = v;
	return 0;
}

int
parse_devnum(const char *text, unsigned *ret_major, unsigned *ret_minor)
{
	const char *colon = strchr(text, ':');
	char buf[32];
	uint64_t maj, min;

	if (!colon || (size_t)(colon - text) >= sizeof(buf))
		return -EBADMSG;
	memcpy(buf, text, (size_t)(colon - text));
	buf[colon - text] = '\0';
	if (parse_u64(buf, &maj) < 0 || parse_u64(colon + 1, &min) < 0)
		return -EBADMSG;
	if (maj > 0xfff || min > 0xfffff)
		return -EBADMSG;
	*ret_major = (unsigned)maj;
	*ret_minor = (unsigned)min;
	return 0;
}
