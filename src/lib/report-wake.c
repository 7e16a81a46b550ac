/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's wake section, kept apart from the facts so the writers can group it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "macro.h"
#include "report-wake.h"
#include "source.h"

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
report_wake_add_device(struct report_wake *w, const struct report_wake_device *d)
{
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
report_wake_add_rtc(struct report_wake *w, const char *name, int alarm)
{
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
report_wake_set_rtc_wakeup(struct report_wake *w, const char *name, const char *wakeup)
{
	for (size_t i = 0; i < w->n_rtcs; i++) {
		if (!streq(w->rtcs[i].name, name) || w->rtcs[i].device_wakeup)
			continue;
		w->rtcs[i].device_wakeup = strdup(wakeup);
		return w->rtcs[i].device_wakeup ? 0 : -ENOMEM;
	}
	return 0;
}

void
report_wake_add_driver(struct report_wake *w, const char *name, const char *state)
{
	if (w->n_drivers < ELEMENTSOF(w->drivers))
		w->drivers[w->n_drivers++] = (struct report_driver){name, state};
}

void
report_wake_done(struct report_wake *w)
{
	for (size_t i = 0; i < w->n_devices; i++)
		device_done(&w->devices[i]);
	free(w->devices);
	for (size_t i = 0; i < w->n_rtcs; i++) {
		free(w->rtcs[i].name);
		free(w->rtcs[i].device_wakeup);
	}
	free(w->rtcs);
	*w = (struct report_wake){0};
}
