/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Corpus test: the \_S1, \_S3, \_S4 our AML scan finds in each host's DSDT and SSDTs
 * (../shared/corpus/acpi) against what a real kernel on that host reported (the `(supports S0
 * ...)` line in ../shared/corpus/dmesg/truth.tsv). A declaration at the root must have been
 * found by the kernel and a state no complete walk declares must not; a declaration only inside
 * If/Else or a Method may go either way, and the counts of those are printed (doc/policies.md
 * quotes them). Exits 77 when the corpus is absent. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "acpi.h"

#define FILE_MAX (64u * 1024u * 1024u)
#define SSDT_MAX 64

struct counts {
	unsigned hosts, mismatches;
	unsigned conditional[ACPI_SLEEP_STATES];     /* declared only conditionally */
	unsigned conditional_off[ACPI_SLEEP_STATES]; /* of them, absent at run time */
};

static int
read_file(const char *path, uint8_t **ret, size_t *ret_len)
{
	struct stat st;
	uint8_t *buf;
	FILE *f;
	size_t n;

	f = fopen(path, "rbe");
	if (!f)
		return -errno;
	if (fstat(fileno(f), &st) < 0 || st.st_size <= 0 || (size_t)st.st_size > FILE_MAX) {
		fclose(f);
		return -EFBIG;
	}
	buf = malloc((size_t)st.st_size);
	if (!buf) {
		fclose(f);
		return -ENOMEM;
	}
	n = fread(buf, 1, (size_t)st.st_size, f);
	fclose(f);
	*ret = buf;
	*ret_len = n;
	return 0;
}

/* Scans one table into @into. Returns: 1 scanned, 0 absent, -errno. */
static int
scan_table(const char *dir, const char *name, struct acpi_aml_sleep *into)
{
	struct acpi_aml_sleep s;
	char path[4096];
	uint8_t *buf;
	size_t len;
	int r;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	r = read_file(path, &buf, &len);
	if (r == -ENOENT)
		return 0;
	if (r < 0)
		return r;
	r = acpi_aml_scan(buf, len, &s);
	free(buf);
	if (r < 0)
		return r;
	acpi_aml_sleep_merge(into, &s);
	return 1;
}

static int
scan_host(const char *acpi_root, const char *host, struct acpi_aml_sleep *ret)
{
	char dir[4096], name[32];
	int r;

	snprintf(dir, sizeof(dir), "%s/%s", acpi_root, host);
	*ret = (struct acpi_aml_sleep){0};
	r = scan_table(dir, "DSDT.dat", ret);
	if (r <= 0)
		return r < 0 ? r : -ENOENT;
	/* SSDT.dat, then SSDT1.dat .. SSDT<n>.dat as the hosts' dumps name them. */
	for (int i = 0; i <= SSDT_MAX && r >= 0; i++) {
		if (i)
			snprintf(name, sizeof(name), "SSDT%d.dat", i);
		else
			snprintf(name, sizeof(name), "SSDT.dat");
		r = scan_table(dir, name, ret);
	}
	return r < 0 ? r : 0;
}

/* Whether "S<n>" is a word of the supports list. */
static int
supports_has(const char *supports, unsigned n)
{
	char word[4];
	const char *p = supports;
	size_t len;

	snprintf(word, sizeof(word), "S%u", n);
	len = strlen(word);
	while ((p = strstr(p, word))) {
		if ((p == supports || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
			return 1;
		p += len;
	}
	return 0;
}

static void
check_host(const char *acpi_root, const char *host, const char *supports, struct counts *c)
{
	static const unsigned states[] = {1, 3, 4};
	struct acpi_aml_sleep s;
	int r = scan_host(acpi_root, host, &s);

	if (r < 0) {
		fprintf(stderr, "MISMATCH %s: tables: %s\n", host, strerror(-r));
		c->mismatches++;
		return;
	}
	c->hosts++;
	printf("  %s: kernel S%s;", host, supports + 1);
	for (size_t i = 0; i < sizeof(states) / sizeof(states[0]); i++) {
		unsigned n = states[i];
		int on = supports_has(supports, n);

		printf(" _S%u %s", n, acpi_sleep_decl_to_string(s.state[n]));
		if (s.state[n] == ACPI_SLEEP_CONDITIONAL) {
			c->conditional[n]++;
			c->conditional_off[n] += !on;
		} else if ((s.state[n] == ACPI_SLEEP_ROOT && !on) ||
			   (s.state[n] == ACPI_SLEEP_ABSENT && !s.partial && on)) {
			fprintf(stderr, "MISMATCH %s: _S%u %s, kernel %s it\n", host, n,
				acpi_sleep_decl_to_string(s.state[n]),
				on ? "reported" : "did not report");
			c->mismatches++;
		}
	}
	printf("%s\n", s.partial ? " (walk partial)" : "");
}

int
main(int argc, char **argv)
{
	const char *root = argc > 1 ? argv[1] : getenv("PMPROBE_CORPUS");
	char acpi_root[4096], tsv[4096], line[1024];
	struct counts c = {0};
	FILE *f;

	if (!root) {
		printf("corpus not given: skipped\n");
		return 77;
	}
	snprintf(acpi_root, sizeof(acpi_root), "%s/acpi", root);
	snprintf(tsv, sizeof(tsv), "%s/dmesg/truth.tsv", root);
	f = fopen(tsv, "re");
	if (!f) {
		printf("'%s' not found: skipped\n", tsv);
		return 77;
	}
	while (fgets(line, sizeof(line), f)) {
		char *host = strtok(line, "\t\n"), *kernel = strtok(NULL, "\t\n");
		char *supports = strtok(NULL, "\t\n");

		if (!host || !kernel || !supports || !strcmp(host, "host"))
			continue;
		check_host(acpi_root, host, supports, &c);
	}
	fclose(f);
	for (unsigned n = 1; n <= 4; n++)
		if (n != 2)
			printf("_S%u only conditionally: %u hosts, absent at run time on %u\n", n,
			       c.conditional[n], c.conditional_off[n]);
	printf("%u hosts, %u mismatches\n", c.hosts, c.mismatches);
	if (c.hosts == 0) {
		fprintf(stderr, "no hosts in '%s'\n", tsv);
		return 1;
	}
	return c.mismatches ? 1 : 0;
}
