/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Helpers for unit tests: a temporary root per test case, filled with files, links and FIFOs. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

char *
tu_path(const char *root, const char *rel)
{
	char *p;

	if (asprintf(&p, "%s/%s", root, rel) < 0)
		fail_msg("out of memory");
	return p;
}

char *
tu_root_new(void)
{
	char *root = strdup(TU_ROOT_PREFIX "XXXXXX");

	if (!root)
		return NULL;
	if (!mkdtemp(root)) {
		free(root);
		return NULL;
	}
	return root;
}

static int
remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	if (remove(path) < 0 && errno != ENOENT)
		fprintf(stderr, "testutil: cannot remove '%s': %m\n", path);
	return 0;
}

void
tu_root_free(char *root)
{
	if (!root)
		return;
	/* Never anything but a root of ours, and never through a symlink (FTW_PHYS). */
	if (strncmp(root, TU_ROOT_PREFIX, strlen(TU_ROOT_PREFIX)) == 0 && !strstr(root, "/../"))
		nftw(root, remove_one, 16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
	free(root);
}

int
tu_setup_root(void **state)
{
	*state = tu_root_new();
	return *state ? 0 : -1;
}

int
tu_teardown_root(void **state)
{
	tu_root_free(*state);
	*state = NULL;
	return 0;
}

/* mkdir -p for every directory of @rel below @root; with @last, @rel itself too. */
static void
make_parents(const char *root, const char *rel, int last)
{
	char *path = tu_path(root, rel);
	size_t skip = strlen(root) + 1;

	for (char *p = path + skip; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			fail_msg("mkdir '%s': %s", path, strerror(errno));
		*p = '/';
	}
	if (last && mkdir(path, 0755) < 0 && errno != EEXIST)
		fail_msg("mkdir '%s': %s", path, strerror(errno));
	free(path);
}

void
tu_write_bytes(const char *root, const char *rel, const void *buf, size_t len)
{
	char *path = tu_path(root, rel);
	const char *b = buf;
	int fd;

	make_parents(root, rel, 0);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		fail_msg("open '%s': %s", path, strerror(errno));
	while (len > 0) {
		ssize_t n = write(fd, b, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			fail_msg("write '%s': %s", path, strerror(errno));
		}
		b += n;
		len -= (size_t)n;
	}
	close(fd);
	free(path);
}

void
tu_write(const char *root, const char *rel, const char *content)
{
	tu_write_bytes(root, rel, content, strlen(content));
}

void
tu_mkdir(const char *root, const char *rel)
{
	make_parents(root, rel, 1);
}

void
tu_symlink(const char *root, const char *rel, const char *target)
{
	char *path = tu_path(root, rel);

	make_parents(root, rel, 0);
	if (symlink(target, path) < 0)
		fail_msg("symlink '%s' -> '%s': %s", path, target, strerror(errno));
	free(path);
}

void
tu_mkfifo(const char *root, const char *rel)
{
	char *path = tu_path(root, rel);

	make_parents(root, rel, 0);
	if (mkfifo(path, 0644) < 0)
		fail_msg("mkfifo '%s': %s", path, strerror(errno));
	free(path);
}

void
tu_remove(const char *root, const char *rel)
{
	char *path = tu_path(root, rel);

	if (remove(path) < 0 && errno != ENOENT)
		fail_msg("remove '%s': %s", path, strerror(errno));
	free(path);
}

uint8_t *
tu_load_file(const char *dir, const char *name, size_t *ret_len)
{
	char path[4096];
	uint8_t *buf;
	long size;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rbe");
	if (!f) {
		print_message("'%s' not built (iasl missing?): skipped\n", path);
		skip();
	}
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	size = ftell(f);
	assert_true(size > 0);
	rewind(f);
	buf = malloc((size_t)size);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	*ret_len = (size_t)size;
	return buf;
}

void
tu_for_each_fixture(void (*fn)(const char *root))
{
	DIR *dir = opendir(PMPROBE_FIXTURES_DIR);
	struct dirent *de;
	int n = 0;

	assert_non_null(dir);
	while ((de = readdir(dir))) {
		char root[4096];

		if (de->d_name[0] == '.')
			continue;
		snprintf(root, sizeof(root), "%s/%s", PMPROBE_FIXTURES_DIR, de->d_name);
		fn(root);
		n++;
	}
	closedir(dir);
	assert_true(n >= 25);
}
