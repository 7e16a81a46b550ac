/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the sysroot source backend: bounded reads that never leave the root. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "macro.h"
#include "source.h"
#include "testutil.h"

/* Without openat2 the backend follows no symlink at all: escapes fail, links inside fail too. */
static int have_openat2;

static int
probe_openat2(void)
{
	struct open_how how = {.flags = O_PATH | O_CLOEXEC, .resolve = RESOLVE_IN_ROOT};
	long fd = syscall(SYS_openat2, AT_FDCWD, "/", &how, sizeof(how));

	if (fd < 0)
		return 0;
	close((int)fd);
	return 1;
}

/* Nothing was read: an error, whichever the resolver gives, and no text. */
#define assert_not_read(r, text)                                                                   \
	do {                                                                                       \
		assert_true((r) == -ENOENT || (r) == -ELOOP || (r) == -ENOTDIR);                   \
		assert_null(text);                                                                 \
	} while (0)

struct fixture {
	char *root;
	char *outside; /* a second temporary directory standing for the host */
	struct source *src;
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (!fx)
		return -1;
	fx->root = tu_root_new();
	fx->outside = tu_root_new();
	*state = fx;
	return fx->root && fx->outside ? 0 : -1;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	alarm(0);
	source_free(fx->src);
	tu_root_free(fx->root);
	tu_root_free(fx->outside);
	free(fx);
	return 0;
}

static struct source *
open_root(struct fixture *fx)
{
	source_free(fx->src);
	fx->src = NULL;
	assert_int_equal(source_new_sysroot(fx->root, &fx->src), 0);
	assert_non_null(fx->src);
	return fx->src;
}

/* Reads a text attribute; returns the error, and the text in *ret on success. */
static int
read_text(struct fixture *fx, enum path_kind kind, const char *name, char **ret)
{
	*ret = NULL;
	return source_read_text(open_root(fx), kind, name, ret);
}

static void
test_source_sysroot_reads_text_stripped(void **state)
{
	struct fixture *fx = *state;
	char *text;

	tu_write(fx->root, "sys/power/state", "freeze mem disk\n");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), 0);
	assert_string_equal(text, "freeze mem disk");
	free(text);

	tu_write(fx->root, "sys/power/mem_sleep", "s2idle [deep]\r\n\n\r");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "mem_sleep", &text), 0);
	assert_string_equal(text, "s2idle [deep]");
	free(text);

	/* Only trailing newlines go; leading ones and inner ones and other spaces stay. */
	tu_write(fx->root, "proc/cmdline", "\nro  quiet\nx \t\n");
	assert_int_equal(read_text(fx, PATH_PROC, "cmdline", &text), 0);
	assert_string_equal(text, "\nro  quiet\nx \t");
	free(text);
}

static void
test_source_sysroot_empty_file(void **state)
{
	struct fixture *fx = *state;
	char *text;

	tu_write(fx->root, "sys/power/state", "");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), 0);
	assert_string_equal(text, "");
	free(text);
	tu_write(fx->root, "sys/power/state", "\n\n");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), 0);
	assert_string_equal(text, "");
	free(text);
}

static void
test_source_sysroot_text_cut_at_nul(void **state)
{
	static const char bytes[] = "mem disk\0freeze\n";
	struct fixture *fx = *state;
	char *text;

	tu_write_bytes(fx->root, "sys/power/state", bytes, sizeof(bytes) - 1);
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), 0);
	assert_string_equal(text, "mem disk");
	free(text);

	tu_write_bytes(fx->root, "sys/power/disk", "[platform]\n\0junk", 16);
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "disk", &text), 0);
	assert_string_equal(text, "[platform]");
	free(text);
}

static void
test_source_sysroot_missing_file(void **state)
{
	struct fixture *fx = *state;
	char *text;

	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), -ENOENT);
	assert_null(text);
	tu_write(fx->root, "sys/power", "a file where a directory should be");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), -ENOTDIR);
}

/* root/sys/power/state -> /etc/passwd: the link's last component is refused outright. */
static void
test_source_sysroot_final_symlink_refused(void **state)
{
	struct fixture *fx = *state;
	char *text;

	tu_symlink(fx->root, "sys/power/state", "/etc/passwd");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), -ELOOP);
	assert_null(text);

	/* Also when the target is inside the root and harmless. */
	tu_write(fx->root, "sys/power/real_disk", "[platform]\n");
	tu_symlink(fx->root, "sys/power/disk", "real_disk");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "disk", &text), -ELOOP);
	assert_null(text);
}

/* An absolute directory link is resolved as if the root were '/'. */
static void
test_source_sysroot_absolute_dir_symlink_stays_inside(void **state)
{
	struct fixture *fx = *state;
	char *text, *host_power = tu_path(fx->outside, "power"), *inside;
	int r;

	/* The "host": a directory outside the root with a state file in it. */
	tu_write(fx->outside, "power/state", "HOST\n");
	tu_symlink(fx->root, "sys/power", host_power);
	r = read_text(fx, PATH_SYS_POWER, "state", &text);
	assert_not_read(r, text);
	if (have_openat2)
		assert_int_equal(r, -ENOENT);

	/* The same path below the root is what the link means. */
	assert_true(asprintf(&inside, "%s/state", host_power + 1) > 0);
	tu_write(fx->root, inside, "INSIDE\n");
	r = read_text(fx, PATH_SYS_POWER, "state", &text);
	free(inside);
	free(host_power);
	if (!have_openat2) {
		assert_not_read(r, text);
		skip();
	}
	assert_int_equal(r, 0);
	assert_string_equal(text, "INSIDE");
	free(text);
}

/* root/proc -> /etc: reading proc/passwd must not read the host's /etc/passwd. */
static void
test_source_sysroot_absolute_symlink_to_host_etc(void **state)
{
	struct fixture *fx = *state;
	char *text;
	int r;

	tu_symlink(fx->root, "proc", "/etc");
	assert_int_equal(access("/etc/passwd", F_OK), 0);
	r = read_text(fx, PATH_PROC, "passwd", &text);
	assert_not_read(r, text);

	tu_write(fx->root, "etc/passwd", "fixture:x:0:0::/:/bin/sh\n");
	r = read_text(fx, PATH_PROC, "passwd", &text);
	if (!have_openat2) {
		assert_not_read(r, text);
		skip();
	}
	assert_int_equal(r, 0);
	assert_string_equal(text, "fixture:x:0:0::/:/bin/sh");
	free(text);
}

/* `sys/power -> ../../../../..`: ".." stops at the root, as at '/'. */
static void
test_source_sysroot_relative_dotdot_symlink_stays_inside(void **state)
{
	struct fixture *fx = *state;
	char *text;
	int r;

	tu_write(fx->root, "state", "inside-root\n");
	tu_symlink(fx->root, "sys/power", "../../../../..");
	r = read_text(fx, PATH_SYS_POWER, "state", &text);
	if (have_openat2) {
		assert_int_equal(r, 0);
		assert_string_equal(text, "inside-root");
		free(text);
	} else {
		assert_not_read(r, text);
	}

	/* With nothing there inside the root, nothing is read at all. */
	tu_remove(fx->root, "state");
	r = read_text(fx, PATH_SYS_POWER, "state", &text);
	assert_not_read(r, text);
}

static void
test_source_sysroot_relative_symlink_chain(void **state)
{
	struct fixture *fx = *state;
	char *text, *target;
	int r;

	/* A relative link that climbs out and back in by the outside directory's name. */
	assert_true(asprintf(&target, "../../../../../../..%s", fx->outside) > 0);
	tu_write(fx->outside, "sys/power/state", "HOST\n");
	tu_symlink(fx->root, "sys", target);
	r = read_text(fx, PATH_SYS_POWER, "state", &text);
	assert_not_read(r, text);
	free(target);
}

static void
test_source_sysroot_fifo_refused_without_blocking(void **state)
{
	struct fixture *fx = *state;
	char *text;
	uint8_t *blob;
	size_t len;

	tu_mkfifo(fx->root, "sys/power/state");
	tu_mkfifo(fx->root, "sys/firmware/acpi/tables/FACP");
	alarm(300); /* a blocking open or read (a hang) kills the test; a slow machine never does */
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), -EINVAL);
	assert_int_equal(source_read_blob(fx->src, PATH_ACPI_TABLES, "FACP", 4096, &blob, &len),
			 -EINVAL);
	assert_int_equal(source_file_type(fx->src, PATH_SYS_POWER, "state"), S_IFIFO);
	alarm(0);
}

static void
test_source_sysroot_directory_is_eisdir(void **state)
{
	struct fixture *fx = *state;
	char *text;

	tu_mkdir(fx->root, "sys/power/state");
	assert_int_equal(read_text(fx, PATH_SYS_POWER, "state", &text), -EISDIR);
	assert_null(text);
	/* The kind's own directory, with no name. */
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, NULL, &text), -EISDIR);
}

static void
test_source_sysroot_size_limit(void **state)
{
	struct fixture *fx = *state;
	char *big = malloc(SOURCE_TEXT_MAX + 2), *text;
	uint8_t *blob;
	size_t len;

	assert_non_null(big);
	memset(big, 'x', SOURCE_TEXT_MAX + 1);
	big[SOURCE_TEXT_MAX + 1] = '\0';

	/* Exactly 64 KiB is read whole. */
	tu_write_bytes(fx->root, "proc/cmdline", big, SOURCE_TEXT_MAX);
	assert_int_equal(read_text(fx, PATH_PROC, "cmdline", &text), 0);
	assert_int_equal(strlen(text), SOURCE_TEXT_MAX);
	free(text);

	/* One byte more is refused, even when that byte is a newline that would be stripped. */
	tu_write_bytes(fx->root, "proc/cmdline", big, SOURCE_TEXT_MAX + 1);
	assert_int_equal(read_text(fx, PATH_PROC, "cmdline", &text), -EFBIG);
	assert_null(text);
	big[SOURCE_TEXT_MAX] = '\n';
	tu_write_bytes(fx->root, "proc/cmdline", big, SOURCE_TEXT_MAX + 1);
	assert_int_equal(read_text(fx, PATH_PROC, "cmdline", &text), -EFBIG);

	/* Blobs have their own bound. */
	tu_write_bytes(fx->root, "sys/firmware/acpi/tables/DSDT", big, 100);
	assert_int_equal(source_read_blob(fx->src, PATH_ACPI_TABLES, "DSDT", 100, &blob, &len), 0);
	assert_int_equal(len, 100);
	assert_memory_equal(blob, big, 100);
	free(blob);
	assert_int_equal(source_read_blob(fx->src, PATH_ACPI_TABLES, "DSDT", 99, &blob, &len),
			 -EFBIG);
	free(big);
}

/* Sizes about the reader's first read (a 4096-byte stack buffer, then the heap) come back whole. */
static void
test_source_sysroot_reads_every_size(void **state)
{
	static const size_t sizes[] = {0, 1, 4095, 4096, 4097, 8191, 8192, 8193, 100000};
	struct fixture *fx = *state;
	uint8_t *bytes = malloc(100000), *blob;
	size_t len;

	assert_non_null(bytes);
	for (size_t i = 0; i < 100000; i++)
		bytes[i] = (uint8_t)(i * 7 + i / 251);
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		tu_write_bytes(fx->root, "sys/firmware/acpi/tables/DSDT", bytes, sizes[i]);
		open_root(fx);
		assert_int_equal(source_read_blob(fx->src, PATH_ACPI_TABLES, "DSDT",
						  SOURCE_BLOB_MAX, &blob, &len),
				 0);
		assert_int_equal(len, sizes[i]);
		assert_memory_equal(blob, bytes, sizes[i] ? sizes[i] : 1);
		free(blob);
	}
	free(bytes);
}

/* read_fd_sized() takes fstat()'s size as a hint only: a file whose size says less or more than
 * it holds (sysfs says 4096, procfs 0) is read to its end all the same, and bounded. */
static void
test_source_sysroot_read_size_is_a_hint(void **state)
{
	static const size_t hints[] = {0, 1, 99, 100, 101, 4095, 4096, 4097, (size_t)1 << 40};
	struct fixture *fx = *state;
	char bytes[100], *path, *buf;
	size_t len;
	int fd;

	memset(bytes, 'b', sizeof(bytes));
	tu_write_bytes(fx->root, "file", bytes, sizeof(bytes));
	assert_true(asprintf(&path, "%s/file", fx->root) > 0);
	for (size_t i = 0; i < sizeof(hints) / sizeof(hints[0]); i++) {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		assert_true(fd >= 0);
		assert_int_equal(read_fd_sized(fd, hints[i], 4096, &buf, &len), 0);
		assert_int_equal(len, sizeof(bytes));
		assert_memory_equal(buf, bytes, sizeof(bytes));
		assert_int_equal(buf[len], '\0');
		free(buf);
		assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
		assert_int_equal(read_fd_sized(fd, hints[i], 99, &buf, &len), -EFBIG);
		assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
		assert_int_equal(read_fd_sized(fd, hints[i], 100, &buf, &len), 0);
		assert_int_equal(len, sizeof(bytes));
		free(buf);
		close(fd);
	}
	free(path);
}

static void
test_source_sysroot_blob_keeps_bytes(void **state)
{
	static const uint8_t bytes[] = {'F', 'A', 'C', 'P', 0, 1, '\n', 0xff, '\r', '\n'};
	struct fixture *fx = *state;
	uint8_t *blob;
	size_t len;

	tu_write_bytes(fx->root, "sys/firmware/acpi/tables/FACP", bytes, sizeof(bytes));
	open_root(fx);
	assert_int_equal(source_read_blob(fx->src, PATH_ACPI_TABLES, "FACP", 4096, &blob, &len), 0);
	assert_int_equal(len, sizeof(bytes));
	assert_memory_equal(blob, bytes, sizeof(bytes));
	free(blob);
}

static void
test_source_sysroot_writable_from_record(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "mem\n");
	tu_write(fx->root, "RECORD",
		 "origin: synthetic\n"
		 "writable: sys/power/state sys/class/rtc/rtc0/wakealarm\n");
	open_root(fx);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "state"), 1);
	assert_int_equal(source_writable(fx->src, PATH_CLASS_RTC, "rtc0/wakealarm"), 1);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "disk"), 0);
	assert_int_equal(source_writable(fx->src, PATH_CLASS_RTC, "rtc1/wakealarm"), 0);
	/* Whatever the tree's own modes say, git kept none: the list decides. */
	assert_int_equal(source_writable(fx->src, PATH_PROC, "cmdline"), 0);
}

static void
test_source_sysroot_writable_empty_list(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "mem\n");
	tu_write(fx->root, "RECORD", "writable:\n");
	open_root(fx);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "state"), 0);
}

/* Without writable: the tree's own file answers, as access(2) would for this caller (who wrote
 * it here, or root); root's view follows. */
static void
test_source_sysroot_writable_from_tree(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/state", "mem\n");
	open_root(fx);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "state"), 1);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "state"), 1);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "disk"), -ENOENT);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "disk"), -ENOENT);

	tu_write(fx->root, "RECORD", "origin: synthetic\neuid: 0\n");
	open_root(fx);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "state"), 1);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "state"), 1);
}

/* A recording made as root says root's view; one made unprivileged only its own, and root's
 * comes from the file: a write bit for someone. */
static void
test_source_sysroot_root_writable_from_record(void **state)
{
	struct fixture *fx = *state;
	char *path;

	tu_write(fx->root, "sys/power/state", "mem\n");
	tu_write(fx->root, "sys/power/disk", "[platform]\n");
	tu_write(fx->root, "RECORD", "euid: 0\nwritable: sys/power/state\n");
	open_root(fx);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "state"), 1);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "disk"), 0);

	tu_write(fx->root, "RECORD", "euid: 1000\nwritable:\n");
	open_root(fx);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "state"), 0);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "state"), 1);
	path = tu_path(fx->root, "sys/power/state");
	assert_int_equal(chmod(path, 0444), 0);
	free(path);
	assert_int_equal(source_root_writable(fx->src, PATH_SYS_POWER, "state"), 0);
}

/* In a mount namespace of its own (root only, else skipped): the tree mounted read-only stops
 * root, whatever the modes or a recording made unprivileged say. */
static int
check_read_only_tree(const char *root)
{
	struct source *src = NULL;
	int caller, by_root;

	if (unshare(CLONE_NEWNS) < 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
	    mount(root, root, NULL, MS_BIND, NULL) < 0 ||
	    mount(NULL, root, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) < 0)
		return 77;
	if (source_new_sysroot(root, &src) < 0)
		return 1;
	caller = source_writable(src, PATH_SYS_POWER, "state");
	by_root = source_root_writable(src, PATH_SYS_POWER, "state");
	source_free(src);
	return caller == 0 && by_root == 0 ? 0 : 2;
}

static void
test_source_sysroot_read_only_mount(void **state)
{
	struct fixture *fx = *state;
	int status, code;
	pid_t pid;

	if (geteuid() != 0)
		skip();
	tu_write(fx->root, "sys/power/state", "mem\n");
	for (int i = 0; i < 2; i++) {
		if (i == 1)
			tu_write(fx->root, "RECORD", "euid: 1000\nwritable:\n");
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0)
			_exit(check_read_only_tree(fx->root));
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status));
		code = WEXITSTATUS(status);
		if (code == 77)
			skip();
		assert_int_equal(code, 0);
	}
}

static void
test_source_sysroot_bad_record(void **state)
{
	struct fixture *fx = *state;
	struct source *src = (struct source *)0x1;

	tu_write(fx->root, "RECORD", "origin synthetic without a colon\n");
	assert_int_equal(source_new_sysroot(fx->root, &src), -EBADMSG);
	assert_ptr_equal(src, (struct source *)0x1);

	tu_write_bytes(fx->root, "RECORD", "origin: a\0b\n", 12);
	assert_int_equal(source_new_sysroot(fx->root, &src), -EBADMSG);
	assert_ptr_equal(src, (struct source *)0x1);
}

static void
test_source_sysroot_bad_root(void **state)
{
	struct fixture *fx = *state;
	struct source *src = NULL;
	char *missing = tu_path(fx->root, "no-such-dir");
	char *file = tu_path(fx->root, "a-file");

	tu_write(fx->root, "a-file", "x");
	assert_int_equal(source_new_sysroot(missing, &src), -ENOENT);
	assert_int_equal(source_new_sysroot(file, &src), -ENOTDIR);
	assert_null(src);
	free(missing);
	free(file);
}

static void
test_source_sysroot_list_sorted(void **state)
{
	struct fixture *fx = *state;
	char **list = NULL;

	tu_write(fx->root, "sys/class/rtc/rtc1/wakealarm", "");
	tu_write(fx->root, "sys/class/rtc/rtc10/name", "x");
	tu_write(fx->root, "sys/class/rtc/rtc0/wakealarm", "");
	tu_write(fx->root, "sys/class/rtc/Zeta", "");
	tu_symlink(fx->root, "sys/class/rtc/rtc2", "rtc0");
	open_root(fx);
	assert_int_equal(source_list(fx->src, PATH_CLASS_RTC, NULL, &list), 0);
	assert_string_equal(list[0], "Zeta");
	assert_string_equal(list[1], "rtc0");
	assert_string_equal(list[2], "rtc1");
	assert_string_equal(list[3], "rtc10");
	assert_string_equal(list[4], "rtc2");
	assert_null(list[5]);
	strv_free(list);

	assert_int_equal(source_list(fx->src, PATH_CLASS_RTC, "rtc0", &list), 0);
	assert_string_equal(list[0], "wakealarm");
	assert_null(list[1]);
	strv_free(list);
}

static void
test_source_sysroot_list_empty_missing_and_file(void **state)
{
	struct fixture *fx = *state;
	char **list = NULL;

	tu_mkdir(fx->root, "sys/class/block");
	tu_write(fx->root, "sys/power/state", "mem\n");
	open_root(fx);
	assert_int_equal(source_list(fx->src, PATH_CLASS_BLOCK, NULL, &list), 0);
	assert_non_null(list);
	assert_null(list[0]);
	strv_free(list);
	list = NULL;
	assert_int_equal(source_list(fx->src, PATH_CLASS_RTC, NULL, &list), -ENOENT);
	assert_int_equal(source_list(fx->src, PATH_SYS_POWER, "state", &list), -ENOTDIR);
	assert_null(list);
}

static void
test_source_sysroot_list_through_escaping_symlink(void **state)
{
	struct fixture *fx = *state;
	char **list = NULL;
	int r;

	/* sys/class/block -> /dev on the host: the listing is of root/dev, which is empty. */
	tu_symlink(fx->root, "sys/class/block", "/dev");
	tu_mkdir(fx->root, "dev");
	open_root(fx);
	r = source_list(fx->src, PATH_CLASS_BLOCK, NULL, &list);
	if (!have_openat2) {
		assert_true(r < 0);
		skip();
	}
	assert_int_equal(r, 0);
	assert_null(list[0]);
	strv_free(list);
}

static void
test_source_sysroot_file_type(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->root, "sys/power/disk", "[platform]\n");
	tu_mkdir(fx->root, "sys/power/tuxonice");
	tu_write(fx->root, "sys/class/rtc/rtc0/wakealarm", "");
	open_root(fx);
	assert_int_equal(source_file_type(fx->src, PATH_SYS_POWER, "disk"), S_IFREG);
	assert_int_equal(source_file_type(fx->src, PATH_SYS_POWER, "tuxonice"), S_IFDIR);
	assert_int_equal(source_file_type(fx->src, PATH_SYS_POWER, "nothing"), -ENOENT);
	assert_int_equal(source_file_type(fx->src, PATH_CLASS_RTC, "rtc0/wakealarm"), S_IFREG);
}

static void
test_source_sysroot_file_type_symlinks_inside_root(void **state)
{
	struct fixture *fx = *state;
	int r;

	/* Links are followed for the type, but only within the root. */
	tu_write(fx->root, "devices/rtc0/wakealarm", "");
	tu_symlink(fx->root, "sys/class/rtc/rtc0", "../../../devices/rtc0");
	tu_symlink(fx->root, "sys/power/disk", "/etc/passwd");
	open_root(fx);
	r = source_file_type(fx->src, PATH_SYS_POWER, "disk");
	assert_true(r != S_IFREG);
	if (!have_openat2)
		skip();
	assert_int_equal(r, -ENOENT);
	assert_int_equal(source_file_type(fx->src, PATH_CLASS_RTC, "rtc0/wakealarm"), S_IFREG);
}

static void
test_source_sysroot_invalid_names(void **state)
{
	struct fixture *fx = *state;
	char *text = NULL, **list = NULL;

	tu_write(fx->root, "state", "escaped\n");
	tu_write(fx->root, "sys/power/state", "mem\n");
	open_root(fx);
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, "../../state", &text), -EINVAL);
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, "/state", &text), -EINVAL);
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, "", &text), -EINVAL);
	assert_int_equal(source_read_text(fx->src, _PATH_KIND_MAX, "state", &text), -EINVAL);
	assert_int_equal(source_file_type(fx->src, PATH_SYS_POWER, "a/../state"), -EINVAL);
	assert_int_equal(source_writable(fx->src, PATH_SYS_POWER, "./state"), -EINVAL);
	assert_int_equal(source_list(fx->src, PATH_SYS_POWER, "..", &list), -EINVAL);
	assert_null(text);
	assert_null(list);
}

struct log_lines {
	int n;
	char text[1024];
};

static void
collect_log(void *userdata, int priority, const char *file, int line, const char *fn,
	    const char *format, va_list args)
{
	struct log_lines *l = userdata;
	size_t used = strlen(l->text);

	(void)file;
	(void)line;
	assert_int_equal(priority, LOG_DEBUG);
	l->n++;
	snprintf(l->text + used, sizeof(l->text) - used, "%s: ", fn);
	used = strlen(l->text);
	vsnprintf(l->text + used, sizeof(l->text) - used, format, args);
	used = strlen(l->text);
	snprintf(l->text + used, sizeof(l->text) - used, "\n");
}

/* Each read's outcome reaches the context's log function at debug: the path and its size, or
 * the errno; nothing at all below debug. */
static void
test_source_sysroot_logs_each_read(void **state)
{
	struct fixture *fx = *state;
	struct log_lines log = {0};
	struct pmprobe_ctx *ctx = NULL;
	char *text;

	tu_write(fx->root, "proc/swaps", "Filename Type Size Used Priority\n");
	tu_mkdir(fx->root, "sys/power/disk");
	open_root(fx);
	assert_int_equal(pmprobe_new(&ctx, NULL), 0);
	pmprobe_set_log_fn(ctx, collect_log, &log);
	pmprobe_set_log_priority(ctx, LOG_INFO);
	fx->src->ctx = ctx;
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, "state", &text), -ENOENT);
	assert_int_equal(log.n, 0);

	pmprobe_set_log_priority(ctx, LOG_DEBUG);
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, "state", &text), -ENOENT);
	assert_int_equal(source_read_text(fx->src, PATH_SYS_POWER, "disk", &text), -EISDIR);
	assert_int_equal(source_read_text(fx->src, PATH_PROC, "swaps", &text), 0);
	free(text);
	assert_int_equal(log.n, 3);
	assert_string_equal(log.text,
			    "source_read: 'sys/power/state': ENOENT (No such file or directory)\n"
			    "source_read: 'sys/power/disk': EISDIR (Is a directory)\n"
			    "source_read: 'proc/swaps': 33 bytes\n");
	assert_false(fx->src->live);
	assert_string_equal(fx->src->ops->name, "sysroot");
	fx->src->ctx = NULL;
	pmprobe_unref(ctx);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

/* The quick read (the directory opened once, statx, the open by name, fstat) answers as the
 * exact one (openat2 of the whole path, fstat, the reopen by /proc/self/fd): the same error or
 * the same bytes. @quick keeps its directories open across calls, as a probe's source does. */
static void
assert_same_read(struct source *quick, struct source *exact, const char *path)
{
	char *a = NULL, *b = NULL;
	size_t la = 0, lb = 0;
	int ra = source_sysroot_read_path(quick, path, 0, &a, &la);
	int rb = source_sysroot_read_path(exact, path, 1, &b, &lb);

	if (ra != rb)
		fail_msg("'%s': the quick read answers %d, the exact one %d", path, ra, rb);
	if (ra >= 0) {
		assert_int_equal(la, lb);
		assert_memory_equal(a, b, la);
	}
	free(a);
	free(b);
}

static void
test_source_sysroot_quick_read_parity_hostile(void **state)
{
	static const char *const paths[] = {
		"sys/power/state",
		"sys/power/empty",
		"sys/power/link",
		"sys/power/fifo",
		"sys/power/dir",
		"sys/power/missing",
		"sys/power/state/x",
		"missing/dir/file",
		"in/state",
		"abs/state",
		"out/state",
		"up/state",
		"loop/state",
		"sys/power/mode000",
		"sys/class/rtc/rtc0/wakealarm",
		"sys/class/rtc/rtc0",
		"RECORD",
		"sys/power/dev-null",
		"sys/power/dangling",
		"sys/power/../power/state",
	};
	struct fixture *fx = *state;
	struct source *quick = NULL, *exact = NULL;
	char *up = NULL, *p;

	tu_write(fx->root, "sys/power/state", "mem disk\n");
	tu_write(fx->root, "sys/power/empty", "");
	tu_symlink(fx->root, "sys/power/link", "state");
	tu_symlink(fx->root, "sys/power/dangling", "nowhere");
	tu_mkfifo(fx->root, "sys/power/fifo");
	tu_mkdir(fx->root, "sys/power/dir");
	tu_write(fx->root, "sys/power/mode000", "secret\n");
	p = tu_path(fx->root, "sys/power/mode000");
	assert_int_equal(chmod(p, 0), 0);
	free(p);
	tu_symlink(fx->root, "in", "sys/power");
	tu_symlink(fx->root, "abs", "/sys/power");
	tu_symlink(fx->root, "loop", "loop");
	tu_write(fx->outside, "sys/power/state", "HOST\n");
	tu_symlink(fx->root, "out", fx->outside);
	assert_true(asprintf(&up, "../../../../../../..%s/sys/power", fx->outside) > 0);
	tu_symlink(fx->root, "up", up);
	tu_write(fx->root, "sys/devices/rtc0/wakealarm", "");
	tu_symlink(fx->root, "sys/class/rtc/rtc0", "../../devices/rtc0");
	tu_write(fx->root, "RECORD", "format: 1\n");
	/* A device node, where the caller may make one: /dev/null's numbers, harmless if opened. */
	p = tu_path(fx->root, "sys/power/dev-null");
	if (mknod(p, S_IFCHR | 0666, makedev(1, 3)) < 0)
		tu_write(fx->root, "sys/power/dev-null", "not a device here\n");
	free(p);
	alarm(300); /* a blocking open of the FIFO (a hang) kills the test */
	assert_int_equal(source_new_sysroot(fx->root, &quick), 0);
	assert_int_equal(source_new_sysroot(fx->root, &exact), 0);
	for (size_t i = 0; i < ELEMENTSOF(paths); i++)
		if (path_name_is_valid(paths[i]))
			assert_same_read(quick, exact, paths[i]);
	/* Twice: what the quick source's open directories answer the second time. */
	for (size_t i = 0; i < ELEMENTSOF(paths); i++)
		if (path_name_is_valid(paths[i]))
			assert_same_read(quick, exact, paths[i]);
	alarm(0);
	source_free(quick);
	source_free(exact);
	free(up);
}

/* Every entry below @rel of @root, not entering links. */
static void
same_reads_below(struct source *quick, struct source *exact, const char *root, const char *rel)
{
	char *dir_path = rel ? tu_path(root, rel) : strdup(root);
	DIR *dir = opendir(dir_path);
	struct dirent *de;

	assert_non_null(dir);
	while ((de = readdir(dir))) {
		char *sub = NULL;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		assert_true(rel ? asprintf(&sub, "%s/%s", rel, de->d_name) > 0
				: asprintf(&sub, "%s", de->d_name) > 0);
		if (path_name_is_valid(sub)) {
			assert_same_read(quick, exact, sub);
			if (de->d_type == DT_DIR)
				same_reads_below(quick, exact, root, sub);
		}
		free(sub);
	}
	closedir(dir);
	free(dir_path);
}

static void
same_reads_in_fixture(const char *root, void *userdata)
{
	struct source *quick = NULL, *exact = NULL;

	(void)userdata;
	assert_int_equal(source_new_sysroot(root, &quick), 0);
	assert_int_equal(source_new_sysroot(root, &exact), 0);
	same_reads_below(quick, exact, root, NULL);
	source_free(quick);
	source_free(exact);
}

static void
test_source_sysroot_quick_read_parity_fixtures(void **state)
{
	(void)state;
	assert_true(tu_for_each_fixture(same_reads_in_fixture, NULL) > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_source_sysroot_reads_text_stripped),
		T(test_source_sysroot_empty_file),
		T(test_source_sysroot_text_cut_at_nul),
		T(test_source_sysroot_missing_file),
		T(test_source_sysroot_final_symlink_refused),
		T(test_source_sysroot_absolute_dir_symlink_stays_inside),
		T(test_source_sysroot_absolute_symlink_to_host_etc),
		T(test_source_sysroot_relative_dotdot_symlink_stays_inside),
		T(test_source_sysroot_relative_symlink_chain),
		T(test_source_sysroot_fifo_refused_without_blocking),
		T(test_source_sysroot_directory_is_eisdir),
		T(test_source_sysroot_size_limit),
		T(test_source_sysroot_blob_keeps_bytes),
		T(test_source_sysroot_reads_every_size),
		T(test_source_sysroot_read_size_is_a_hint),
		T(test_source_sysroot_writable_from_record),
		T(test_source_sysroot_writable_empty_list),
		T(test_source_sysroot_writable_from_tree),
		T(test_source_sysroot_root_writable_from_record),
		T(test_source_sysroot_read_only_mount),
		T(test_source_sysroot_bad_record),
		T(test_source_sysroot_bad_root),
		T(test_source_sysroot_list_sorted),
		T(test_source_sysroot_list_empty_missing_and_file),
		T(test_source_sysroot_list_through_escaping_symlink),
		T(test_source_sysroot_file_type),
		T(test_source_sysroot_file_type_symlinks_inside_root),
		T(test_source_sysroot_invalid_names),
		T(test_source_sysroot_logs_each_read),
		T(test_source_sysroot_quick_read_parity_hostile),
		T(test_source_sysroot_quick_read_parity_fixtures),
	};

	have_openat2 = probe_openat2();
	return cmocka_run_group_tests_name("source-sysroot", tests, NULL, NULL);
}
