/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Numbers as the kernel prints them, parsed strictly: bytes in, no I/O. */
#pragma once

#include <stdint.h>

/* A decimal unsigned number that fits 64 bits, nothing else. Returns: 0, or -EBADMSG. */
int parse_u64(const char *text, uint64_t *ret);
/* "MAJ:MIN" as sysfs prints a dev_t. Returns: 0, or -EBADMSG. */
int parse_devnum(const char *text, unsigned *ret_major, unsigned *ret_minor);
