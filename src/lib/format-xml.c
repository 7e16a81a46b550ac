/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The whole report as XML (doc/pmprobe-report.rng), written with libxml2's text writer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "format-cpu.h"
#include "format-xml-loader.h"
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
write_target(const struct xml_api *api, xmlTextWriterPtr w, const struct pmprobe_report *report,
	     enum pmprobe_target t)
{
	size_t n = pmprobe_report_get_n_reasons(report, t);

	TRY(api->xmlTextWriterStartElement(w, X("target")));
	TRY(api->xmlTextWriterWriteAttribute(w, X("name"), X(pmprobe_target_to_string(t))));
	TRY(api->xmlTextWriterWriteAttribute(
		w, X("verdict"),
		X(pmprobe_verdict_to_string(pmprobe_report_get_verdict(report, t)))));
	for (size_t i = 0; i < n; i++) {
		enum pmprobe_reason reason = report->verdicts[t].reasons[i];
		const char *description = pmprobe_reason_to_description(reason);
		const char *effect = pmprobe_effect_to_string(
			(enum pmprobe_effect)report->verdicts[t].weights[i]);

		TRY(api->xmlTextWriterStartElement(w, X("reason")));
		TRY(api->xmlTextWriterWriteAttribute(w, X("code"),
						     X(pmprobe_reason_to_string(reason))));
		TRY(api->xmlTextWriterWriteAttribute(w, X("effect"), X(effect)));
		if (description)
			TRY(api->xmlTextWriterWriteString(w, X(description)));
		TRY(api->xmlTextWriterEndElement(w));
	}
	return api->xmlTextWriterEndElement(w) < 0 ? -ENOMEM : 0;
}

static int
write_fact_body(const struct xml_api *api, xmlTextWriterPtr w, const struct fact *f,
		const char *key, const char *path, const char *value, int base64)
{
	char buf[16];

	TRY(api->xmlTextWriterStartElement(w, X("fact")));
	TRY(api->xmlTextWriterWriteAttribute(w, X("key"), X(key)));
	TRY(api->xmlTextWriterWriteAttribute(w, X("state"),
					     X(pmprobe_fact_state_to_string(f->state))));
	if (f->err)
		TRY(api->xmlTextWriterWriteAttribute(w, X("errno"),
						     X(format_errno(f->err, buf, sizeof(buf)))));
	if (path)
		TRY(api->xmlTextWriterWriteAttribute(w, X("path"), X(path)));
	if (value) {
		TRY(api->xmlTextWriterStartElement(w, X("value")));
		if (base64)
			TRY(api->xmlTextWriterWriteAttribute(w, X("encoding"), X("base64")));
		TRY(api->xmlTextWriterWriteString(w, X(value)));
		TRY(api->xmlTextWriterEndElement(w));
	}
	return api->xmlTextWriterEndElement(w) < 0 ? -ENOMEM : 0;
}

static int
write_fact(const struct xml_api *api, xmlTextWriterPtr w, const struct fact *f)
{
	_cleanup_free_ char *key = NULL, *path = NULL, *value = NULL;
	int base64 = 0;

	if (format_name(f->key, &key) < 0 || (f->path && format_name(f->path, &path) < 0) ||
	    (f->value && format_value(f->value, &value, &base64) < 0))
		return -ENOMEM;
	return write_fact_body(api, w, f, key, path, value, base64);
}

/* An attribute whose value came from a file: written only when known, made safe first. */
static int
write_attr(const struct xml_api *api, xmlTextWriterPtr w, const char *name, const char *value)
{
	_cleanup_free_ char *safe = NULL;

	if (!value)
		return 0;
	if (format_name(value, &safe) < 0)
		return -ENOMEM;
	return api->xmlTextWriterWriteAttribute(w, X(name), X(safe)) < 0 ? -ENOMEM : 0;
}

static int
write_wake_device(const struct xml_api *api, xmlTextWriterPtr w, const struct report_wake_device *d)
{
	TRY(api->xmlTextWriterStartElement(w, X("device")));
	TRY(write_attr(api, w, "sysname", d->sysname));
	TRY(write_attr(api, w, "subsystem", d->subsystem));
	TRY(write_attr(api, w, "driver", d->driver));
	TRY(write_attr(api, w, "wakeup", d->wakeup));
	TRY(write_attr(api, w, "kind", d->kind));
	TRY(write_attr(api, w, "wakeup-count", d->wakeup_count));
	TRY(write_attr(api, w, "active-count", d->active_count));
	TRY(write_attr(api, w, "path", d->path));
	return api->xmlTextWriterEndElement(w) < 0 ? -ENOMEM : 0;
}

/* <wake>: the devices with power/wakeup by group (in the order of wake_groups), the
 * RTCs, the platform and its power drivers. */
static int
write_wake(const struct xml_api *api, xmlTextWriterPtr w, const struct report_wake *wake)
{
	TRY(api->xmlTextWriterStartElement(w, X("wake")));
	TRY(api->xmlTextWriterWriteFormatAttribute(w, X("devices"), "%zu", wake->n_devices));
	TRY(api->xmlTextWriterWriteFormatAttribute(w, X("enabled"), "%u", wake->n_enabled));
	if (wake->devices_r < 0 && wake->devices_r != -ENOENT)
		TRY(api->xmlTextWriterWriteAttribute(w, X("complete"), X("no")));
	for (const char *const *g = wake_groups; *g; g++) {
		int open = 0;

		for (size_t i = 0; i < wake->n_devices; i++) {
			if (!streq(wake->devices[i].group, *g))
				continue;
			if (!open++) {
				TRY(api->xmlTextWriterStartElement(w, X("group")));
				TRY(api->xmlTextWriterWriteAttribute(w, X("name"), X(*g)));
			}
			TRY(write_wake_device(api, w, &wake->devices[i]));
		}
		if (open)
			TRY(api->xmlTextWriterEndElement(w));
	}
	for (size_t i = 0; i < wake->n_rtcs; i++) {
		TRY(api->xmlTextWriterStartElement(w, X("rtc")));
		TRY(write_attr(api, w, "name", wake->rtcs[i].name));
		TRY(api->xmlTextWriterWriteAttribute(w, X("wakealarm"),
						     X(wake->rtcs[i].alarm ? "yes" : "no")));
		TRY(write_attr(api, w, "device-wakeup", wake->rtcs[i].device_wakeup));
		TRY(api->xmlTextWriterEndElement(w));
	}
	TRY(api->xmlTextWriterStartElement(w, X("platform")));
	TRY(write_attr(api, w, "name", wake->platform));
	for (size_t i = 0; i < wake->n_drivers; i++) {
		TRY(api->xmlTextWriterStartElement(w, X("driver")));
		TRY(api->xmlTextWriterWriteAttribute(w, X("name"), X(wake->drivers[i].name)));
		TRY(api->xmlTextWriterWriteAttribute(w, X("state"), X(wake->drivers[i].state)));
		TRY(api->xmlTextWriterEndElement(w));
	}
	TRY(api->xmlTextWriterEndElement(w));
	return api->xmlTextWriterEndElement(w) < 0 ? -ENOMEM : 0;
}

static int
write_report(const struct xml_api *api, xmlTextWriterPtr w, const struct pmprobe_report *report)
{
	_cleanup_free_ char *backend = NULL;
	int r;

	if (format_name(report->backend, &backend) < 0)
		return -ENOMEM;
	TRY(api->xmlTextWriterSetIndent(w, 1));
	TRY(api->xmlTextWriterSetIndentString(w, X("  ")));
	TRY(api->xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
	TRY(api->xmlTextWriterStartElement(w, X("pmprobe-report")));
	TRY(api->xmlTextWriterWriteFormatAttribute(w, X("format"), "%d", FORMAT_VERSION));
	TRY(api->xmlTextWriterWriteAttribute(w, X("pmprobe-version"), X(PMPROBE_VERSION)));
	TRY(api->xmlTextWriterWriteAttribute(w, X("policy"),
					     X(pmprobe_policy_to_string(report->policy))));
	TRY(api->xmlTextWriterWriteAttribute(w, X("backend"), X(backend)));
	TRY(api->xmlTextWriterStartElement(w, X("targets")));
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		r = write_target(api, w, report, (enum pmprobe_target)t);
		if (r < 0)
			return r;
	}
	TRY(api->xmlTextWriterEndElement(w));
	TRY(api->xmlTextWriterStartElement(w, X("facts")));
	for (size_t i = 0; i < report->n_facts; i++) {
		r = write_fact(api, w, &report->facts[i]);
		if (r < 0)
			return r;
	}
	TRY(api->xmlTextWriterEndElement(w));
	if (report->cpu) {
		r = xml_write_cpu(api, w, report->cpu);
		if (r < 0)
			return r;
	}
	if (report->wake.probed) {
		r = write_wake(api, w, &report->wake);
		if (r < 0)
			return r;
	}
	TRY(api->xmlTextWriterEndElement(w));
	TRY(api->xmlTextWriterEndDocument(w));
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_xml(const struct pmprobe_report *report, char **ret)
{
	assert_return(report && ret, -EINVAL);
	return xml_write_document(write_report, report, ret);
}
