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

struct meminfo {
	int has_mem_total, has_mem_free, has_active_anon;
	uint64_t mem_total_kib, mem_free_kib, active_anon_kib;
};

int meminfo_parse(const char *text, struct meminfo *ret);

struct cmdline {
	int nohibernate; /* nohibernate, or hibernate=no... (the kernel's prefix test) */
	int noresume;	 /* noresume, or hibernate=noresume */
	char *resume;	 /* last resume=, or NULL */
	char *mem_sleep_default;
};

/* Parses kernel parameters up to "--" with the kernel's quoting rules. */
int cmdline_parse(const char *text, struct cmdline *ret);
void cmdline_done(struct cmdline *c);

/* "MAJ:MIN" as sysfs prints a dev_t. Returns: 0, or -EBADMSG. */
int parse_devnum(const char *text, unsigned *ret_major, unsigned *ret_minor);
/* A decimal unsigned number that fits 64 bits, nothing else. Returns: 0, or -EBADMSG. */
int parse_u64(const char *text, uint64_t *ret);
