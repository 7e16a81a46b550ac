/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: parse_u64 and parse_devnum against strtoull on the same digits. */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "parse-util.h"

/* The reference: @len decimal digits, at least one, whose value fits 64 bits. */
static int
ref_u64(const char *s, size_t len, uint64_t *ret)
{
	char *copy, *end;
	unsigned long long v;
	int ok;

	if (len == 0 || strspn(s, "0123456789") < len)
		return 0;
	copy = strndup(s, len);
	FUZZ_CHECK(copy);
	errno = 0;
	v = strtoull(copy, &end, 10);
	ok = errno == 0 && *end == '\0';
	free(copy);
	*ret = v;
	return ok;
}

static void
check_u64(const char *text)
{
	uint64_t got = 0, want = 0, again = 0;
	char buf[32];
	int ok = ref_u64(text, strlen(text), &want);

	FUZZ_CHECK((parse_u64(text, &got) == 0) == ok);
	if (!ok) {
		FUZZ_CHECK(parse_u64(text, &got) == -EBADMSG);
		return;
	}
	FUZZ_CHECK(got == want);
	snprintf(buf, sizeof(buf), "%" PRIu64, got);
	FUZZ_CHECK(parse_u64(buf, &again) == 0 && again == got);
}

/* "MAJ:MIN": two such numbers around the first colon, within the kernel's 12 and 20 bits; the
 * major in fewer than 32 characters, as parse_devnum() bounds it (test-proc.c checks that). */
static void
check_devnum(const char *text)
{
	const char *colon = strchr(text, ':');
	unsigned maj = 0, min = 0, maj2, min2;
	uint64_t rmaj = 0, rmin = 0;
	char buf[32];
	int ok, r;

	ok = colon && colon - text < 32 && ref_u64(text, (size_t)(colon - text), &rmaj) &&
	     ref_u64(colon + 1, strlen(colon + 1), &rmin) && rmaj <= 0xfff && rmin <= 0xfffff;
	r = parse_devnum(text, &maj, &min);
	FUZZ_CHECK(r == 0 || r == -EBADMSG);
	FUZZ_CHECK((r == 0) == ok);
	if (!ok) {
		FUZZ_CHECK(maj == 0 && min == 0); /* untouched on failure */
		return;
	}
	FUZZ_CHECK(maj == rmaj && min == rmin);
	snprintf(buf, sizeof(buf), "%u:%u", maj, min);
	FUZZ_CHECK(parse_devnum(buf, &maj2, &min2) == 0 && maj2 == maj && min2 == min);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);

	check_u64(text);
	check_devnum(text);
	free(text);
	return 0;
}
