/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The evidence the probers fill: facts with their sources, the wake section's records; bounded. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "cpu.h"
#include "evidence.h"
#include "macro.h"
#include "source.h" /* SOURCE_DEVICES_MAX: as many wake records as devices a walk returns */

#define EVIDENCE_FACTS_MAX 1024

static enum pmprobe_fact_state
fact_state_from(int r)
{
	if (r >= 0)
		return PMPROBE_FACT_PRESENT;
	if (r == -ENOENT)
		return PMPROBE_FACT_MISSING;
	if (r == -EBADMSG)
		return PMPROBE_FACT_MALFORMED;
	return PMPROBE_FACT_UNREADABLE;
}

int
evidence_add_fact(struct evidence *ev, const char *key, const char *path, int r, const char *value)
{
	struct fact *f;

	if (ev->n_facts >= EVIDENCE_FACTS_MAX)
		return 0; /* evidence is bounded; a hostile tree never fails the probe */
	f = realloc(ev->facts, (ev->n_facts + 1) * sizeof(*f));
	if (!f)
		return -ENOMEM;
	ev->facts = f;
	f = &ev->facts[ev->n_facts];
	*f = (struct fact){
		.key = strdup(key),
		.path = path ? strdup(path) : NULL,
		.value = value ? strdup(value) : NULL,
		.state = fact_state_from(r),
		.err = fact_state_from(r) == PMPROBE_FACT_UNREADABLE ? -r : 0,
	};
	if (!f->key || (path && !f->path) || (value && !f->value)) {
		free(f->key);
		free(f->path);
		free(f->value);
		return -ENOMEM;
	}
	ev->n_facts++;
	return 0;
}

int
evidence_add_factf(struct evidence *ev, const char *key, const char *path, int r,
		   const char *format, ...)
{
	_cleanup_free_ char *value = NULL;
	va_list ap;
	int n;

	va_start(ap, format);
	n = vasprintf(&value, format, ap);
	va_end(ap);
	if (n < 0)
		return -ENOMEM;
	return evidence_add_fact(ev, key, path, r, value);
}

static char *
dup_or_null(const char *s, int *failed)
{
	char *d;

	if (!s)
		return NULL;
	d = strdup(s);
	if (!d)
		*failed = 1;
	return d;
}

static void
device_done(struct report_wake_device *d)
{
	free(d->group);
	free(d->sysname);
	free(d->subsystem);
	free(d->driver);
	free(d->wakeup);
	free(d->kind);
	free(d->wakeup_count);
	free(d->active_count);
	free(d->path);
}

int
evidence_add_wake_device(struct evidence *ev, const struct report_wake_device *d)
{
	struct report_wake *w = &ev->wake;
	struct report_wake_device *p, c;
	int failed = 0;

	if (w->n_devices >= SOURCE_DEVICES_MAX)
		return 0;
	c = (struct report_wake_device){
		.group = dup_or_null(d->group, &failed),
		.sysname = dup_or_null(d->sysname, &failed),
		.subsystem = dup_or_null(d->subsystem, &failed),
		.driver = dup_or_null(d->driver, &failed),
		.wakeup = dup_or_null(d->wakeup, &failed),
		.kind = dup_or_null(d->kind, &failed),
		.wakeup_count = dup_or_null(d->wakeup_count, &failed),
		.active_count = dup_or_null(d->active_count, &failed),
		.path = dup_or_null(d->path, &failed),
	};
	p = failed ? NULL : realloc(w->devices, (w->n_devices + 1) * sizeof(*p));
	if (!p) {
		device_done(&c);
		return -ENOMEM;
	}
	w->devices = p;
	w->devices[w->n_devices++] = c;
	return 0;
}

int
evidence_add_rtc(struct evidence *ev, const char *name, int alarm)
{
	struct report_wake *w = &ev->wake;
	struct report_rtc *p;

	if (w->n_rtcs >= SOURCE_DEVICES_MAX)
		return 0;
	p = realloc(w->rtcs, (w->n_rtcs + 1) * sizeof(*p));
	if (!p)
		return -ENOMEM;
	w->rtcs = p;
	p[w->n_rtcs] = (struct report_rtc){.name = strdup(name), .alarm = alarm};
	if (!p[w->n_rtcs].name)
		return -ENOMEM;
	w->n_rtcs++;
	return 0;
}

int
evidence_set_rtc_wakeup(struct evidence *ev, const char *name, const char *wakeup)
{
	struct report_wake *w = &ev->wake;
	for (size_t i = 0; i < w->n_rtcs; i++) {
		if (!streq(w->rtcs[i].name, name) || w->rtcs[i].device_wakeup)
			continue;
		w->rtcs[i].device_wakeup = strdup(wakeup);
		return w->rtcs[i].device_wakeup ? 0 : -ENOMEM;
	}
	return 0;
}

void
evidence_add_platform_driver(struct evidence *ev, const char *name, const char *state)
{
	struct report_wake *w = &ev->wake;
	if (w->n_drivers < ELEMENTSOF(w->drivers))
		w->drivers[w->n_drivers++] = (struct report_driver){name, state};
}

void
evidence_done(struct evidence *ev)
{
	struct report_wake *w = &ev->wake;

	for (size_t i = 0; i < ev->n_facts; i++) {
		free(ev->facts[i].key);
		free(ev->facts[i].value);
		free(ev->facts[i].path);
	}
	free(ev->facts);
	cpu_facts_free(ev->cpu);
	for (size_t i = 0; i < w->n_devices; i++)
		device_done(&w->devices[i]);
	free(w->devices);
	for (size_t i = 0; i < w->n_rtcs; i++) {
		free(w->rtcs[i].name);
		free(w->rtcs[i].device_wakeup);
	}
	free(w->rtcs);
	*ev = (struct evidence){0};
}
