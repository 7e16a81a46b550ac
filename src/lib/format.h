/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the XML and JSON writers share: how a fact's strings are made safe to write. */
#pragma once

#include <stddef.h>

#include "wake-group.h" /* wake_groups[]: the order the writers show them */

#define FORMAT_VERSION                                                                             \
	2 /* 2 (0.4.0): one name per field in XML and JSON, JSON numbers and arrays, sysroot */

/* Returns: 1 when @s is UTF-8 that XML 1.0 and JSON carry unchanged as text: no control
 * characters (C0, DEL, C1) but tab and newline, no surrogates, no U+FFFE/U+FFFF. */
int format_is_text(const char *s);
/* A fact's value for writing: a copy of @value when it is text, else its bytes in base64
 * (RFC 4648) and *ret_base64 set. Returns: 0 or -ENOMEM. */
int format_value(const char *value, char **ret, int *ret_base64);
/* A key or path for writing: a copy, with every byte that is not text written as \xNN.
 * Returns: 0 or -ENOMEM. */
int format_name(const char *name, char **ret);
/* Returns: the symbolic name of a fact's errno ("EACCES"), or its number as text, in @buf. */
const char *format_errno(int err, char *buf, size_t size);

