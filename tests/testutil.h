/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Helpers for unit tests: a temporary root per test case, filled with files, links and FIFOs. */
#pragma once

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

/* Every root is created below this prefix; tu_root_free() refuses to remove anything else. */
#define TU_ROOT_PREFIX "/tmp/pmprobe-test."

/* Returns: a new empty directory under /tmp (free it with tu_root_free()), or NULL. */
char *tu_root_new(void);
/* Removes @root and everything below it without following symlinks, then frees the string. */
void tu_root_free(char *root);

/* cmocka setup/teardown: *state is the root's path. */
int tu_setup_root(void **state);
int tu_teardown_root(void **state);

/* Each of these creates missing parent directories and fails the current test on error. */
void tu_write(const char *root, const char *rel, const char *content);
void tu_write_bytes(const char *root, const char *rel, const void *buf, size_t len);
void tu_mkdir(const char *root, const char *rel);
void tu_symlink(const char *root, const char *rel, const char *target);
void tu_mkfifo(const char *root, const char *rel);
/* Removes one file, link or empty directory below @root; a missing one is fine. */
void tu_remove(const char *root, const char *rel);

/* Returns: "@root/@rel", to free(). */
char *tu_path(const char *root, const char *rel);
/* Reads @dir/@name whole (free() it); skips the test when the file was not built. */
/* Calls @fn with the root of every tree under fixtures/sysfs; asserts there are at least 25. */
void tu_for_each_fixture(void (*fn)(const char *root));
uint8_t *tu_load_file(const char *dir, const char *name, size_t *ret_len);
