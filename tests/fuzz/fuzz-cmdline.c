/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: /proc/cmdline, the parameters that decide hibernation and mem_sleep. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "proc.h"
#include "tokens.h"

static int
starts(const char *s, size_t len, const char *prefix)
{
	size_t plen = strlen(prefix);

	return len >= plen && !memcmp(s, prefix, plen);
}

static int
same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* For text without quotes: the parameters are the words up to "--", and the flags follow from
 * kernel/power/hibernate.c's prefix tests. */
static void
check_unquoted(const char *text, const struct cmdline *c)
{
	int nohibernate = 0, noresume = 0, nocompress = 0;
	const char *resume = NULL, *msd = NULL, *comp = NULL;
	size_t resume_len = 0, msd_len = 0, comp_len = 0;

	for (const char *p = text;;) {
		size_t len = 0;

		while (*p && char_is_space(*p))
			p++;
		while (p[len] && !char_is_space(p[len]))
			len++;
		if (len == 0 || (len == 2 && !memcmp(p, "--", 2)))
			break;
		if (len == 11 && !memcmp(p, "nohibernate", 11))
			nohibernate = 1;
		else if (len == 8 && !memcmp(p, "noresume", 8))
			noresume = 1;
		else if (starts(p, len, "hibernate=noresume"))
			noresume = 1;
		else if (starts(p, len, "hibernate=nocompress"))
			nocompress = 1;
		else if (starts(p, len, "hibernate=no") && !starts(p, len, "hibernate=nocompress"))
			nohibernate = 1;
		else if (starts(p, len, "resume=")) {
			resume = p + 7;
			resume_len = len - 7;
		} else if (starts(p, len, "mem_sleep_default=")) {
			msd = p + 18;
			msd_len = len - 18;
		} else if (starts(p, len, "hibernate.compressor=")) {
			comp = p + 21;
			comp_len = len - 21;
		}
		p += len;
	}
	FUZZ_CHECK(c->nohibernate == nohibernate && c->noresume == noresume);
	FUZZ_CHECK(c->nocompress == nocompress);
	FUZZ_CHECK(!comp == !c->compressor);
	FUZZ_CHECK(!comp ||
		   (strlen(c->compressor) == comp_len && !memcmp(c->compressor, comp, comp_len)));
	FUZZ_CHECK(!resume == !c->resume);
	FUZZ_CHECK(!resume ||
		   (strlen(c->resume) == resume_len && !memcmp(c->resume, resume, resume_len)));
	FUZZ_CHECK(!msd == !c->mem_sleep_default);
	FUZZ_CHECK(!msd || (strlen(c->mem_sleep_default) == msd_len &&
			    !memcmp(c->mem_sleep_default, msd, msd_len)));
}

/* Written back with every value quoted, and junk after "--", the same facts come out. */
static void
check_round_trip(const struct cmdline *c)
{
	struct fuzz_buf b = {0};
	struct cmdline again;

	fuzz_buf_puts(&b, "BOOT_IMAGE=/vmlinuz ro ");
	if (c->nohibernate)
		fuzz_buf_puts(&b, "nohibernate ");
	if (c->noresume)
		fuzz_buf_puts(&b, "noresume ");
	if (c->nocompress)
		fuzz_buf_puts(&b, "hibernate=nocompress ");
	if (c->compressor) {
		fuzz_buf_puts(&b, "\"hibernate.compressor=");
		fuzz_buf_puts(&b, c->compressor);
		fuzz_buf_puts(&b, "\" ");
	}
	if (c->resume) {
		fuzz_buf_puts(&b, "resume=\"");
		fuzz_buf_puts(&b, c->resume);
		fuzz_buf_puts(&b, "\" ");
	}
	if (c->mem_sleep_default) {
		fuzz_buf_puts(&b, "\"mem_sleep_default=");
		fuzz_buf_puts(&b, c->mem_sleep_default);
		fuzz_buf_puts(&b, "\" ");
	}
	fuzz_buf_puts(&b, "-- nohibernate resume=/dev/init noresume\n");
	FUZZ_CHECK(cmdline_parse(b.s, &again) == 0);
	FUZZ_CHECK(again.nohibernate == c->nohibernate && again.noresume == c->noresume);
	FUZZ_CHECK(again.nocompress == c->nocompress && same_str(again.compressor, c->compressor));
	FUZZ_CHECK(same_str(again.resume, c->resume));
	FUZZ_CHECK(same_str(again.mem_sleep_default, c->mem_sleep_default));
	cmdline_done(&again);
	free(b.s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);
	struct cmdline c;

	FUZZ_CHECK(cmdline_parse(text, &c) == 0);
	FUZZ_CHECK(c.nohibernate == 0 || c.nohibernate == 1);
	FUZZ_CHECK(c.noresume == 0 || c.noresume == 1);
	/* Quotes group and are dropped: none survive into a value. */
	FUZZ_CHECK(!c.resume || !strchr(c.resume, '"'));
	FUZZ_CHECK(!c.mem_sleep_default || !strchr(c.mem_sleep_default, '"'));
	if (!strchr(text, '"'))
		check_unquoted(text, &c);
	check_round_trip(&c);
	cmdline_done(&c);
	FUZZ_CHECK(!c.resume && !c.mem_sleep_default && !c.nohibernate && !c.noresume);
	free(text);
	return 0;
}
