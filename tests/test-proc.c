/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the /proc parsers: swaps, meminfo, cmdline and the number helpers. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse-util.h"
#include "proc.h"
#include "testutil.h"

#define SWAPS_HEADER "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"

/* swaps */

static void
test_proc_swaps_partition_and_file(void **state)
{
	struct swaps s;

	(void)state;
	assert_int_equal(
		swaps_parse(SWAPS_HEADER
			    "/dev/sda2                               partition\t8388604\t1024\t-2\n"
			    "/swapfile                               file\t\t2097148\t0\t\t10\n",
			    &s),
		0);
	assert_int_equal(s.n, 2);
	assert_string_equal(s.entries[0].filename, "/dev/sda2");
	assert_true(s.entries[0].is_partition);
	assert_int_equal(s.entries[0].size_kib, 8388604);
	assert_int_equal(s.entries[0].used_kib, 1024);
	assert_false(s.entries[0].deleted);
	assert_false(s.entries[0].zram);
	assert_false(s.entries[0].dev_known);
	assert_true(swap_entry_usable(&s.entries[0]));
	assert_string_equal(s.entries[1].filename, "/swapfile");
	assert_false(s.entries[1].is_partition);
	assert_int_equal(s.entries[1].size_kib, 2097148);
	assert_int_equal(s.entries[1].used_kib, 0);
	assert_true(swap_entry_usable(&s.entries[1]));
	swaps_done(&s);
	assert_null(s.entries);
	assert_int_equal(s.n, 0);
}

static void
test_proc_swaps_header_only(void **state)
{
	struct swaps s;

	(void)state;
	assert_int_equal(swaps_parse(SWAPS_HEADER, &s), 0);
	assert_int_equal(s.n, 0);
	swaps_done(&s);
	/* Without the final newline, and with blank lines after it. */
	assert_int_equal(swaps_parse("Filename Type Size Used Priority", &s), 0);
	assert_int_equal(s.n, 0);
	swaps_done(&s);
	assert_int_equal(swaps_parse(SWAPS_HEADER "\n  \t\r\n", &s), 0);
	assert_int_equal(s.n, 0);
	swaps_done(&s);
}

static void
test_proc_swaps_missing_header(void **state)
{
	struct swaps s = {.n = 42};

	(void)state;
	assert_int_equal(swaps_parse("/dev/sda2 partition 8388604 0 -2\n", &s), -EBADMSG);
	assert_int_equal(swaps_parse("", &s), -EBADMSG);
	assert_int_equal(swaps_parse("\n" SWAPS_HEADER, &s), -EBADMSG);
	assert_int_equal(s.n, 42); /* untouched on failure */
}

static void
test_proc_swaps_octal_escapes(void **state)
{
	struct swaps s;

	(void)state;
	assert_int_equal(swaps_parse(SWAPS_HEADER "/mnt/my\\040swap\\011file file 1000 0 -2\n"
						  "/a\\134b file 1000 0 -3\n"
						  "/x\\040 file 1000 0 -4\n"
						  "/bad\\089 file 1000 0 -5\n"
						  "/short\\04 file 1000 0 -6\n",
				     &s),
			 0);
	assert_int_equal(s.n, 5);
	assert_string_equal(s.entries[0].filename, "/mnt/my swap\tfile");
	assert_string_equal(s.entries[1].filename, "/a\\b");
	assert_string_equal(s.entries[2].filename, "/x ");	 /* an escape at the very end */
	assert_string_equal(s.entries[3].filename, "/bad\\089"); /* 8 is not octal: kept */
	assert_string_equal(s.entries[4].filename, "/short\\04");
	for (size_t i = 0; i < s.n; i++)
		assert_false(s.entries[i].deleted);
	swaps_done(&s);
}

static void
test_proc_swaps_deleted_escaped_form(void **state)
{
	struct swaps s;

	(void)state;
	/* Kernels since 5.x escape the space before "(deleted)". */
	assert_int_equal(swaps_parse(SWAPS_HEADER "/swapfile\\040(deleted) file 1000 0 -2\n", &s),
			 0);
	assert_int_equal(s.n, 1);
	assert_true(s.entries[0].deleted);
	assert_false(s.entries[0].is_partition);
	assert_int_equal(s.entries[0].size_kib, 1000);
	assert_false(swap_entry_usable(&s.entries[0]));
	swaps_done(&s);
}

static void
test_proc_swaps_deleted_plain_form(void **state)
{
	struct swaps s;

	(void)state;
	/* Older kernels print it unescaped: one more field. */
	assert_int_equal(swaps_parse(SWAPS_HEADER "/swapfile (deleted) file\t1000\t5\t-2\n", &s),
			 0);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.entries[0].filename, "/swapfile");
	assert_true(s.entries[0].deleted);
	assert_false(s.entries[0].is_partition);
	assert_int_equal(s.entries[0].size_kib, 1000);
	assert_int_equal(s.entries[0].used_kib, 5);
	assert_false(swap_entry_usable(&s.entries[0]));
	swaps_done(&s);
}

static void
test_proc_swaps_deleted_only_as_suffix(void **state)
{
	struct swaps s;

	(void)state;
	/* "(deleted)" inside a name, or a sixth field that is something else, is not a deletion. */
	assert_int_equal(swaps_parse(SWAPS_HEADER "/swap\\040(deleted)x file 1000 0 -2\n", &s), 0);
	assert_false(s.entries[0].deleted);
	swaps_done(&s);
	assert_int_equal(swaps_parse(SWAPS_HEADER "/swapfile (gone) file 1000 0 -2\n", &s),
			 -EBADMSG);
}

static void
test_proc_swaps_zram(void **state)
{
	struct swaps s;

	(void)state;
	assert_int_equal(swaps_parse(SWAPS_HEADER "/dev/zram0 partition 4194300 0 100\n"
						  "/dev/zram10 partition 4194300 0 100\n"
						  "/dev/sdzram partition 4194300 0 100\n",
				     &s),
			 0);
	assert_int_equal(s.n, 3);
	assert_true(s.entries[0].zram);
	assert_true(s.entries[1].zram);
	assert_false(swap_entry_usable(&s.entries[0]));
	assert_false(s.entries[2].zram);
	assert_true(swap_entry_usable(&s.entries[2]));
	swaps_done(&s);
}

static void
test_proc_swaps_bad_numbers(void **state)
{
	static const char *const lines[] = {
		"/dev/sda2 partition -1 0 -2\n",
		"/dev/sda2 partition 100 -5 -2\n",
		"/dev/sda2 partition 18446744073709551616 0 -2\n",
		"/dev/sda2 partition 100 99999999999999999999999 -2\n",
		"/dev/sda2 partition 1e3 0 -2\n",
		"/dev/sda2 partition 100 0 x\n",
		"/dev/sda2 partition 100 0\n",
		"/dev/sda2 partition 100 0 -2 extra\n",
		"/dev/sda2\n",
	};
	struct swaps s;

	(void)state;
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		char *text;
		int r;

		assert_true(asprintf(&text, SWAPS_HEADER "/dev/sdb1 partition 10 0 -1\n%s",
				     lines[i]) > 0);
		r = swaps_parse(text, &s);
		if (r != -EBADMSG)
			fail_msg("'%s' gave %d", lines[i], r);
		free(text);
	}
}

static void
test_proc_swaps_largest_numbers(void **state)
{
	struct swaps s;

	(void)state;
	assert_int_equal(swaps_parse(SWAPS_HEADER "/dev/sda2 partition 18446744073709551615 "
						  "18446744073709551614 -2\n",
				     &s),
			 0);
	assert_true(s.entries[0].size_kib == UINT64_MAX);
	assert_true(s.entries[0].used_kib == UINT64_MAX - 1);
	swaps_done(&s);
}

static void
test_proc_swaps_bounded_entries(void **state)
{
	char *text = malloc(sizeof(SWAPS_HEADER) + (SWAPS_MAX + 1) * 64);
	size_t off;
	struct swaps s;

	(void)state;
	assert_non_null(text);
	off = (size_t)sprintf(text, SWAPS_HEADER);
	for (int i = 0; i < SWAPS_MAX; i++)
		off += (size_t)sprintf(text + off, "/swap%d file 100 0 -2\n", i);
	assert_int_equal(swaps_parse(text, &s), 0);
	assert_int_equal(s.n, SWAPS_MAX);
	swaps_done(&s);
	sprintf(text + off, "/one-too-many file 100 0 -2\n");
	assert_int_equal(swaps_parse(text, &s), -EBADMSG);
	free(text);
}

static void
test_proc_swaps_crlf(void **state)
{
	struct swaps s;

	(void)state;
	assert_int_equal(swaps_parse("Filename Type Size Used Priority\r\n"
				     "/dev/sda2 partition 100 1 -2\r\n",
				     &s),
			 0);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.entries[0].filename, "/dev/sda2");
	assert_int_equal(s.entries[0].used_kib, 1);
	swaps_done(&s);
}

/* meminfo */

static void
test_proc_meminfo_fields(void **state)
{
	struct meminfo m;

	(void)state;
	assert_int_equal(meminfo_parse("MemTotal:       16303612 kB\n"
				       "MemFree:         9876543 kB\n"
				       "MemAvailable:   10876543 kB\n"
				       "Active:           148664 kB\n"
				       "Active(anon):    2345678 kB\n"
				       "Inactive(anon):    16296 kB\n"
				       "HugePages_Total:       0\n",
				       &m),
			 0);
	assert_true(m.has[MEMINFO_MEM_TOTAL]);
	assert_true(m.has[MEMINFO_MEM_FREE]);
	assert_true(m.has[MEMINFO_ACTIVE_ANON]);
	assert_int_equal(m.kib[MEMINFO_MEM_TOTAL], 16303612);
	assert_int_equal(m.kib[MEMINFO_MEM_FREE], 9876543);
	assert_int_equal(m.kib[MEMINFO_ACTIVE_ANON], 2345678);
}

static void
test_proc_meminfo_image_fields(void **state)
{
	static const struct {
		enum meminfo_field field;
		uint64_t kib;
	} want[] = {
		{MEMINFO_MEM_TOTAL, 468404},	 {MEMINFO_MEM_FREE, 435140},
		{MEMINFO_ACTIVE_ANON, 2484},	 {MEMINFO_INACTIVE_ANON, 2828},
		{MEMINFO_ACTIVE_FILE, 0},	 {MEMINFO_INACTIVE_FILE, 4},
		{MEMINFO_SRECLAIMABLE, 8876},	 {MEMINFO_DIRECT_MAP_4K, 28532},
		{MEMINFO_DIRECT_MAP_2M, 495616}, {MEMINFO_DIRECT_MAP_1G, 1048576},
	};
	struct meminfo m;

	(void)state;
	/* A QEMU guest's lines, DirectMap1G added; Active and Inactive are other keys. */
	assert_int_equal(meminfo_parse("MemTotal:         468404 kB\n"
				       "MemFree:          435140 kB\n"
				       "Active:             2484 kB\n"
				       "Inactive:           2832 kB\n"
				       "Active(anon):       2484 kB\n"
				       "Inactive(anon):     2828 kB\n"
				       "Active(file):          0 kB\n"
				       "Inactive(file):        4 kB\n"
				       "SReclaimable:       8876 kB\n"
				       "DirectMap4k:       28532 kB\n"
				       "DirectMap2M:      495616 kB\n"
				       "DirectMap1G:     1048576 kB\n",
				       &m),
			 0);
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		assert_true(m.has[want[i].field]);
		assert_int_equal(m.kib[want[i].field], want[i].kib);
	}
	assert_false(m.has[MEMINFO_DIRECT_MAP_4M]);
	assert_string_equal(meminfo_key(MEMINFO_SRECLAIMABLE), "SReclaimable:");
	assert_null(meminfo_key(_MEMINFO_MAX));
	/* A bad value under any key the model reads is a malformed file. */
	assert_int_equal(meminfo_parse("MemTotal: 1 kB\nSReclaimable: 5 MB\n", &m), -EBADMSG);
	assert_int_equal(meminfo_parse("DirectMap2M: x kB\n", &m), -EBADMSG);
}

static void
test_proc_meminfo_missing_active_anon(void **state)
{
	struct meminfo m;

	(void)state;
	assert_int_equal(meminfo_parse("MemTotal: 100 kB\nMemFree: 50 kB\nActive: 10 kB\n"
				       "Inactive(anon): 5 kB\nActive(file): 7 kB\n",
				       &m),
			 0);
	assert_true(m.has[MEMINFO_MEM_TOTAL]);
	assert_true(m.has[MEMINFO_MEM_FREE]);
	assert_false(m.has[MEMINFO_ACTIVE_ANON]);
	assert_int_equal(m.kib[MEMINFO_ACTIVE_ANON], 0);
}

static void
test_proc_meminfo_empty(void **state)
{
	struct meminfo m;

	(void)state;
	assert_int_equal(meminfo_parse("", &m), 0);
	assert_false(m.has[MEMINFO_MEM_TOTAL]);
	assert_false(m.has[MEMINFO_MEM_FREE]);
	assert_false(m.has[MEMINFO_ACTIVE_ANON]);
}

static void
test_proc_meminfo_bad_values(void **state)
{
	static const char *const texts[] = {
		"MemTotal: abc kB\n",
		"MemTotal: kB\n",
		"MemTotal:\n",
		"MemFree: -5 kB\n",
		"Active(anon): 12 MB\n",
		"Active(anon): 12x kB\n",
		"Active(anon): 99999999999999999999 kB\n",
		"Active(anon): 123456789012345678901234567890123 kB\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct meminfo m;
		int r = meminfo_parse(texts[i], &m);

		if (r != -EBADMSG)
			fail_msg("'%s' gave %d", texts[i], r);
	}
}

static void
test_proc_meminfo_odd_spacing(void **state)
{
	struct meminfo m;

	(void)state;
	/* Tabs, no unit, a unit glued on, CRLF and no final newline are all accepted. */
	assert_int_equal(meminfo_parse("MemTotal:\t\t100\r\nMemFree:7kB\nActive(anon):  42", &m),
			 0);
	assert_int_equal(m.kib[MEMINFO_MEM_TOTAL], 100);
	assert_int_equal(m.kib[MEMINFO_MEM_FREE], 7);
	assert_true(m.has[MEMINFO_ACTIVE_ANON]);
	assert_int_equal(m.kib[MEMINFO_ACTIVE_ANON], 42);
}

static void
test_proc_meminfo_similar_keys_ignored(void **state)
{
	struct meminfo m;

	(void)state;
	/* Keys are matched whole, with the colon: these are other lines. */
	assert_int_equal(
		meminfo_parse("MemTotalX: 1 kB\n Active(anon): 2 kB\nActive(anon)x: z\n", &m), 0);
	assert_false(m.has[MEMINFO_MEM_TOTAL]);
	assert_false(m.has[MEMINFO_ACTIVE_ANON]);
}

/* cmdline */

static void
test_proc_cmdline_plain(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(cmdline_parse("BOOT_IMAGE=/vmlinuz root=/dev/sda1 ro quiet "
				       "resume=/dev/sda2 mem_sleep_default=deep\n",
				       &c),
			 0);
	assert_false(c.nohibernate);
	assert_false(c.noresume);
	assert_string_equal(c.resume, "/dev/sda2");
	assert_string_equal(c.mem_sleep_default, "deep");
	cmdline_done(&c);
	assert_null(c.resume);
	assert_null(c.mem_sleep_default);
}

static void
test_proc_cmdline_empty(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(cmdline_parse("", &c), 0);
	assert_false(c.nohibernate);
	assert_false(c.noresume);
	assert_null(c.resume);
	cmdline_done(&c);
	assert_int_equal(cmdline_parse(" \t\n", &c), 0);
	assert_null(c.resume);
	cmdline_done(&c);
}

static void
test_proc_cmdline_nohibernate(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(cmdline_parse("ro nohibernate quiet", &c), 0);
	assert_true(c.nohibernate);
	assert_false(c.noresume);
	cmdline_done(&c);
	/* Whole words only. */
	assert_int_equal(cmdline_parse("nohibernatex xnohibernate nohibernate=1", &c), 0);
	assert_false(c.nohibernate);
	cmdline_done(&c);
}

static void
test_proc_cmdline_hibernate_no(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(cmdline_parse("hibernate=no", &c), 0);
	assert_true(c.nohibernate);
	assert_false(c.noresume);
	cmdline_done(&c);
	/* The kernel tests a prefix. */
	assert_int_equal(cmdline_parse("hibernate=nothanks", &c), 0);
	assert_true(c.nohibernate);
	cmdline_done(&c);
}

static void
test_proc_cmdline_hibernate_noresume(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(cmdline_parse("hibernate=noresume", &c), 0);
	assert_true(c.noresume);
	assert_false(c.nohibernate);
	cmdline_done(&c);
	assert_int_equal(cmdline_parse("quiet noresume", &c), 0);
	assert_true(c.noresume);
	assert_false(c.nohibernate);
	cmdline_done(&c);
}

static void
test_proc_cmdline_hibernate_nocompress(void **state)
{
	struct cmdline c;

	(void)state;
	/* Starts with "no" but is tested first: it disables nothing. */
	assert_int_equal(cmdline_parse("hibernate=nocompress hibernate=protect_image", &c), 0);
	assert_false(c.nohibernate);
	assert_false(c.noresume);
	assert_true(c.nocompress);
	cmdline_done(&c);
	/* Without it the image is compressed; the compressor's name is kept, the last one. */
	assert_int_equal(cmdline_parse("hibernate.compressor=lzo hibernate.compressor=lz4", &c), 0);
	assert_false(c.nocompress);
	assert_string_equal(c.compressor, "lz4");
	cmdline_done(&c);
}

static void
test_proc_cmdline_last_resume_wins(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(
		cmdline_parse("resume=/dev/sda1 quiet resume=UUID=abcd resume=/dev/sdb3", &c), 0);
	assert_string_equal(c.resume, "/dev/sdb3");
	cmdline_done(&c);
	assert_int_equal(cmdline_parse("resume=/dev/sda1 resume=", &c), 0);
	assert_string_equal(c.resume, "");
	cmdline_done(&c);
}

static void
test_proc_cmdline_quotes(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(cmdline_parse("root=/dev/sda1 resume=\"/dev/disk/by-label/my swap\" "
				       "\"nohibernate\" acpi_osi=\"!Windows 2012\"",
				       &c),
			 0);
	assert_string_equal(c.resume, "/dev/disk/by-label/my swap");
	assert_true(c.nohibernate);
	cmdline_done(&c);
	/* A quoted space does not split a parameter: "noresume" here is part of a value. */
	assert_int_equal(cmdline_parse("foo=\"a noresume\" bar", &c), 0);
	assert_false(c.noresume);
	cmdline_done(&c);
	/* An unterminated quote runs to the end. */
	assert_int_equal(cmdline_parse("resume=\"/dev/sda2 noresume", &c), 0);
	assert_string_equal(c.resume, "/dev/sda2 noresume");
	assert_false(c.noresume);
	cmdline_done(&c);
}

static void
test_proc_cmdline_double_dash_ends(void **state)
{
	struct cmdline c;

	(void)state;
	assert_int_equal(
		cmdline_parse("resume=/dev/sda2 -- nohibernate noresume resume=/dev/sdz9", &c), 0);
	assert_false(c.nohibernate);
	assert_false(c.noresume);
	assert_string_equal(c.resume, "/dev/sda2");
	cmdline_done(&c);
	/* "--" must be a word of its own. */
	assert_int_equal(cmdline_parse("--x nohibernate", &c), 0);
	assert_true(c.nohibernate);
	cmdline_done(&c);
}

/* numbers */

static void
test_proc_parse_u64_bounds(void **state)
{
	uint64_t v = 7;

	(void)state;
	assert_int_equal(parse_u64("0", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(parse_u64("18446744073709551615", &v), 0);
	assert_true(v == UINT64_MAX);
	assert_int_equal(parse_u64("000000000000000000000000042", &v), 0);
	assert_int_equal(v, 42);
	v = 7;
	assert_int_equal(parse_u64("18446744073709551616", &v), -EBADMSG);
	assert_int_equal(parse_u64("99999999999999999999", &v), -EBADMSG);
	assert_int_equal(parse_u64("", &v), -EBADMSG);
	assert_int_equal(parse_u64("-1", &v), -EBADMSG);
	assert_int_equal(parse_u64("+1", &v), -EBADMSG);
	assert_int_equal(parse_u64(" 1", &v), -EBADMSG);
	assert_int_equal(parse_u64("1 ", &v), -EBADMSG);
	assert_int_equal(parse_u64("0x10", &v), -EBADMSG);
	assert_int_equal(v, 7); /* untouched on failure */
}

static void
test_proc_parse_devnum_bounds(void **state)
{
	unsigned maj = 99, min = 99;

	(void)state;
	assert_int_equal(parse_devnum("8:2", &maj, &min), 0);
	assert_int_equal(maj, 8);
	assert_int_equal(min, 2);
	assert_int_equal(parse_devnum("0:0", &maj, &min), 0);
	assert_int_equal(maj, 0);
	assert_int_equal(min, 0);
	assert_int_equal(parse_devnum("4095:1048575", &maj, &min), 0);
	assert_int_equal(maj, 4095);
	assert_int_equal(min, 1048575);
	maj = min = 99;
	assert_int_equal(parse_devnum("4096:0", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("0:1048576", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("8", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("8:", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum(":2", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("8:2:1", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("8:2\n", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("-8:2", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("8:-2", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("18446744073709551616:1", &maj, &min), -EBADMSG);
	assert_int_equal(parse_devnum("0000000000000000000000000000000000000008:2", &maj, &min),
			 -EBADMSG); /* a major longer than the parser's buffer */
	assert_int_equal(maj, 99);
	assert_int_equal(min, 99);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_proc_swaps_partition_and_file),
		cmocka_unit_test(test_proc_swaps_header_only),
		cmocka_unit_test(test_proc_swaps_missing_header),
		cmocka_unit_test(test_proc_swaps_octal_escapes),
		cmocka_unit_test(test_proc_swaps_deleted_escaped_form),
		cmocka_unit_test(test_proc_swaps_deleted_plain_form),
		cmocka_unit_test(test_proc_swaps_deleted_only_as_suffix),
		cmocka_unit_test(test_proc_swaps_zram),
		cmocka_unit_test(test_proc_swaps_bad_numbers),
		cmocka_unit_test(test_proc_swaps_largest_numbers),
		cmocka_unit_test(test_proc_swaps_bounded_entries),
		cmocka_unit_test(test_proc_swaps_crlf),
		cmocka_unit_test(test_proc_meminfo_fields),
		cmocka_unit_test(test_proc_meminfo_image_fields),
		cmocka_unit_test(test_proc_meminfo_missing_active_anon),
		cmocka_unit_test(test_proc_meminfo_empty),
		cmocka_unit_test(test_proc_meminfo_bad_values),
		cmocka_unit_test(test_proc_meminfo_odd_spacing),
		cmocka_unit_test(test_proc_meminfo_similar_keys_ignored),
		cmocka_unit_test(test_proc_cmdline_plain),
		cmocka_unit_test(test_proc_cmdline_empty),
		cmocka_unit_test(test_proc_cmdline_nohibernate),
		cmocka_unit_test(test_proc_cmdline_hibernate_no),
		cmocka_unit_test(test_proc_cmdline_hibernate_noresume),
		cmocka_unit_test(test_proc_cmdline_hibernate_nocompress),
		cmocka_unit_test(test_proc_cmdline_last_resume_wins),
		cmocka_unit_test(test_proc_cmdline_quotes),
		cmocka_unit_test(test_proc_cmdline_double_dash_ends),
		cmocka_unit_test(test_proc_parse_u64_bounds),
		cmocka_unit_test(test_proc_parse_devnum_bounds),
	};

	return cmocka_run_group_tests_name("proc", tests, NULL, NULL);
}
