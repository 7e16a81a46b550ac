/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: a tree made on disk, walked by the sysroot backend and probed whole (the
 * wake section's sys/devices walk, the RTCs, lib/modules), as `pmprobe --sysroot` reads it.
 *
 * The input is sections separated by NUL bytes, each `TPATH\nDATA`: T is 'd' (a directory), 'f'
 * (a file holding DATA), 'l' (a symlink to DATA, which may leave the root) or 'p' (a FIFO); PATH
 * is below the root. At most 64 entries, each path at most 255 bytes: the walk's bounds are
 * the unit tests' and the hostile trees' (100,000 devices); here it is the shapes that vary.
 * The tree is made in a directory of its own below $TMPDIR, removed and made again per input.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "fuzz-util.h"
#include "paths.h"
#include "probe.h"
#include "report.h"
#include "source.h"

#define ENTRIES_MAX 64

static int
remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	remove(path);
	return 0;
}

/* The root this process makes its trees in, made once. */
static const char *
root_dir(void)
{
	static char root[4096];

	if (!root[0]) {
		const char *tmp = getenv("TMPDIR");

		snprintf(root, sizeof(root), "%s/pmprobe-fuzz-walk-XXXXXX", tmp ? tmp : "/tmp");
		FUZZ_CHECK(mkdtemp(root));
	}
	return root;
}

/* Makes the parents of @path below @root (a file in the way fails the entry, as on disk). */
static void
make_parents(int root_fd, char *path)
{
	for (char *slash = strchr(path, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		(void)mkdirat(root_fd, path, 0755);
		*slash = '/';
	}
}

static void
make_entry(int root_fd, char type, char *path, const char *data, size_t len)
{
	int fd;

	make_parents(root_fd, path);
	switch (type) {
	case 'd':
		(void)mkdirat(root_fd, path, 0755);
		break;
	case 'f':
		fd = openat(root_fd, path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
			    0644);
		if (fd >= 0) {
			FUZZ_CHECK(write(fd, data, len) == (ssize_t)len);
			close(fd);
		}
		break;
	case 'l':
		(void)symlinkat(data, root_fd, path);
		break;
	case 'p':
		(void)mkfifoat(root_fd, path, 0644);
		break;
	}
}

/* Makes the tree of the input's sections; a section that names no valid path is skipped. */
static void
make_tree(const char *root, const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);
	int root_fd, n = 0;

	FUZZ_CHECK(buf);
	memcpy(buf, data, size);
	buf[size] = '\0';
	nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	FUZZ_CHECK(mkdir(root, 0755) == 0);
	root_fd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	FUZZ_CHECK(root_fd >= 0);
	for (size_t off = 0; off < size && n < ENTRIES_MAX;) {
		char *section = buf + off, *nl;
		size_t len = strlen(section);

		off += len + 1;
		nl = memchr(section, '\n', len);
		if (nl)
			*nl = '\0';
		if (len < 2 || !path_name_is_valid(section + 1))
			continue;
		make_entry(root_fd, section[0], section + 1, nl ? nl + 1 : "",
			   nl ? len - (size_t)(nl + 1 - section) : 0);
		n++;
	}
	close(root_fd);
	free(buf);
}

/* What the walk returns: sorted, distinct, valid names, each a directory with power/wakeup. */
static void
check_walk(struct source *src)
{
	char **devs = NULL;
	size_t n = 0;
	int r = source_enumerate(src, PATH_SYS_DEVICES, "power/wakeup", NULL, &devs);

	if (r < 0) {
		FUZZ_CHECK(r != -ENOMEM && !devs);
		return;
	}
	for (; devs[n]; n++) {
		char *attr;

		FUZZ_CHECK(path_name_is_valid(devs[n]));
		FUZZ_CHECK(n == 0 || strcmp(devs[n - 1], devs[n]) < 0);
		FUZZ_CHECK(asprintf(&attr, "%s/power/wakeup", devs[n]) > 0);
		FUZZ_CHECK(source_file_type(src, PATH_SYS_DEVICES, attr) == S_IFREG);
		free(attr);
	}
	FUZZ_CHECK(n <= SOURCE_DEVICES_MAX);
	strv_free(devs);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *root = root_dir();
	struct pmprobe_report *rep = NULL;
	struct source *src = NULL;
	struct host_facts f;

	make_tree(root, data, size);
	/* A tree the backend refuses (a broken RECORD) is refused, not probed. */
	if (source_new_sysroot(root, &src) < 0)
		return 0;
	check_walk(src);
	FUZZ_CHECK(report_new(PMPROBE_POLICY_FEASIBLE, "fuzz", &rep) == 0);
	FUZZ_CHECK(probe_host(src, &rep->evidence,
			      probe_plan(PMPROBE_POLICY_FEASIBLE, PMPROBE_TARGETS_ALL,
					 PMPROBE_SECTIONS_ALL),
			      &f) == 0);
	host_facts_done(&f);
	pmprobe_report_unref(rep);
	source_free(src);
	return 0;
}
