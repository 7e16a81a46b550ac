/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The AML walk's speed (src/lib/acpi-aml.c): MB/s over tables, for bench/run.
 * Usage: aml-walk TABLE...        every table walked in turn until 0.3 s of CPU; prints MB/s
 *        aml-walk -s BYTES TABLE  one table of BYTES made of TABLE's body repeated; prints MB/s */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "acpi.h"

struct table {
	uint8_t *buf;
	size_t len;
};

static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct table
load(const char *path)
{
	struct table t = {0};
	FILE *f = fopen(path, "rb");
	long size;

	if (!f || fseek(f, 0, SEEK_END) < 0 || (size = ftell(f)) < 36 ||
	    fseek(f, 0, SEEK_SET) < 0) {
		fprintf(stderr, "aml-walk: cannot read %s\n", path);
		exit(2);
	}
	t.len = (size_t)size;
	t.buf = malloc(t.len);
	if (!t.buf || fread(t.buf, 1, t.len, f) != t.len)
		exit(2);
	fclose(f);
	return t;
}

/* @t's header, then its body repeated up to @bytes, the length field made to say so. */
static struct table
grow(struct table t, size_t bytes)
{
	struct table g = {.buf = malloc(bytes), .len = bytes};
	size_t body = t.len - 36, at = 36;

	if (!g.buf)
		exit(2);
	memcpy(g.buf, t.buf, 36);
	while (at < bytes) {
		size_t n = bytes - at < body ? bytes - at : body;

		memcpy(g.buf + at, t.buf + 36, n);
		at += n;
	}
	for (int i = 0; i < 4; i++)
		g.buf[4 + i] = (uint8_t)(bytes >> (8 * i));
	return g;
}

int
main(int argc, char **argv)
{
	struct table *tables;
	size_t n = 0, grow_to = 0, total = 0;
	double start, used;
	unsigned rounds = 0;
	int first = 1;

	if (argc > 2 && !strcmp(argv[1], "-s")) {
		grow_to = strtoull(argv[2], NULL, 10);
		first = 3;
	}
	if (first >= argc) {
		fputs("usage: aml-walk [-s BYTES] TABLE...\n", stderr);
		return 2;
	}
	tables = calloc((size_t)argc, sizeof(*tables));
	for (int i = first; i < argc; i++)
		tables[n++] = load(argv[i]);
	if (grow_to) {
		tables[0] = grow(tables[0], grow_to);
		n = 1;
	}
	start = cpu_seconds();
	do {
		for (size_t i = 0; i < n; i++) {
			struct acpi_aml_sleep s;

			if (acpi_aml_scan(tables[i].buf, tables[i].len, &s) < 0) {
				fprintf(stderr, "aml-walk: table %zu refused\n", i);
				return 1;
			}
			total += tables[i].len;
		}
		rounds++;
		used = cpu_seconds() - start;
	} while (used < 0.3 || rounds < 3);
	printf("%.1f\n", (double)total / used / 1e6);
	return 0;
}
