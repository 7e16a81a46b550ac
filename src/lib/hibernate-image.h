/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* How much swap the kernel's hibernation image takes, modelled from the facts. No I/O. */
#pragma once

#include <stdint.h>

#include "facts.h"

/* The compression ratio pmprobe grants the kernel's image writer at best: twice what a QEMU
 * guest's image reached (between 3.1:1 and 5.3:1, doc/policies.md). */
#define IMAGE_BEST_RATIO 8

/* All sizes in KiB. */
struct image_model {
	int compressed; /* not hibernate=nocompress */
	uint64_t
		saveable_kib; /* pages in use, the kernel's own included where DirectMap shows it */
	uint64_t minimum_kib; /* minimum_image_size(): saveable less what could be reclaimed */
	uint64_t target_kib;  /* image_size, or UINT64_MAX when it could not be read */
	uint64_t image_kib;   /* what the kernel would aim for: saveable, or shrunk to the target */
	uint64_t least_kib;   /* the least the image can take of the swap */
	uint64_t most_kib;    /* the most the image and the pages pushed out for it can take */
};

/* Returns: 0 and the model, or -ENODATA when /proc/meminfo lacks MemTotal or MemFree. */
int image_model(const struct host_facts *f, struct image_model *ret);
