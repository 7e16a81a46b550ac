/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The CPU section's one walk, written by three backends: XML, JSON and text for people. The
 * XML element and attribute names are the JSON member names, most of them sysfs file names. */
#pragma once

#include <stdint.h>

struct cpu_facts;

/* Every callback returns 0 or a negative errno; strings arrive made safe (format_name()). */
struct cpu_writer {
	/* An object: member @name of the open object, or an item of the open list. */
	int (*open)(void *w, const char *name);
	int (*close)(void *w);
	/* A list of objects: member @name (XML: an element around its items). */
	int (*open_list)(void *w, const char *name);
	int (*close_list)(void *w);
	/* Scalars before any object or list of the same object: XML writes them as attributes;
	 * NULL or !valid means absent (JSON: null). */
	int (*str)(void *w, const char *key, const char *value);
	int (*num)(void *w, const char *key, int valid, uint64_t value);
	/* A whitespace-separated word list: an XML attribute as is, a JSON array of strings. */
	int (*words)(void *w, const char *key, const char *list);
	/* Last: XML the element's text, JSON member @key. */
	int (*content)(void *w, const char *key, const char *value);
};

int cpu_write(const struct cpu_writer *ops, void *w, const struct cpu_facts *c);

struct xml_api;
struct json_object;
/* The CPU section as the <cpu> element, on @writer (an xmlTextWriterPtr). Returns: 0 or
 * -ENOMEM. */
int xml_write_cpu(const struct xml_api *api, void *writer, const struct cpu_facts *c);
/* The CPU section as a new JSON object, or NULL (no memory). */
struct json_object *cpu_json(const struct cpu_facts *c);
