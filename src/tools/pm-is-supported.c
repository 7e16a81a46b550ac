/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Drop-in for pm-utils' pm-is-supported: exit 0 when the method is supported, else 1. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "sandbox.h"
#include "tool-config.h"
#include "tool-output.h"
#include "report-text.h"

static const char usage_text[] =
	"pm-is-supported [--suspend | --hibernate | --suspend-hybrid ]\n\n";

struct options {
	const char *policy, *sysroot, *method;
	int explain;
};

/* The original: ARG="$(echo ${1#--}|tr - _)". One leading "--" goes, the unquoted expansion
 * splits on blanks and echo joins the words with one space (a first word "-n" is echo's option),
 * and every '-' becomes '_'. Returns: a new string, or NULL on ENOMEM. */
static char *
classic_argument(const char *arg)
{
	size_t len = strlen(arg), n = 0;
	char *out = malloc(len + 1);
	int first = 1;

	if (!out)
		return NULL;
	if (!strncmp(arg, "--", 2))
		arg += 2;
	for (const char *p = arg; *p;) {
		size_t w;

		p += strspn(p, " \t\n");
		w = strcspn(p, " \t\n");
		if (w == 0)
			break;
		if (!(first && w == 2 && !strncmp(p, "-n", 2))) {
			if (n)
				out[n++] = ' ';
			memcpy(out + n, p, w);
			n += w;
		}
		first = 0;
		p += w;
	}
	out[n] = '\0';
	for (char *c = out; *c; c++)
		if (*c == '-')
			*c = '_';
	return out;
}

/* pmprobe's own options, accepted anywhere as --opt=VALUE or --opt VALUE; the first other
 * argument is the original's $1 and the rest is ignored, as the original ignores it. */
static int
parse_options(int argc, char **argv, struct options *o)
{
	static const char *const valued[] = {"--policy", "--sysroot"};

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int consumed = 0;

		for (size_t k = 0; k < 2; k++) {
			size_t l = strlen(valued[k]);
			const char **slot = k == 0 ? &o->policy : &o->sysroot;

			if (strncmp(a, valued[k], l) != 0)
				continue;
			if (a[l] == '=')
				*slot = a + l + 1;
			else if (a[l] == '\0' && i + 1 < argc)
				*slot = argv[++i];
			else if (a[l] == '\0')
				return -EINVAL;
			else
				continue;
			consumed = 1;
		}
		if (!consumed && !strcmp(a, "--explain"))
			consumed = o->explain = 1;
		if (!consumed && !o->method)
			o->method = a;
	}
	return 0;
}

static int
answer(const struct options *o, enum pmprobe_target target)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	enum pmprobe_policy policy;
	const char *err = NULL;
	int r, supported;

	if (tool_policy(o->policy, &policy, &err) < 0) {
		fprintf(stderr, "pm-is-supported: %s\n", err);
		return 1;
	}
	r = pmprobe_new(&ctx, tool_sysroot(o->sysroot));
	if (r >= 0)
		r = pmprobe_set_policy(ctx, policy);
	/* Without --explain only what the target's verdict needs is read (no ACPI table, no
	 * section): the same answer. */
	if (r >= 0 && !o->explain)
		r = pmprobe_set_targets(ctx, 1u << target);
	if (r >= 0 && !o->explain)
		r = pmprobe_set_sections(ctx, 0);
	if (r >= 0)
		r = pmprobe_probe(ctx, &report);
	if (r < 0) {
		fprintf(stderr, "pm-is-supported: cannot probe: %s\n", strerror(-r));
		pmprobe_unref(ctx);
		return 1;
	}
	supported = pmprobe_report_get_verdict(report, target) == PMPROBE_YES;
	if (o->explain)
		report_text_target(stdout, report, target, 1);
	pmprobe_report_unref(report);
	pmprobe_unref(ctx);
	return supported ? 0 : 1;
}

int
main(int argc, char **argv)
{
	static const struct {
		const char *arg;
		enum pmprobe_target target;
	} methods[] = {
		{"suspend", PMPROBE_TARGET_SUSPEND},
		{"hibernate", PMPROBE_TARGET_HIBERNATE},
		{"suspend_hybrid", PMPROBE_TARGET_SUSPEND_HYBRID},
	};
	struct options o = {0};
	char *arg;
	int r = 1;

	/* Its exit status stays pm-utils' (0 yes, 1 otherwise): stdout is not checked. */
	tool_hold_std_fds();
	if (parse_options(argc, argv, &o) < 0 || !o.method) {
		fputs(usage_text, stderr);
		return 1;
	}
	/* Nothing is written from here on but stdout and stderr (sandbox.c). */
	tool_sandbox("pm-is-supported", NULL);
	arg = classic_argument(o.method);
	if (!arg)
		return 1;
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++)
		if (!strcmp(arg, methods[i].arg)) {
			free(arg);
			return answer(&o, methods[i].target);
		}
	if (!strcmp(arg, "help")) {
		fputs(usage_text, stdout);
		r = 0;
	} else
		fputs(usage_text, stderr);
	free(arg);
	return r;
}
