/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parsers for the /proc files pmprobe reads: swaps, meminfo, cmdline. Bytes in, no I/O. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define SWAPS_MAX 64

struct swap_entry {
	char *filename; /* octal escapes (\040) decoded */
	int is_partition;
	int deleted; /* the file was deleted after swapon */
	int zram;
	uint64_t size_kib, used_kib;
	int dev_known; /* filled in by the probe from sys/class/block/<name>/dev */
	unsigned major, minor;
};

struct swaps {
	struct swap_entry *entries;
	size_t n;
};

/* Returns: 0, -EBADMSG for a missing header or a line that is not five fields with numbers. */
int swaps_parse(const char *text, struct swaps *ret);
void swaps_done(struct swaps *s);
/* Returns: 1 when the kernel can write a hibernation image to @e. */
int swap_entry_usable(const struct swap_entry *e);

/* The /proc/meminfo lines the hibernation image model reads (doc/policies.md). */
enum meminfo_field {
	MEMINFO_MEM_TOTAL,
	MEMINFO_MEM_FREE,
	MEMINFO_ACTIVE_ANON,
	MEMINFO_INACTIVE_ANON,
	MEMINFO_ACTIVE_FILE,
	MEMINFO_INACTIVE_FILE,
	MEMINFO_SRECLAIMABLE,
	MEMINFO_DIRECT_MAP_4K, /* x86: the direct map of RAM, by page size */
	MEMINFO_DIRECT_MAP_2M,
	MEMINFO_DIRECT_MAP_4M,
	MEMINFO_DIRECT_MAP_1G,
	_MEMINFO_MAX
};

struct meminfo {
	int has[_MEMINFO_MAX]; /* the line was there */
	uint64_t kib[_MEMINFO_MAX];
};

/* "MemTotal:" ...: the key of each field, colon included. */
const char *meminfo_key(enum meminfo_field field);
/* Returns: 0 (absent lines are left out), -EBADMSG for a line of a known key with a value that
 * is not a decimal number of kB. A later line of the same key wins, as in the kernel's file no
 * key repeats. */
int meminfo_parse(const char *text, struct meminfo *ret);

struct cmdline {
	int nohibernate;  /* nohibernate, or hibernate=no... (the kernel's prefix test) */
	int noresume;	  /* noresume, or hibernate=noresume */
	int nocompress;	  /* hibernate=nocompress: the image is written as it is */
	char *compressor; /* last hibernate.compressor=, or NULL (the kernel's default) */
	char *resume;	  /* last resume=, or NULL */
	char *mem_sleep_default;
};

/* Parses kernel parameters up to "--" with the kernel's quoting rules. */
int cmdline_parse(const char *text, struct cmdline *ret);
void cmdline_done(struct cmdline *c);
