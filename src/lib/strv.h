/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* NULL-terminated lists of strings (systemd's strv): free, sort, append, a directory's names. */
#pragma once

#include <stddef.h>

/* Frees every string and the list; NULL is accepted. Returns: NULL. */
char **strv_free(char **l);
/* The entries of the directory @fd but "." and "..", sorted, read with getdents64() (no DIR
 * stream, no fstat): -E2BIG when there are more than 4096; a read error after some entries keeps
 * them, one before any is -errno. */
int strv_sort_dir_fd(int fd, char ***ret);
/* Sorts a NULL-terminated list of @n strings in place. */
void strv_sort(char **l, size_t n);
/* Appends a copy of @s to the list *@l of *@n entries, kept NULL-terminated. */
int strv_push(char ***l, size_t *n, const char *s);
