/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The whole report as one JSON document, the same content as the XML, written with json-c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <pmprobe/pmprobe.h>

#include "format-cpu.h"
#include "format.h"
#include "macro.h"
#include "report.h"

static void
json_putp(json_object **o)
{
	json_object_put(*o);
}
#define _cleanup_json_ _cleanup_(json_putp)

/* Adds @val (consumed, NULL means JSON null) to @obj. Returns: 0 or -ENOMEM. */
static int
add(json_object *obj, const char *key, json_object *val)
{
	if (json_object_object_add(obj, key, val) < 0) {
		json_object_put(val);
		return -ENOMEM;
	}
	return 0;
}

/* Adds a string member; a NULL @s is null. Returns: 0 or -ENOMEM. */
static int
add_string(json_object *obj, const char *key, const char *s)
{
	json_object *v = NULL;

	if (s) {
		v = json_object_new_string(s);
		if (!v)
			return -ENOMEM;
	}
	return add(obj, key, v);
}

static int
append(json_object *array, json_object *val)
{
	if (!val)
		return -ENOMEM;
	if (json_object_array_add(array, val) < 0) {
		json_object_put(val);
		return -ENOMEM;
	}
	return 0;
}

static json_object *
target_json(const struct pmprobe_report *report, enum pmprobe_target t)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	json_object *reasons = json_object_new_array();
	int r;

	if (!o || !reasons) {
		json_object_put(reasons);
		return NULL;
	}
	r = add_string(o, "name", pmprobe_target_to_string(t));
	if (r >= 0)
		r = add_string(o, "verdict",
			       pmprobe_verdict_to_string(pmprobe_report_get_verdict(report, t)));
	if (r >= 0)
		r = add(o, "reasons", reasons);
	else
		json_object_put(reasons);
	for (size_t i = 0; r >= 0 && i < report->verdicts[t].n_reasons; i++) {
		enum pmprobe_reason reason = report->verdicts[t].reasons[i];
		enum pmprobe_effect effect = (enum pmprobe_effect)report->verdicts[t].weights[i];
		json_object *ro = json_object_new_object();

		r = append(reasons, ro);
		if (r >= 0)
			r = add_string(ro, "code", pmprobe_reason_to_string(reason));
		if (r >= 0)
			r = add_string(ro, "effect", pmprobe_effect_to_string(effect));
		if (r >= 0)
			r = add_string(ro, "description", pmprobe_reason_to_description(reason));
	}
	return r < 0 ? NULL : TAKE_PTR(o);
}

static json_object *
fact_json(const struct fact *f)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	_cleanup_free_ char *key = NULL, *path = NULL, *value = NULL;
	char buf[16];
	int base64 = 0, r;

	if (!o || format_name(f->key, &key) < 0 || (f->path && format_name(f->path, &path) < 0) ||
	    (f->value && format_value(f->value, &value, &base64) < 0))
		return NULL;
	r = add_string(o, "key", key);
	if (r >= 0)
		r = add_string(o, "state", pmprobe_fact_state_to_string(f->state));
	if (r >= 0)
		r = add_string(o, "errno", f->err ? format_errno(f->err, buf, sizeof(buf)) : NULL);
	if (r >= 0)
		r = add_string(o, "path", path);
	if (r >= 0)
		r = add_string(o, "value", value);
	if (r >= 0 && base64)
		r = add_string(o, "value_encoding", "base64");
	return r < 0 ? NULL : TAKE_PTR(o);
}

/* A string member made safe first (it came from a file); NULL is null. */
static int
add_safe(json_object *obj, const char *key, const char *s)
{
	_cleanup_free_ char *safe = NULL;

	if (s && format_name(s, &safe) < 0)
		return -ENOMEM;
	return add_string(obj, key, safe);
}

static json_object *
wake_device_json(const struct report_wake_device *d)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	int r = o ? 0 : -ENOMEM;

	if (r >= 0)
		r = add_safe(o, "sysname", d->sysname);
	if (r >= 0)
		r = add_safe(o, "subsystem", d->subsystem);
	if (r >= 0)
		r = add_safe(o, "driver", d->driver);
	if (r >= 0)
		r = add_safe(o, "wakeup", d->wakeup);
	if (r >= 0)
		r = add_safe(o, "kind", d->kind);
	if (r >= 0)
		r = add_safe(o, "wakeup_count", d->wakeup_count);
	if (r >= 0)
		r = add_safe(o, "active_count", d->active_count);
	if (r >= 0)
		r = add_safe(o, "path", d->path);
	return r < 0 ? NULL : TAKE_PTR(o);
}

static json_object *
wake_group_json(const struct report_wake *wake, const char *group)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	json_object *devices = json_object_new_array();
	int r = o && devices ? 0 : -ENOMEM;

	if (r >= 0)
		r = add_string(o, "name", group);
	if (r >= 0)
		r = add(o, "devices", devices);
	else
		json_object_put(devices);
	for (size_t i = 0; r >= 0 && i < wake->n_devices; i++)
		if (streq(wake->devices[i].group, group))
			r = append(devices, wake_device_json(&wake->devices[i]));
	return r < 0 ? NULL : TAKE_PTR(o);
}

static json_object *
rtc_json(const struct report_rtc *rtc)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	int r = o ? 0 : -ENOMEM;

	if (r >= 0)
		r = add_safe(o, "name", rtc->name);
	if (r >= 0)
		r = add(o, "wakealarm", json_object_new_boolean(rtc->alarm));
	if (r >= 0)
		r = add_safe(o, "device_wakeup", rtc->device_wakeup);
	return r < 0 ? NULL : TAKE_PTR(o);
}

static json_object *
platform_json(const struct report_wake *wake)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	json_object *drivers = json_object_new_array();
	int r = o && drivers ? 0 : -ENOMEM;

	if (r >= 0)
		r = add_string(o, "name", wake->platform);
	if (r >= 0)
		r = add(o, "drivers", drivers);
	else
		json_object_put(drivers);
	for (size_t i = 0; r >= 0 && i < wake->n_drivers; i++) {
		json_object *d = json_object_new_object();

		r = append(drivers, d);
		if (r >= 0)
			r = add_string(d, "name", wake->drivers[i].name);
		if (r >= 0)
			r = add_string(d, "state", wake->drivers[i].state);
	}
	return r < 0 ? NULL : TAKE_PTR(o);
}

/* "wake": the devices with power/wakeup by group, the RTCs, the platform's drivers. */
static json_object *
wake_json(const struct report_wake *wake)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	json_object *groups = json_object_new_array(), *rtcs = json_object_new_array();
	int r = o && groups && rtcs ? 0 : -ENOMEM;

	if (r >= 0)
		r = add(o, "devices", json_object_new_int64((int64_t)wake->n_devices));
	if (r >= 0)
		r = add(o, "enabled", json_object_new_int64(wake->n_enabled));
	if (r >= 0)
		r = add(o, "complete",
			json_object_new_boolean(wake->devices_r >= 0 ||
						wake->devices_r == -ENOENT));
	if (r >= 0)
		r = add(o, "groups", json_object_get(groups));
	if (r >= 0)
		r = add(o, "rtcs", json_object_get(rtcs));
	for (const char *const *g = wake_groups; r >= 0 && *g; g++)
		for (size_t i = 0; i < wake->n_devices; i++)
			if (streq(wake->devices[i].group, *g)) {
				r = append(groups, wake_group_json(wake, *g));
				break;
			}
	for (size_t i = 0; r >= 0 && i < wake->n_rtcs; i++)
		r = append(rtcs, rtc_json(&wake->rtcs[i]));
	if (r >= 0)
		r = add(o, "platform", platform_json(wake));
	json_object_put(groups);
	json_object_put(rtcs);
	return r < 0 ? NULL : TAKE_PTR(o);
}

static json_object *
report_json(const struct pmprobe_report *report)
{
	_cleanup_json_ json_object *o = json_object_new_object();
	_cleanup_free_ char *backend = NULL;
	json_object *targets = json_object_new_array(), *facts = json_object_new_array();
	int r;

	if (!o || !targets || !facts || format_name(report->backend, &backend) < 0) {
		json_object_put(targets);
		json_object_put(facts);
		return NULL;
	}
	r = add(o, "format", json_object_new_int(FORMAT_VERSION));
	if (r >= 0)
		r = add_string(o, "pmprobe_version", PMPROBE_VERSION);
	if (r >= 0)
		r = add_string(o, "policy", pmprobe_policy_to_string(report->policy));
	if (r >= 0)
		r = add_string(o, "backend", backend);
	if (r >= 0)
		r = add(o, "targets", targets);
	else
		json_object_put(targets);
	if (r >= 0)
		r = add(o, "facts", facts);
	else
		json_object_put(facts);
	for (int t = 0; r >= 0 && t < _PMPROBE_TARGET_MAX; t++)
		r = append(targets, target_json(report, (enum pmprobe_target)t));
	for (size_t i = 0; r >= 0 && i < report->n_facts; i++)
		r = append(facts, fact_json(&report->facts[i]));
	if (r >= 0 && report->cpu) {
		json_object *cpu = cpu_json(report->cpu);

		r = cpu ? add(o, "cpu", cpu) : -ENOMEM;
	}
	if (r >= 0 && report->wake.probed) {
		json_object *wake = wake_json(&report->wake);

		r = wake ? add(o, "wake", wake) : -ENOMEM;
	}
	return r < 0 ? NULL : TAKE_PTR(o);
}

PMP_EXPORT int
pmprobe_report_to_json(const struct pmprobe_report *report, char **ret)
{
	_cleanup_json_ json_object *o = NULL;
	const char *text;
	char *out;

	assert_return(report && ret, -EINVAL);
	o = report_json(report);
	if (!o)
		return -ENOMEM;
	text = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
							 JSON_C_TO_STRING_NOSLASHESCAPE);
	if (!text)
		return -ENOMEM;
	if (asprintf(&out, "%s\n", text) < 0)
		return -ENOMEM;
	*ret = out;
	return 0;
}
