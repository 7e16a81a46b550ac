/* SPDX-License-Identifier: GPL-2.0-or-later */
/* --explain's wake section: the wake sources by group, the RTCs, the platform drivers. */
#include <stdio.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "tool-print.h"

#define _unused_ __attribute__((unused))

static const char *const groups[] = {"button", "rtc", "network", "usb-input",
				     "usb",    "pci", "other"};
static const char *const group_titles[] = {
	"lid, power and sleep buttons",
	"real-time clocks",
	"network (wake-on-LAN)",
	"USB keyboards and mice",
	"other USB",
	"PCI",
	"other",
};

/* Calls @fn for each fact whose key starts with @prefix. */
static unsigned
each_fact(FILE *out, const struct pmprobe_report *report, const char *prefix,
	  void (*fn)(FILE *out, const char *key, const char *value, int state))
{
	size_t n = pmprobe_report_get_n_facts(report), len = strlen(prefix);
	unsigned found = 0;

	for (size_t i = 0; i < n; i++) {
		const char *key, *value;
		int state = pmprobe_report_get_fact(report, i, &key, &value, NULL);

		if (state < 0 || strncmp(key, prefix, len) != 0)
			continue;
		found++;
		if (fn)
			fn(out, key + len, value, state);
	}
	return found;
}

static void
print_entry(FILE *out, const char *name, const char *value, int state)
{
	fputs("    ", out);
	tool_print_escaped(out, !*name ? "platform" : *name == '.' ? name + 1 : name);
	fputs(": ", out);
	if (value)
		tool_print_escaped(out, value);
	else
		fputs(pmprobe_fact_state_to_string((enum pmprobe_fact_state)state), out);
	fputc('\n', out);
}

static void
print_rtc(FILE *out, const char *key, const char *value, int state)
{
	const char *dot = strchr(key, '.');

	if (!dot || (strcmp(dot, ".wakealarm") && strcmp(dot, ".device-wakeup")))
		return;
	print_entry(out, key, value, state);
}

static void
print_count(FILE *out, const char *key _unused_, const char *value, int state)
{
	fputs(" (", out);
	if (value)
		tool_print_escaped(out, value);
	else
		fputs(pmprobe_fact_state_to_string((enum pmprobe_fact_state)state), out);
	fputc(')', out);
}

void
tool_print_wake(FILE *out, const struct pmprobe_report *report)
{
	fputs("\nWake sources", out);
	each_fact(out, report, "wake.devices", print_count);
	fputs(":\n", out);
	if (!each_fact(out, report, "wake.", NULL) ||
	    each_fact(out, report, "wake.", NULL) == each_fact(out, report, "wake.devices", NULL))
		fputs("    none\n", out);
	for (size_t g = 0; g < sizeof(groups) / sizeof(groups[0]); g++) {
		char prefix[64];

		snprintf(prefix, sizeof(prefix), "wake.%s.", groups[g]);
		if (!each_fact(out, report, prefix, NULL))
			continue;
		fprintf(out, "  %s:\n", group_titles[g]);
		each_fact(out, report, prefix, print_entry);
	}
	fputs("RTCs:\n", out);
	if (!each_fact(out, report, "rtc.", print_rtc))
		fputs("    none\n", out);
	fputs("Platform power drivers:\n", out);
	if (!each_fact(out, report, "platform", print_entry))
		fputs("    not looked at\n", out);
}
