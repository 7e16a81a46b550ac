/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The hibernation image model (doc/policies.md, "Size"): what kernel/power/snapshot.c
 * hibernate_preallocate_memory() would keep and kernel/power/swap.c would write. No I/O. */
#include <errno.h>

#include "hibernate-image.h"
#include "macro.h"

#define PAGES_FOR_IO_KIB 4096 /* kernel/power/power.h: kept free for I/O while writing */
#define LOW_ISA_KIB 1024      /* x86 maps the first MiB whole, holes and firmware included */

static uint64_t
sub0(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

/* Sums saturate: a tree may claim 2^64 - 1 KiB anywhere, and must not wrap into a small image. */
static uint64_t
add_sat(uint64_t a, uint64_t b)
{
	uint64_t r;

	return __builtin_add_overflow(a, b, &r) ? UINT64_MAX : r;
}

static uint64_t
max_u64(uint64_t a, uint64_t b)
{
	return a > b ? a : b;
}

static uint64_t
min_u64(uint64_t a, uint64_t b)
{
	return a < b ? a : b;
}

static uint64_t
meminfo_kib(const struct meminfo *m, enum meminfo_field i)
{
	return m->has[i] ? m->kib[i] : 0;
}

/* The direct map covers all RAM (x86): what MemTotal leaves out of it is the kernel's own
 * memory (its image, the memory map), which hibernation saves too. Returns: 0 without it. */
static uint64_t
direct_map_kib(const struct meminfo *m)
{
	return add_sat(add_sat(meminfo_kib(m, MEMINFO_DIRECT_MAP_4K),
			       meminfo_kib(m, MEMINFO_DIRECT_MAP_2M)),
		       add_sat(meminfo_kib(m, MEMINFO_DIRECT_MAP_4M),
			       meminfo_kib(m, MEMINFO_DIRECT_MAP_1G)));
}

/* minimum_image_size()'s "could be freed in theory": reclaimable slab, anon and file LRUs.
 * Returns: 1 when every term was read. */
static int
reclaimable_kib(const struct meminfo *m, uint64_t *ret)
{
	static const enum meminfo_field terms[] = {MEMINFO_SRECLAIMABLE, MEMINFO_ACTIVE_ANON,
						   MEMINFO_INACTIVE_ANON, MEMINFO_ACTIVE_FILE,
						   MEMINFO_INACTIVE_FILE};
	int all = 1;

	*ret = 0;
	for (size_t i = 0; i < ELEMENTSOF(terms); i++) {
		all &= m->has[terms[i]];
		*ret = add_sat(*ret, meminfo_kib(m, terms[i]));
	}
	return all;
}

/* hibernate_preallocate_memory(): every saveable page when the target holds them, else shrink
 * to the target but never below the minimum image. */
static uint64_t
kept_kib(uint64_t saveable, uint64_t minimum, uint64_t target)
{
	return target >= saveable ? saveable : max_u64(target, minimum);
}

/* count_data_pages(): pages in use, and the RAM the kernel keeps for itself (its image, the
 * memory map), which MemTotal leaves out and the direct map shows (x86). Without a direct map,
 * an allowance on the high side only: the memory map is 1/64 of RAM, a distribution kernel's
 * image some 30 MiB. */
static void
saveable_kib(const struct meminfo *m, uint64_t *ret_lo, uint64_t *ret_hi)
{
	uint64_t total = m->kib[MEMINFO_MEM_TOTAL], dm = direct_map_kib(m);
	uint64_t used = sub0(total, m->kib[MEMINFO_MEM_FREE]);

	*ret_lo = add_sat(used, dm ? sub0(dm, add_sat(total, LOW_ISA_KIB)) : 0);
	*ret_hi = add_sat(used, dm ? sub0(dm, total) : add_sat(total / 32, 65536));
}

/* The least the image can take of the swap, from what the kernel keeps at the least. */
static uint64_t
least_kib(uint64_t kept, int compressed)
{
	/* swap.c: compressed, the write fails when the swap fills; uncompressed, enough_swap()
	 * wants the image and PAGES_FOR_IO free before it starts. */
	return compressed ? add_sat(kept, IMAGE_BEST_RATIO - 1) / IMAGE_BEST_RATIO
			  : add_sat(kept, PAGES_FOR_IO_KIB);
}

/* The most: what the kernel keeps at the most, and the anon pages shrinking pushes out to swap;
 * LZO's worst case grows data by 1/16, the swap map takes a page per 511. */
static uint64_t
most_kib(const struct meminfo *m, uint64_t sav_hi, uint64_t min_hi, uint64_t target)
{
	uint64_t kept = kept_kib(sav_hi, min_hi, target), most = sav_hi;

	if (kept < sav_hi)
		most = min_u64(sav_hi,
			       add_sat(kept, add_sat(meminfo_kib(m, MEMINFO_ACTIVE_ANON),
						     meminfo_kib(m, MEMINFO_INACTIVE_ANON))));
	return add_sat(add_sat(most, most / 16), add_sat(most / 256, PAGES_FOR_IO_KIB));
}

int
image_model(const struct host_facts *f, struct image_model *ret)
{
	const struct meminfo *m = &f->meminfo;
	uint64_t sav_hi, reclaim, target_lo;
	struct image_model r = {0};
	int all_terms;

	if (f->meminfo_r < 0 || !m->has[MEMINFO_MEM_TOTAL] || !m->has[MEMINFO_MEM_FREE])
		return -ENODATA;
	saveable_kib(m, &r.saveable_kib, &sav_hi);
	all_terms = reclaimable_kib(m, &reclaim);
	r.minimum_kib = all_terms ? sub0(r.saveable_kib, reclaim) : 0;
	r.target_kib = f->image_size_r >= 0 ? add_sat(f->image_size, 1023) / 1024 : UINT64_MAX;
	/* The target is capped at max_size, about half of the page frames; unknown, the least. */
	target_lo = f->image_size_r >= 0
			    ? min_u64(r.target_kib,
				      add_sat(sav_hi, meminfo_kib(m, MEMINFO_MEM_FREE)) / 2)
			    : 0;
	r.image_kib = kept_kib(r.saveable_kib, r.minimum_kib, target_lo);
	r.compressed = !(f->cmdline_r >= 0 && f->cmdline.nocompress);
	r.least_kib = least_kib(r.image_kib, r.compressed);
	r.most_kib = most_kib(m, sav_hi, sub0(sav_hi, reclaim), r.target_kib);
	*ret = r;
	return 0;
}
