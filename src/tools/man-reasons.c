/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Writes pmprobe-reasons(7) as scdoc on stdout or into FILE, from the library's own tables
 * (strings.c for the codes and sentences, reason-effects.c for the effects), so the page cannot
 * drift from them. */
#include <stdio.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "reason-effects.h"

/* @s with scdoc's markup characters escaped. */
static void
put_escaped(const char *s)
{
	for (; *s; s++) {
		if (*s == '\\' || *s == '*' || *s == '_' || *s == '`')
			putchar('\\');
		putchar(*s);
	}
}

/* The enum's constant names, in order, from the public header. */
static char constants[_PMPROBE_REASON_MAX][80];

/* Reads the constants of enum pmprobe_reason from @header. Returns: 0, or -1 when the header
 * does not list exactly the reasons the library was built with. */
static int
read_constants(const char *header)
{
	FILE *f = fopen(header, "re");
	char line[512];
	int on = 0, n = 0;

	if (!f) {
		perror(header);
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *p = strstr(line, "PMPROBE_REASON_");

		if (!on) {
			on = !strncmp(line, "enum pmprobe_reason {", 21);
			continue;
		}
		if (strstr(line, "_PMPROBE_REASON_MAX"))
			break;
		if (!p || n >= _PMPROBE_REASON_MAX)
			continue;
		snprintf(constants[n++], sizeof(constants[0]), "%.*s",
			 (int)strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), p);
	}
	fclose(f);
	if (n != _PMPROBE_REASON_MAX) {
		fprintf(stderr, "%s: %d reasons in the enum, the library has %d\n", header, n,
			_PMPROBE_REASON_MAX);
		return -1;
	}
	return 0;
}

static void
put_effects(unsigned e)
{
	static const struct {
		unsigned bit;
		const char *word;
	} order[] = {
		{REASON_CAN_BLOCK, "blocks"},
		{REASON_CAN_BE_UNKNOWN, "unknown"},
		{REASON_CAN_INFORM, "informs"},
	};
	const char *words[3];
	size_t n = 0;

	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
		if (e & order[i].bit)
			words[n++] = order[i].word;
	for (size_t i = 0; i < n; i++)
		printf("%s*%s*", i == 0 ? "" : i + 1 == n ? " or " : ", ", words[i]);
}

/* Every reason whose effects have @mask set, as a list. Returns: how many. */
static int
put_reasons(unsigned mask)
{
	int n = 0;

	for (int r = 0; r < _PMPROBE_REASON_MAX; r++) {
		unsigned e = reason_effects((enum pmprobe_reason)r);
		const char *code = pmprobe_reason_to_string((enum pmprobe_reason)r);

		if (mask ? !(e & mask) : (e & (REASON_CPU_SECTION | REASON_RETIRED)) != 0)
			continue;
		printf("*%s*\n\t", code);
		put_escaped(pmprobe_reason_to_description((enum pmprobe_reason)r));
		fputs(".\n\n\t", stdout);
		if (!mask) {
			fputs("Effect: ", stdout);
			put_effects(e);
			fputs(". ", stdout);
		}
		fputs("Constant: ", stdout);
		put_escaped(constants[r]);
		printf(" (%d).\n\n", r);
		n++;
	}
	return n;
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("Usage: man-reasons HEADER [FILE]\n", stderr);
		return 2;
	}
	if (read_constants(argv[1]) < 0)
		return 1;
	if (argc > 2 && !freopen(argv[2], "w", stdout)) {
		perror(argv[2]);
		return 1;
	}
	fputs("pmprobe-reasons(7)\n\n"
	      "# NAME\n\n"
	      "pmprobe-reasons - the reason codes of pmprobe and libpmprobe, with their effects\n\n"
	      "# DESCRIPTION\n\n"
	      "Every verdict of *pmprobe*(1), *pm-is-supported*(1) and *libpmprobe*(3) comes with "
	      "the reason codes it rests on. A code is a stable string: it never changes once "
	      "released, and a code no rule gives any more stays reserved. This page lists every "
	      "code this version knows, with the number of its *enum pmprobe\\_reason* constant "
	      "and the sentence *pmprobe --explain*, the reports and "
	      "*pmprobe\\_reason\\_to\\_description*() give. It is written at build time from the "
	      "library's own tables.\n\n"
	      "# EFFECTS\n\n"
	      "Each reason on a target has an effect on that target's verdict:\n\n"
	      "*blocks*\n\tit makes the verdict *no*.\n\n"
	      "*unknown*\n\tit makes the verdict *unknown*, unless another reason blocks: what "
	      "decides could not be read or known.\n\n"
	      "*informs*\n\tit says what was found; the verdict would be the same without it.\n\n"
	      "The verdict is *no* when a reason blocks, else *unknown* when one is unknown, else "
	      "*yes*. The rules give each reason its effect on each target, so one code can have "
	      "more than one: the effects listed below are all those some rule can give it. "
	      "Under the *pm-utils* policy, the blocking reasons of *suspend-hybrid*'s kernel "
	      "branch inform when its RTC fallback cannot be decided. Every report says the "
	      "effect each reason has where it appears (*effect* in XML and JSON, "
	      "*pmprobe\\_report\\_get\\_reason\\_effect*()).\n\n"
	      "# REASONS OF THE VERDICTS\n\n",
	      stdout);
	put_reasons(0);
	fputs("# REASONS OF THE CPU SECTION\n\n"
	      "These are found reading the CPUs' power policies (cpufreq, cpuidle, the "
	      "energy-performance bias, the platform profile). They are the CPU section's, "
	      "with the file they concern, and never a target's: no verdict depends on them.\n\n",
	      stdout);
	put_reasons(REASON_CPU_SECTION);
	fputs("# RETIRED CODES\n\n"
	      "No rule of this version gives these; their codes and numbers stay reserved.\n\n",
	      stdout);
	put_reasons(REASON_RETIRED);
	fputs("# SEE ALSO\n\n"
	      "*pmprobe*(1), *pm-is-supported*(1), *libpmprobe*(3), and _policies.md_ in "
	      "pmprobe's documentation, where each rule cites the kernel and systemd source it "
	      "follows.\n",
	      stdout);
	return ferror(stdout) || fflush(stdout) ? 1 : 0;
}
