/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report as one JSON document (doc/pmprobe-report.schema.json): the walk's backend on json-c,
 * the same names as the XML. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "format-walk.h"
#include "macro.h"
#include "tokens.h"

#define JSON_DEPTH_MAX 10

struct json {
	json_object *root;
	json_object *stack[JSON_DEPTH_MAX];
	int depth; /* stack[depth - 1] is open */
};

/* Puts @v (consumed; NULL is JSON null unless @must) into the open container. */
static int
put(struct json *j, const char *key, json_object *v, int must)
{
	json_object *top;

	if (must && !v)
		return -ENOMEM;
	if (j->depth == 0) {
		j->root = v;
		return 0;
	}
	top = j->stack[j->depth - 1];
	if (json_object_is_type(top, json_type_array) ? json_object_array_add(top, v) < 0
						      : json_object_object_add(top, key, v) < 0) {
		json_object_put(v);
		return -ENOMEM;
	}
	return 0;
}

static int
push(struct json *j, const char *key, json_object *v)
{
	int r;

	if (j->depth >= JSON_DEPTH_MAX) {
		json_object_put(v);
		return -EINVAL;
	}
	r = put(j, key, v, 1);
	if (r >= 0)
		j->stack[j->depth++] = v;
	return r;
}

static int
json_open(void *w, const char *name)
{
	return push(w, name, json_object_new_object());
}

static int
json_open_list(void *w, const char *name, int bare _unused_)
{
	return push(w, name, json_object_new_array());
}

static int
json_close(void *w)
{
	((struct json *)w)->depth--;
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
	json_object *v = value ? json_object_new_string(value) : NULL;

	return put(w, key, v, value != NULL);
}

static int
json_num(void *w, const char *key, int valid, uint64_t value)
{
	json_object *v = valid ? json_object_new_uint64(value) : NULL;

	return put(w, key, v, valid);
}

static int
json_flag(void *w, const char *key, int value)
{
	return put(w, key, json_object_new_boolean(value), 1);
}

static int
json_words(void *w, const char *key, const char *list)
{
	json_object *a;

	if (!list)
		return put(w, key, NULL, 0);
	a = json_object_new_array();
	for (const char *p = list; a && *p;) {
		size_t n = 0;

		while (*p && char_is_space(*p))
			p++;
		while (p[n] && !char_is_space(p[n]))
			n++;
		if (n && json_object_array_add(a, json_object_new_string_len(p, (int)n)) < 0) {
			json_object_put(a);
			return -ENOMEM;
		}
		p += n;
	}
	return put(w, key, a, 1);
}

static int
add_range(void *data, unsigned a, unsigned b)
{
	for (unsigned c = a; c <= b; c++)
		if (json_object_array_add(data, json_object_new_int((int)c)) < 0)
			return -ENOMEM;
	return 0;
}

/* A CPU list the probe took as one: malformed (it never is) becomes null. */
static int
json_cpus(void *w, const char *key, const char *list)
{
	json_object *a;
	int r;

	if (!list)
		return put(w, key, NULL, 0);
	a = json_object_new_array();
	if (!a)
		return -ENOMEM;
	r = cpu_list_ranges(list, add_range, a);
	if (r == -ENOMEM) {
		json_object_put(a);
		return r;
	}
	if (r < 0) {
		json_object_put(a);
		a = NULL;
	}
	return put(w, key, a, 0);
}

static int
json_value(void *w, const char *key, const char *value, int base64)
{
	char name[64];
	int r = json_str(w, key, value);

	if (r < 0 || !base64)
		return r;
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
	struct json j = {0};
	const char *text;
	char *out = NULL;
	int r;

	assert_return(report && ret, -EINVAL);
	assert_return(!(flags & ~(unsigned)PMPROBE_JSON_SHORT), -EINVAL);
	r = report_walk(&json_writer, &j, report);
	if (r >= 0) {
		text = json_object_to_json_string_ext(
			j.root,
			JSON_C_TO_STRING_NOSLASHESCAPE |
				(flags & PMPROBE_JSON_SHORT
					 ? JSON_C_TO_STRING_PLAIN
					 : JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED));
		r = text && asprintf(&out, "%s\n", text) >= 0 ? 0 : -ENOMEM;
	}
	json_object_put(j.root);
	if (r < 0)
		return r;
	*ret = out;
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_json(const struct pmprobe_report *report, char **ret)
{
	return pmprobe_report_to_json_ext(report, 0, ret);
}
