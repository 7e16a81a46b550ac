/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report as XML (doc/pmprobe-report.rng): the walk's backend on libxml2's text writer. */
#include <errno.h>
#include <inttypes.h>

#include <pmprobe/pmprobe.h>

#include "format-walk.h"
#include "format-xml-loader.h"
#include "macro.h"

struct xml {
	const struct xml_api *api;
	xmlTextWriterPtr w;
};

#define X(s) BAD_CAST(s)
/* Each writer call returns < 0 on failure, which for a memory buffer means no memory. */
#define OK(call) ((call) < 0 ? -ENOMEM : 0)

static int
xml_open(void *w, const char *name)
{
	struct xml *x = w;

	return OK(x->api->xmlTextWriterStartElement(x->w, X(name)));
}

static int
xml_close(void *w)
{
	struct xml *x = w;

	return OK(x->api->xmlTextWriterEndElement(x->w));
}

static int
xml_open_list(void *w, const char *name, int bare)
{
	return bare ? 0 : xml_open(w, name);
}

static int
xml_close_list(void *w, int bare)
{
	return bare ? 0 : xml_close(w);
}

static int
xml_str(void *w, const char *key, const char *value)
{
	struct xml *x = w;

	if (!value)
		return 0;
	return OK(x->api->xmlTextWriterWriteAttribute(x->w, X(key), X(value)));
}

static int
xml_num(void *w, const char *key, int valid, uint64_t value)
{
	struct xml *x = w;

	if (!valid)
		return 0;
	return OK(x->api->xmlTextWriterWriteFormatAttribute(x->w, X(key), "%" PRIu64, value));
}

static int
xml_flag(void *w, const char *key, int value)
{
	return xml_str(w, key, value ? "yes" : "no");
}

static int
xml_value(void *w, const char *key, const char *value, int base64)
{
	struct xml *x = w;

	if (!value)
		return 0;
	if (x->api->xmlTextWriterStartElement(x->w, X(key)) < 0 ||
	    (base64 && x->api->xmlTextWriterWriteAttribute(x->w, X("encoding"), X("base64")) < 0) ||
	    x->api->xmlTextWriterWriteString(x->w, X(value)) < 0)
		return -ENOMEM;
	return xml_close(w);
}

static int
xml_content(void *w, const char *key _unused_, const char *value)
{
	struct xml *x = w;

	if (!value)
		return 0;
	return OK(x->api->xmlTextWriterWriteString(x->w, X(value)));
}

static const struct report_writer xml_writer = {
	.open = xml_open,
	.close = xml_close,
	.open_list = xml_open_list,
	.close_list = xml_close_list,
	.str = xml_str,
	.num = xml_num,
	.flag = xml_flag,
	.words = xml_str,
	.cpus = xml_str,
	.value = xml_value,
	.content = xml_content,
};

static int
write_report(const struct xml_api *api, xmlTextWriterPtr w, const struct pmprobe_report *report)
{
	struct xml x = {.api = api, .w = w};
	int r;

	if (api->xmlTextWriterSetIndent(w, 1) < 0 ||
	    api->xmlTextWriterSetIndentString(w, X("  ")) < 0 ||
	    api->xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0)
		return -ENOMEM;
	r = report_walk(&xml_writer, &x, report);
	if (r < 0)
		return r;
	return OK(api->xmlTextWriterEndDocument(w));
}

PMP_EXPORT int
pmprobe_report_to_xml(const struct pmprobe_report *report, char **ret)
{
	assert_return(report && ret, -EINVAL);
	return xml_write_document(write_report, report, ret);
}
