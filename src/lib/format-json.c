/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report as one JSON document (doc/pmprobe-report.schema.json): the walk's backend, written
 * as it walks, the same names as the XML. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "format-walk.h"
#include "macro.h"
#include "tokens.h"

#define JSON_DEPTH_MAX 10

/* The document written as it is walked, byte for byte as json-c printed the tree this file built
 * before (JSON_C_TO_STRING_PRETTY | SPACED, or PLAIN; NOSLASHESCAPE): building, printing and
 * freeing that tree was a third of a JSON report's instructions. tests/test-format.c compares
 * the two on every fixture. */
struct json {
	char *buf;
	size_t len, size;
	int oom, pretty;
	int depth; /* open containers; array[depth - 1] and had[depth - 1] are the innermost's */
	unsigned char array[JSON_DEPTH_MAX], had[JSON_DEPTH_MAX];
};

static void
add(struct json *j, const char *s, size_t n)
{
	if (j->oom)
		return;
	if (j->len + n + 1 > j->size) {
		size_t size = j->size ? j->size : 8192;
		char *p;

		while (j->len + n + 1 > size)
			size *= 2;
		p = realloc(j->buf, size);
		if (!p) {
			j->oom = 1;
			return;
		}
		j->buf = p;
		j->size = size;
	}
	memcpy(j->buf + j->len, s, n);
	j->len += n;
	j->buf[j->len] = '\0';
}

static void
add_str(struct json *j, const char *s)
{
	add(j, s, strlen(s));
}

static void
indent(struct json *j, int level)
{
	static const char spaces[2 * JSON_DEPTH_MAX] = "                    ";

	if (j->pretty && level > 0)
		add(j, spaces, 2 * (size_t)(level < JSON_DEPTH_MAX ? level : JSON_DEPTH_MAX));
}

/* A JSON string as json-c escapes it: \b \t \n \f \r \" \\, other bytes below 0x20 as \u00xx;
 * '/', DEL and bytes from 0x80 as they are. Runs that need no escape are copied whole. */
static void
add_quoted(struct json *j, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	static const char named[128] = {['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', ['\f'] = 'f',
					['\r'] = 'r', ['"'] = '"',  ['\\'] = '\\'};
	size_t start = 0;

	add(j, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[6] = {'\\', (char)c, '0', '0', 0, 0};
		size_t len = 2;

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		if (named[c]) {
			esc[1] = named[c];
		} else {
			esc[1] = 'u';
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 0xf];
			len = 6;
		}
		add(j, s + start, i - start);
		add(j, esc, len);
		start = i + 1;
	}
	add(j, s + start, n - start);
	add(j, "\"", 1);
}

/* Before a value: the separator, the indentation and, in an object, the key. */
static void
member(struct json *j, const char *key)
{
	int top = j->depth - 1;

	if (j->depth == 0)
		return;
	if (j->had[top])
		add(j, ",", 1);
	j->had[top] = 1;
	if (j->pretty)
		add(j, "\n", 1);
	indent(j, j->depth);
	if (j->array[top])
		return;
	add_quoted(j, key, strlen(key));
	add_str(j, j->pretty ? ": " : ":");
}

static int
push(struct json *j, const char *key, int array)
{
	if (j->depth >= JSON_DEPTH_MAX)
		return -EINVAL;
	member(j, key);
	add(j, array ? "[" : "{", 1);
	j->array[j->depth] = (unsigned char)array;
	j->had[j->depth++] = 0;
	return 0;
}

static int
json_open(void *w, const char *name)
{
	return push(w, name, 0);
}

static int
json_open_list(void *w, const char *name, int bare _unused_)
{
	return push(w, name, 1);
}

static int
json_close(void *w)
{
	struct json *j = w;
	int array = j->array[--j->depth];

	if (j->pretty)
		add(j, "\n", 1);
	indent(j, j->depth);
	add(j, array ? "]" : "}", 1);
	return 0;
}

static int
json_close_list(void *w, int bare _unused_)
{
	return json_close(w);
}

static int
json_str(void *w, const char *key, const char *value)
{
	member(w, key);
	if (value)
		add_quoted(w, value, strlen(value));
	else
		add_str(w, "null");
	return 0;
}

/* A number as "%" PRIu64 prints it. */
static void
add_u64(struct json *j, uint64_t v)
{
	char n[20];
	size_t i = sizeof(n);

	do
		n[--i] = (char)('0' + v % 10);
	while (v /= 10);
	add(j, n + i, sizeof(n) - i);
}

static int
json_num(void *w, const char *key, int valid, uint64_t value)
{
	member(w, key);
	if (valid)
		add_u64(w, value);
	else
		add_str(w, "null");
	return 0;
}

static int
json_flag(void *w, const char *key, int value)
{
	member(w, key);
	add_str(w, value ? "true" : "false");
	return 0;
}

static int
json_words(void *w, const char *key, const char *list)
{
	int r;

	if (!list)
		return json_str(w, key, NULL);
	r = push(w, key, 1);
	if (r < 0)
		return r;
	for (const char *p = list; *p;) {
		size_t n = 0;

		while (*p && char_is_space(*p))
			p++;
		while (p[n] && !char_is_space(p[n]))
			n++;
		if (n) {
			member(w, NULL);
			add_quoted(w, p, n);
		}
		p += n;
	}
	return json_close(w);
}

static int
count_range(void *data _unused_, unsigned a _unused_, unsigned b _unused_)
{
	return 0;
}

static int
add_range(void *data, unsigned a, unsigned b)
{
	for (unsigned c = a; c <= b; c++) {
		member(data, NULL);
		add_u64(data, c);
	}
	return 0;
}

/* A CPU list the probe took as one: malformed (it never is) becomes null. */
static int
json_cpus(void *w, const char *key, const char *list)
{
	int r = list ? cpu_list_ranges(list, count_range, NULL) : -EINVAL;

	if (r == -ENOMEM)
		return r;
	if (r < 0)
		return json_str(w, key, NULL);
	r = push(w, key, 1);
	if (r >= 0)
		r = cpu_list_ranges(list, add_range, w);
	if (r < 0)
		return r;
	return json_close(w);
}

static int
json_value(void *w, const char *key, const char *value, int base64)
{
	char name[64];

	json_str(w, key, value);
	if (!value || !base64)
		return 0;
	snprintf(name, sizeof(name), "%s_encoding", key);
	return json_str(w, name, "base64");
}

static const struct report_writer json_writer = {
	.open = json_open,
	.close = json_close,
	.open_list = json_open_list,
	.close_list = json_close_list,
	.str = json_str,
	.num = json_num,
	.flag = json_flag,
	.words = json_words,
	.cpus = json_cpus,
	.value = json_value,
	.content = json_str,
};

PMP_EXPORT int
pmprobe_report_to_json_ext(const struct pmprobe_report *report, unsigned flags, char **ret)
{
	struct json j = {.pretty = !(flags & PMPROBE_JSON_SHORT)};
	int r;

	assert_return(report && ret, -EINVAL);
	assert_return(!(flags & ~(unsigned)PMPROBE_JSON_SHORT), -EINVAL);
	r = report_walk(&json_writer, &j, report);
	add(&j, "\n", 1);
	if (r >= 0 && j.oom)
		r = -ENOMEM;
	if (r < 0) {
		free(j.buf);
		return r;
	}
	*ret = j.buf;
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_json(const struct pmprobe_report *report, char **ret)
{
	return pmprobe_report_to_json_ext(report, 0, ret);
}
