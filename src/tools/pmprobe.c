/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pmprobe: which sleep states this host (or a recorded tree) supports, and why. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "tool-config.h"

#define EXIT_USAGE 2

static void
usage(FILE *out)
{
	fputs("Usage: pmprobe [OPTIONS]\n"
	      "Tell whether this host can suspend, hibernate and hybrid-sleep, and why.\n\n"
	      "  -e, --explain         list every file read and what was found in it\n"
	      "  -p, --policy=POLICY   feasible (default) or pm-utils\n"
	      "  -r, --sysroot=DIR     read a recorded tree instead of this host\n"
	      "  -h, --help            show this help\n"
	      "  -V, --version         show the version\n",
	      out);
}

static void
print_summary(const struct pmprobe_report *report, const char *sysroot, int explain)
{
	printf("Host: %s\nPolicy: %s\n\n", sysroot ? sysroot : "this machine (live)",
	       pmprobe_policy_to_string(pmprobe_report_get_policy(report)));
	if (explain) {
		tool_print_facts(stdout, report);
		fputs("\nVerdicts:\n", stdout);
	}
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++)
		tool_print_target(stdout, report, (enum pmprobe_target)t, explain);
}

struct options {
	const char *policy, *sysroot;
	int explain;
};

/* Returns: 0 to go on, 1 when done (help, version), -EINVAL on bad usage. */
static int
parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "explain", no_argument, NULL, 'e' },
		{ "policy", required_argument, NULL, 'p' },
		{ "sysroot", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "ep:r:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'e':
			o->explain = 1;
			break;
		case 'p':
			o->policy = optarg;
			break;
		case 'r':
			o->sysroot = optarg;
			break;
		case 'h':
			usage(stdout);
			return 1;
		case 'V':
			puts("pmprobe " PMPROBE_VERSION);
			return 1;
		default:
			return -EINVAL;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "pmprobe: unexpected argument '%s'\n", argv[optind]);
		return -EINVAL;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	enum pmprobe_policy policy;
	const char *err = NULL, *sysroot;
	int r;

	r = parse_args(argc, argv, &o);
	if (r != 0) {
		if (r < 0)
			usage(stderr);
		return r < 0 ? EXIT_USAGE : 0;
	}
	if (tool_policy(o.policy, &policy, &err) < 0) {
		fprintf(stderr, "pmprobe: %s\n", err);
		return EXIT_USAGE;
	}
	sysroot = tool_sysroot(o.sysroot);
	r = pmprobe_new(&ctx, sysroot);
	if (r >= 0)
		r = pmprobe_set_policy(ctx, policy);
	if (r >= 0)
		r = pmprobe_probe(ctx, &report);
	if (r < 0) {
		fprintf(stderr, "pmprobe: cannot read '%s': %s\n", sysroot ? sysroot : "/sys",
			strerror(-r));
		pmprobe_unref(ctx);
		return EXIT_USAGE;
	}
	print_summary(report, sysroot, o.explain);
	pmprobe_report_unref(report);
	pmprobe_unref(ctx);
	return 0;
}
