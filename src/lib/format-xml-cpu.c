/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The CPU section as XML (doc/pmprobe-report.rng, element cpu): the walk's XML backend. */
#include <errno.h>
#include <inttypes.h>

#include "format-cpu.h"
#include "format-xml-loader.h"
#include "macro.h"

struct xml_cpu {
	const struct xml_api *api;
	xmlTextWriterPtr w;
};

#define X(s) BAD_CAST(s)
#define OK(call) ((call) < 0 ? -ENOMEM : 0)

static int
xml_open(void *w, const char *name)
{
	struct xml_cpu *x = w;

	return OK(x->api->xmlTextWriterStartElement(x->w, X(name)));
}

static int
xml_close(void *w)
{
	struct xml_cpu *x = w;

	return OK(x->api->xmlTextWriterEndElement(x->w));
}

static int
xml_str(void *w, const char *key, const char *value)
{
	struct xml_cpu *x = w;

	if (!value)
		return 0;
	return OK(x->api->xmlTextWriterWriteAttribute(x->w, X(key), X(value)));
}

static int
xml_num(void *w, const char *key, int valid, uint64_t value)
{
	struct xml_cpu *x = w;

	if (!valid)
		return 0;
	return OK(x->api->xmlTextWriterWriteFormatAttribute(x->w, X(key), "%" PRIu64, value));
}

static int
xml_content(void *w, const char *key _unused_, const char *value)
{
	struct xml_cpu *x = w;

	if (!value)
		return 0;
	return OK(x->api->xmlTextWriterWriteString(x->w, X(value)));
}

static const struct cpu_writer xml_writer = {
	.open = xml_open,
	.close = xml_close,
	.open_list = xml_open,
	.close_list = xml_close,
	.str = xml_str,
	.num = xml_num,
	.words = xml_str,
	.content = xml_content,
};

int
xml_write_cpu(const struct xml_api *api, void *writer, const struct cpu_facts *c)
{
	struct xml_cpu x = {.api = api, .w = writer};

	return cpu_write(&xml_writer, &x, c);
}
