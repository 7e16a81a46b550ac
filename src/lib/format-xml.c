/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The whole report as XML (doc/pmprobe-report.rng), written with libxml2's text writer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include <pmprobe/pmprobe.h>

#include "format.h"
#include "macro.h"
#include "report.h"

#define X(s) BAD_CAST(s)

/* Each writer call returns < 0 on failure, which for a memory buffer means no memory. */
#define TRY(call)                                                                                  \
	do {                                                                                       \
		if ((call) < 0)                                                                    \
			return -ENOMEM;                                                            \
	} while (0)

static int
write_target(xmlTextWriterPtr w, const struct pmprobe_report *report, enum pmprobe_target t)
{
	size_t n = pmprobe_report_get_n_reasons(report, t);

	TRY(xmlTextWriterStartElement(w, X("target")));
	TRY(xmlTextWriterWriteAttribute(w, X("name"), X(pmprobe_target_to_string(t))));
	TRY(xmlTextWriterWriteAttribute(
		w, X("verdict"),
		X(pmprobe_verdict_to_string(pmprobe_report_get_verdict(report, t)))));
	for (size_t i = 0; i < n; i++) {
		enum pmprobe_reason reason = report->verdicts[t].reasons[i];
		const char *description = pmprobe_reason_to_description(reason);

		TRY(xmlTextWriterStartElement(w, X("reason")));
		TRY(xmlTextWriterWriteAttribute(w, X("code"), X(pmprobe_reason_to_string(reason))));
		if (description)
			TRY(xmlTextWriterWriteString(w, X(description)));
		TRY(xmlTextWriterEndElement(w));
	}
	return xmlTextWriterEndElement(w) < 0 ? -ENOMEM : 0;
}

static int
write_fact_body(xmlTextWriterPtr w, const struct fact *f, const char *key, const char *path,
		const char *value, int base64)
{
	char buf[16];

	TRY(xmlTextWriterStartElement(w, X("fact")));
	TRY(xmlTextWriterWriteAttribute(w, X("key"), X(key)));
	TRY(xmlTextWriterWriteAttribute(w, X("state"), X(pmprobe_fact_state_to_string(f->state))));
	if (f->err)
		TRY(xmlTextWriterWriteAttribute(w, X("errno"),
						X(format_errno(f->err, buf, sizeof(buf)))));
	if (path)
		TRY(xmlTextWriterWriteAttribute(w, X("path"), X(path)));
	if (value) {
		TRY(xmlTextWriterStartElement(w, X("value")));
		if (base64)
			TRY(xmlTextWriterWriteAttribute(w, X("encoding"), X("base64")));
		TRY(xmlTextWriterWriteString(w, X(value)));
		TRY(xmlTextWriterEndElement(w));
	}
	return xmlTextWriterEndElement(w) < 0 ? -ENOMEM : 0;
}

static int
write_fact(xmlTextWriterPtr w, const struct fact *f)
{
	_cleanup_free_ char *key = NULL, *path = NULL, *value = NULL;
	int base64 = 0;

	if (format_name(f->key, &key) < 0 || (f->path && format_name(f->path, &path) < 0) ||
	    (f->value && format_value(f->value, &value, &base64) < 0))
		return -ENOMEM;
	return write_fact_body(w, f, key, path, value, base64);
}

static int
write_report(xmlTextWriterPtr w, const struct pmprobe_report *report)
{
	_cleanup_free_ char *backend = NULL;
	int r;

	if (format_name(report->backend, &backend) < 0)
		return -ENOMEM;
	TRY(xmlTextWriterSetIndent(w, 1));
	TRY(xmlTextWriterSetIndentString(w, X("  ")));
	TRY(xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
	TRY(xmlTextWriterStartElement(w, X("pmprobe-report")));
	TRY(xmlTextWriterWriteFormatAttribute(w, X("format"), "%d", FORMAT_VERSION));
	TRY(xmlTextWriterWriteAttribute(w, X("pmprobe-version"), X(PMPROBE_VERSION)));
	TRY(xmlTextWriterWriteAttribute(w, X("policy"),
					X(pmprobe_policy_to_string(report->policy))));
	TRY(xmlTextWriterWriteAttribute(w, X("backend"), X(backend)));
	TRY(xmlTextWriterStartElement(w, X("targets")));
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		r = write_target(w, report, (enum pmprobe_target)t);
		if (r < 0)
			return r;
	}
	TRY(xmlTextWriterEndElement(w));
	TRY(xmlTextWriterStartElement(w, X("facts")));
	for (size_t i = 0; i < report->n_facts; i++) {
		r = write_fact(w, &report->facts[i]);
		if (r < 0)
			return r;
	}
	TRY(xmlTextWriterEndElement(w));
	TRY(xmlTextWriterEndElement(w));
	TRY(xmlTextWriterEndDocument(w));
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_xml(const struct pmprobe_report *report, char **ret)
{
	xmlBufferPtr buf;
	xmlTextWriterPtr w;
	char *out = NULL;
	int r;

	assert_return(report && ret, -EINVAL);
	buf = xmlBufferCreate();
	if (!buf)
		return -ENOMEM;
	w = xmlNewTextWriterMemory(buf, 0);
	if (!w) {
		xmlBufferFree(buf);
		return -ENOMEM;
	}
	r = write_report(w, report);
	xmlFreeTextWriter(w); /* flushes into buf */
	if (r >= 0) {
		out = strdup((const char *)xmlBufferContent(buf));
		if (!out)
			r = -ENOMEM;
	}
	xmlBufferFree(buf);
	if (r < 0)
		return r;
	*ret = out;
	return 0;
}
