/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A program built against an installed libpmprobe: probes fixture trees, checks EXPECTED. */
#include <stdio.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

/* Returns: the number of verdicts that differ from ROOT/EXPECTED, or -1 if it cannot tell. */
static int
check_root(const char *root)
{
	struct pmprobe_report *reports[_PMPROBE_POLICY_MAX] = {NULL};
	struct pmprobe_ctx *ctx = NULL;
	char path[4096], line[1024];
	int bad = 0, n = 0;
	FILE *f;

	if (pmprobe_new(&ctx, root) < 0) {
		fprintf(stderr, "consumer: pmprobe_new('%s') failed\n", root);
		return -1;
	}
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++)
		if (pmprobe_set_policy(ctx, (enum pmprobe_policy)p) < 0 ||
		    pmprobe_probe(ctx, &reports[p]) < 0)
			bad = -1;
	pmprobe_unref(ctx);
	snprintf(path, sizeof(path), "%s/EXPECTED", root);
	f = fopen(path, "re");
	if (!f)
		bad = -1;
	/* EXPECTED: POLICY TARGET VERDICT [REASON...] per line; the verdicts are checked here. */
	while (bad >= 0 && fgets(line, sizeof(line), f)) {
		char policy[64], target[64], verdict[64];
		int p, t;

		/* cpu-summary, cpu-reasons and cpu KEY VALUE lines are the CPU section's, for
		 * `pmprobe check`; this consumer checks the verdicts. */
		if (line[0] == '#' || !strncmp(line, "cpu", 3) ||
		    sscanf(line, "%63s %63s %63s", policy, target, verdict) != 3)
			continue;
		p = pmprobe_policy_from_string(policy);
		t = pmprobe_target_from_string(target);
		if (p < 0 || t < 0) {
			bad = -1;
			break;
		}
		const char *got = pmprobe_verdict_to_string(
			pmprobe_report_get_verdict(reports[p], (enum pmprobe_target)t));
		if (strcmp(got, verdict) != 0) {
			fprintf(stderr, "consumer: %s: %s %s: %s, expected %s\n", root, policy,
				target, got, verdict);
			bad++;
		}
		n++;
	}
	if (f)
		fclose(f);
	for (int p = 0; p < _PMPROBE_POLICY_MAX; p++)
		pmprobe_report_unref(reports[p]);
	if (bad == 0 && n == 0)
		bad = -1;
	if (bad < 0)
		fprintf(stderr, "consumer: %s: cannot probe it or read its EXPECTED\n", root);
	return bad;
}

int
main(int argc, char **argv)
{
	int failed = 0;

	if (argc < 2) {
		fputs("Usage: consumer ROOT...\n", stderr);
		return 2;
	}
	for (int i = 1; i < argc; i++)
		failed += check_root(argv[i]) != 0;
	printf("consumer: %d of %d trees as expected\n", argc - 1 - failed, argc - 1);
	return failed ? 1 : 0;
}
