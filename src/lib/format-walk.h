/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's one walk (header, targets with reasons, facts, CPU, wake), written by three
 * backends: XML (format-xml.c), JSON (format-json.c) and text for people (format-text.c). A name
 * is the same in XML and JSON (doc/pmprobe-report.rng, doc/pmprobe-report.schema.json): an XML
 * attribute or element is the JSON member of that name; adding a field is one line in the walk. */
#pragma once

#include <stdint.h>

struct cpu_facts;
struct pmprobe_report;
struct report_wake;

/* Every callback returns 0 or a negative errno; strings arrive made safe (format_name()). */
struct report_writer {
	/* An object: member @name of the open object, or an item of the open list. */
	int (*open)(void *w, const char *name);
	int (*close)(void *w);
	/* A list of objects, member @name. @bare: XML writes the items without an element around
	 * them (<wake><group/><group/>), else it wraps them (<targets><target/></targets>). */
	int (*open_list)(void *w, const char *name, int bare);
	int (*close_list)(void *w, int bare);
	/* Scalars before any object or list of the same object: XML writes them as attributes;
	 * NULL or !valid means absent (JSON: null). */
	int (*str)(void *w, const char *key, const char *value);
	int (*num)(void *w, const char *key, int valid, uint64_t value);
	/* A yes/no: XML "yes" or "no", JSON a boolean. */
	int (*flag)(void *w, const char *key, int value);
	/* A whitespace-separated word list: an XML attribute as is, a JSON array of strings. */
	int (*words)(void *w, const char *key, const char *list);
	/* A kernel CPU list ("0-3,8", "0 1 2 3"): an XML attribute as is, a JSON array of numbers.
	 */
	int (*cpus)(void *w, const char *key, const char *list);
	/* A fact's value, after the scalars: XML the element <@key encoding="base64">, JSON member
	 * @key and, for base64, member "@key_encoding". */
	int (*value)(void *w, const char *key, const char *value, int base64);
	/* Last: XML the element's text, JSON member @key. */
	int (*content)(void *w, const char *key, const char *value);
};

/* The whole report as the object "pmprobe-report" (XML: the root element). */
int report_walk(const struct report_writer *ops, void *w, const struct pmprobe_report *report);
/* The CPU section alone, as the object "cpu". */
int cpu_walk(const struct report_writer *ops, void *w, const struct cpu_facts *c);
/* The wake section alone, as the object "wake". */
int wake_walk(const struct report_writer *ops, void *w, const struct report_wake *wake);
