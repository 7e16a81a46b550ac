/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check`: EXPECTED's optional lines about the CPU section, compared with the JSON
 * report's "cpu" member (the XML says the same: tests/helpers/format-check.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <pmprobe/pmprobe.h>

#include "check.h"

#define SPACE " \t\r"

/* Copies @s without its leading and trailing blanks, whitespace runs made one space. */
static int
copy_collapsed(char *dst, size_t size, const char *s)
{
	size_t n = 0;

	for (; *s; s++) {
		if (strchr(SPACE, *s)) {
			if (n > 0 && dst[n - 1] != ' ' && n < size)
				dst[n++] = ' ';
			continue;
		}
		if (n + 1 >= size)
			return -E2BIG;
		dst[n++] = *s;
	}
	if (n > 0 && dst[n - 1] == ' ')
		n--;
	dst[n] = '\0';
	return 0;
}

int
expected_parse_cpu(const char *word, const char *line, unsigned lineno, struct expected *x,
		   char *err, size_t errsize)
{
	struct cpu_expectation *e;
	const char *value = line;

	if (strcmp(word, "cpu") != 0 && strcmp(word, "cpu-summary") != 0 &&
	    strcmp(word, "cpu-reasons") != 0)
		return 0;
	if (x->n_cpu >= CHECK_CPU_MAX) {
		snprintf(err, errsize, "EXPECTED:%u: more than %d cpu lines", lineno,
			 CHECK_CPU_MAX);
		return -EINVAL;
	}
	e = &x->cpu[x->n_cpu];
	if (!strcmp(word, "cpu")) {
		size_t skip = strspn(line, SPACE), len = strcspn(line + skip, SPACE);

		if (len == 0 || len >= sizeof(e->key)) {
			snprintf(err, errsize, "EXPECTED:%u: expected cpu KEY VALUE", lineno);
			return -EINVAL;
		}
		memcpy(e->key, line + skip, len);
		e->key[len] = '\0';
		value = line + skip + len;
	} else {
		snprintf(e->key, sizeof(e->key), "%s", word + 4);
	}
	if (copy_collapsed(e->value, sizeof(e->value), value) < 0) {
		snprintf(err, errsize, "EXPECTED:%u: value too long", lineno);
		return -EINVAL;
	}
	for (char *w = e->value; !strcmp(word, "cpu-reasons") && *w;) {
		char code[CHECK_CPU_TEXT];
		size_t len = strcspn(w, " ");

		snprintf(code, sizeof(code), "%.*s", (int)len, w);
		if (pmprobe_reason_from_string(code) < 0) {
			snprintf(err, errsize, "EXPECTED:%u: unknown reason '%s'", lineno, code);
			return -EINVAL;
		}
		w += len + (w[len] == ' ');
	}
	x->n_cpu++;
	return 1;
}

/* Follows a dotted path; numbers index arrays. Returns: 1 found (*@ret borrowed; NULL is JSON
 * null), 0 not there. */
static int
json_path_lookup(json_object *o, const char *path, json_object **ret)
{
	char buf[CHECK_CPU_TEXT], *save = NULL;

	snprintf(buf, sizeof(buf), "%s", path);
	for (char *part = strtok_r(buf, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
		char *end;
		unsigned long i = strtoul(part, &end, 10);

		if (!o)
			return 0;
		if (json_object_is_type(o, json_type_array) && *part && !*end) {
			if (i >= json_object_array_length(o))
				return 0;
			o = json_object_array_get_idx(o, i);
		} else if (!json_object_is_type(o, json_type_object) ||
			   !json_object_object_get_ex(o, part, &o)) {
			return 0;
		}
	}
	*ret = o;
	return 1;
}

/* An array of CPU numbers as the kernel writes a CPU list: "0-3,8". */
static void
as_cpu_list(json_object *v, char *buf, size_t size)
{
	size_t len = json_object_array_length(v), n = 0;

	for (size_t i = 0; i < len && n < size;) {
		int64_t a = json_object_get_int64(json_object_array_get_idx(v, i)), b = a;

		while (++i < len && json_object_get_int64(json_object_array_get_idx(v, i)) == b + 1)
			b++;
		n += (size_t)(a == b ? snprintf(buf + n, size - n, "%s%lld", n ? "," : "",
						(long long)a)
				     : snprintf(buf + n, size - n, "%s%lld-%lld", n ? "," : "",
						(long long)a, (long long)b));
	}
}

/* A member as EXPECTED writes it: strings and numbers as text, null, arrays of strings as
 * their words, arrays of numbers (CPUs) as a kernel CPU list; the reasons' codes for
 * "reasons". */
static void
as_text(int found, json_object *v, const char *key, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	if (!found) {
		snprintf(buf, size, "(absent)");
		return;
	}
	if (json_object_is_type(v, json_type_array) && json_object_array_length(v) &&
	    json_object_is_type(json_object_array_get_idx(v, 0), json_type_int)) {
		as_cpu_list(v, buf, size);
		return;
	}
	if (!json_object_is_type(v, json_type_array)) {
		copy_collapsed(buf, size,
			       json_object_is_type(v, json_type_null) ? "null"
								      : json_object_get_string(v));
		return;
	}
	for (size_t i = 0; i < json_object_array_length(v) && n < size; i++) {
		json_object *item = json_object_array_get_idx(v, i), *code;

		if (!strcmp(key, "reasons") && json_object_object_get_ex(item, "code", &code))
			item = code;
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? " " : "",
				      json_object_get_string(item));
	}
}

/* Reason codes compare as sets: both sorted word by word. */
static int
cmp_words(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
sort_words(char *s)
{
	char copy[CHECK_CPU_TEXT * 4], *w[CHECK_CPU_TEXT], *save = NULL;
	size_t n = 0, len = 0;

	snprintf(copy, sizeof(copy), "%s", s);
	for (char *p = strtok_r(copy, " ", &save); p && n < CHECK_CPU_TEXT;
	     p = strtok_r(NULL, " ", &save))
		w[n++] = p;
	qsort(w, n, sizeof(*w), cmp_words);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(s + len, "%s%s", i ? " " : "", w[i]);
	s[len] = '\0';
}

int
check_cpu(const struct pmprobe_report *report, const struct expected *x, struct check_result *res)
{
	json_object *root, *cpu = NULL;
	char *text = NULL;
	int r;

	if (x->n_cpu == 0)
		return 0;
	/* On one line: the same members, less to write and to parse again. */
	r = pmprobe_report_to_json_ext(report, PMPROBE_JSON_SHORT, &text);
	if (r < 0)
		return r;
	root = json_tokener_parse(text);
	free(text);
	if (!root)
		return -ENOMEM;
	json_object_object_get_ex(root, "cpu", &cpu);
	for (unsigned i = 0; i < x->n_cpu; i++) {
		const struct cpu_expectation *e = &x->cpu[i];
		char got[CHECK_CPU_TEXT * 4], want[CHECK_CPU_TEXT * 4];

		json_object *v = NULL;
		int found = cpu && json_path_lookup(cpu, e->key, &v);

		as_text(found, v, e->key, got, sizeof(got));
		snprintf(want, sizeof(want), "%s", e->value);
		if (!strcmp(e->key, "reasons")) {
			sort_words(got);
			sort_words(want);
		}
		if (!strcmp(got, want))
			continue;
		snprintf(res->cpu_mismatches[res->n_cpu_mismatches++],
			 sizeof(res->cpu_mismatches[0]),
			 "cpu %.255s: expected '%.255s', got '%.255s'", e->key, want, got);
	}
	json_object_put(root);
	return 0;
}
