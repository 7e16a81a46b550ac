/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The CPU section as JSON (member "cpu"), the same content as the XML: the walk's JSON backend. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "format-cpu.h"
#include "macro.h"
#include "tokens.h"

#define JSON_DEPTH_MAX 8

struct json_cpu {
	json_object *root;
	json_object *stack[JSON_DEPTH_MAX];
	int depth; /* stack[depth - 1] is open */
};

/* Puts @v (consumed; NULL is JSON null unless @must) into the open container. */
static int
put(struct json_cpu *j, const char *key, json_object *v, int must)
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
push(struct json_cpu *j, const char *key, json_object *v)
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
json_open_list(void *w, const char *name)
{
	return push(w, name, json_object_new_array());
}

static int
json_close(void *w)
{
	((struct json_cpu *)w)->depth--;
	return 0;
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

static const struct cpu_writer json_writer = {
	.open = json_open,
	.close = json_close,
	.open_list = json_open_list,
	.close_list = json_close,
	.str = json_str,
	.num = json_num,
	.words = json_words,
	.content = json_str,
};

json_object *
cpu_json(const struct cpu_facts *c)
{
	struct json_cpu j = {0};

	if (cpu_write(&json_writer, &j, c) < 0) {
		json_object_put(j.root);
		return NULL;
	}
	return j.root;
}
