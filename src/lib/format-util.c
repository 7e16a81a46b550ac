/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Strings from files anyone may have written, made safe for the XML and JSON writers. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errno-name.h"
#include "format.h"
#include "macro.h"

/* Returns: the length of the UTF-8 sequence at @s when it is a character of text (XML allows
 * it, and it is no control character but tab and newline), else 0. */
static size_t
text_char_len(const unsigned char *s)
{
	uint32_t cp;
	size_t n;

	if (s[0] < 0x80)
		return (s[0] >= 0x20 && s[0] != 0x7f) || s[0] == '\t' || s[0] == '\n' ? 1 : 0;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0; /* overlong, or beyond Unicode */
	if ((cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
		return 0;
	if (cp >= 0x7f && cp <= 0x9f)
		return 0; /* C1 controls: legal, but not text anyone means */
	return n;
}

int
format_is_text(const char *s)
{
	const unsigned char *c = (const unsigned char *)s;

	while (*c) {
		size_t n = text_char_len(c);

		if (n == 0)
			return 0;
		c += n;
	}
	return 1;
}

static char *
base64(const unsigned char *s, size_t len)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = malloc((len + 2) / 3 * 4 + 1), *o = out;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len; i += 3) {
		uint32_t v = (uint32_t)s[i] << 16;

		if (i + 1 < len)
			v |= (uint32_t)s[i + 1] << 8;
		if (i + 2 < len)
			v |= s[i + 2];
		*o++ = alphabet[v >> 18 & 0x3f];
		*o++ = alphabet[v >> 12 & 0x3f];
		*o++ = i + 1 < len ? alphabet[v >> 6 & 0x3f] : '=';
		*o++ = i + 2 < len ? alphabet[v & 0x3f] : '=';
	}
	*o = '\0';
	return out;
}

int
format_value(const char *value, char **ret, int *ret_base64)
{
	*ret_base64 = !format_is_text(value);
	*ret = *ret_base64 ? base64((const unsigned char *)value, strlen(value)) : strdup(value);
	return *ret ? 0 : -ENOMEM;
}

int
format_name(const char *name, char **ret)
{
	const unsigned char *c = (const unsigned char *)name;
	char *out = malloc(strlen(name) * 4 + 1), *o = out;

	if (!out)
		return -ENOMEM;
	while (*c) {
		size_t n = text_char_len(c);

		if (n == 0 || *c == '\n' || *c == '\t') {
			o += sprintf(o, "\\x%02x", *c);
			c++;
			continue;
		}
		memcpy(o, c, n);
		o += n;
		c += n;
	}
	*o = '\0';
	*ret = out;
	return 0;
}

const char *
format_errno(int err, char *buf, size_t size)
{
	const char *name = errno_to_name(err);

	if (name)
		return name;
	snprintf(buf, size, "%d", err);
	return buf;
}
