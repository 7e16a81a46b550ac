/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for pmprobe_record() (record.c), recording a tree through the sysroot backend. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "testutil.h"

struct fixture {
	char *src; /* the tree recorded */
	char *out; /* a scratch root; the recording goes to out/rec */
	char *rec;
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (!fx)
		return -1;
	fx->src = tu_root_new();
	fx->out = tu_root_new();
	if (!fx->src || !fx->out)
		return -1;
	fx->rec = tu_path(fx->out, "rec");
	/* The least a tree has. */
	tu_write(fx->src, "proc/swaps", "Filename\tType\tSize\tUsed\tPriority\n");
	tu_write(fx->src, "proc/meminfo", "MemTotal: 100 kB\nMemFree: 50 kB\nActive(anon): 1 kB\n");
	tu_write(fx->src, "proc/cmdline", "quiet\n");
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	tu_root_free(fx->src);
	tu_root_free(fx->out);
	free(fx->rec);
	free(fx);
	return 0;
}

/* The report as JSON, without the line naming the root it was read from: the same report
 * from another root (a recording and its source) is then the same text. */
static char *
report_json(const struct pmprobe_report *report, const char *root)
{
	char *json = NULL, *line, *end;

	assert_int_equal(pmprobe_report_to_json(report, &json), 0);
	line = strstr(json, "\n  \"sysroot\": \"");
	assert_non_null(line);
	assert_non_null(strstr(line, root));
	end = strchr(line + 1, '\n');
	memmove(line, end, strlen(end) + 1);
	return json;
}

/* Records fx->src into fx->rec; returns what pmprobe_record() returned. */
static int
record(struct fixture *fx, char **ret_json)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	int r;

	assert_int_equal(pmprobe_new(&ctx, fx->src), 0);
	r = pmprobe_record(ctx, fx->rec, ret_json ? &report : NULL);
	if (r >= 0 && ret_json) {
		assert_non_null(report);
		*ret_json = report_json(report, fx->src);
	}
	pmprobe_report_unref(report);
	pmprobe_unref(ctx);
	return r;
}

static char *
probe_json(const char *root)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	char *json = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_probe(ctx, &report), 0);
	json = report_json(report, root);
	pmprobe_report_unref(report);
	pmprobe_unref(ctx);
	return json;
}

/* The whole file, or NULL when it cannot be read; *len its size. */
static char *
slurp(const char *root, const char *rel, size_t *len)
{
	char *path = tu_path(root, rel), *buf = malloc(65536);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, 65535);

	free(path);
	if (fd >= 0)
		close(fd);
	if (n < 0) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static void
assert_same_file(struct fixture *fx, const char *rel)
{
	size_t a_len = 0, b_len = 0;
	char *a = slurp(fx->src, rel, &a_len), *b = slurp(fx->rec, rel, &b_len);

	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(a_len, b_len);
	assert_memory_equal(a, b, a_len);
	free(a);
	free(b);
}

static int
exists(const char *root, const char *rel, mode_t type)
{
	char *path = tu_path(root, rel);
	struct stat st;
	int r = lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == type;

	free(path);
	return r;
}

static void
test_record_copies_bytes_exactly(void **state)
{
	struct fixture *fx = *state;
	static const char table[] = {'F', 'A', 'C', 'P', 0, 0, 0, 0, 1, '\n', 0xff, '\r'};

	tu_write(fx->src, "sys/power/state", "freeze mem disk\n\n");
	tu_write(fx->src, "sys/power/mem_sleep", "s2idle [deep]\r\n");
	tu_write(fx->src, "sys/power/disk", "[platform] shutdown\n");
	tu_write(fx->src, "sys/power/pm_async", "1\n"); /* never read: never copied */
	tu_write_bytes(fx->src, "sys/firmware/acpi/tables/FACP", table, sizeof(table));
	tu_write(fx->src, "sys/firmware/acpi/tables/APIC", "not a table pmprobe reads");
	assert_int_equal(record(fx, NULL), 0);
	assert_same_file(fx, "sys/power/state");
	assert_same_file(fx, "sys/power/mem_sleep");
	assert_same_file(fx, "sys/power/disk");
	assert_same_file(fx, "proc/swaps");
	assert_same_file(fx, "proc/meminfo");
	assert_same_file(fx, "proc/cmdline");
	assert_same_file(fx, "sys/firmware/acpi/tables/FACP");
	assert_false(exists(fx->rec, "sys/power/pm_async", S_IFREG));
	assert_false(exists(fx->rec, "sys/firmware/acpi/tables/APIC", S_IFREG));
	assert_true(exists(fx->rec, "RECORD", S_IFREG));
}

static mode_t
mode_of(const char *root, const char *rel)
{
	char *path = tu_path(root, rel);
	struct stat st;
	mode_t m = stat(path, &st) == 0 ? st.st_mode & 07777 : 0;

	free(path);
	return m;
}

/* Tables are 0400 root's on a host: the recording keeps them from everyone (0600). */
static void
test_record_keeps_root_only_files_private(void **state)
{
	struct fixture *fx = *state;
	static const char table[] = {'F', 'A', 'C', 'P', 0, 0, 0, 0, 1, 0};
	char *facp;
	mode_t old = umask(022);

	tu_write(fx->src, "sys/power/state", "freeze mem disk\n");
	tu_write_bytes(fx->src, "sys/firmware/acpi/tables/FACP", table, sizeof(table));
	facp = tu_path(fx->src, "sys/firmware/acpi/tables/FACP");
	assert_int_equal(chmod(facp, 0400), 0);
	free(facp);
	assert_int_equal(record(fx, NULL), 0);
	umask(old);
	assert_int_equal(mode_of(fx->rec, "sys/firmware/acpi/tables/FACP"), 0600);
	assert_int_equal(mode_of(fx->rec, "sys/power/state"), 0644);
	assert_int_equal(mode_of(fx->rec, "RECORD"), 0644);
}

static void
test_record_replays_the_same_report(void **state)
{
	struct fixture *fx = *state;
	char *recorded = NULL, *original, *replayed;

	tu_healthy_host(fx->src);
	tu_mkdir(fx->src, "sys/class/rtc/rtc1"); /* an RTC without a wake alarm */
	assert_int_equal(record(fx, &recorded), 0);
	original = probe_json(fx->src);
	replayed = probe_json(fx->rec);
	assert_string_equal(recorded, original);
	assert_string_equal(replayed, original);
	assert_true(exists(fx->rec, "sys/class/rtc/rtc0/wakealarm", S_IFREG));
	assert_true(exists(fx->rec, "sys/class/rtc/rtc1", S_IFDIR));
	free(recorded);
	free(original);
	free(replayed);
}

static void
test_record_manifest(void **state)
{
	struct fixture *fx = *state;
	size_t len;
	char *text;

	tu_write(fx->src, "RECORD",
		 "euid: 1000\nkernel: 6.1.0-18-amd64\n"
		 "writable: sys/power/state sys/class/rtc/rtc0/wakealarm\n");
	tu_write(fx->src, "sys/power/state", "mem\n");
	tu_write(fx->src, "sys/class/rtc/rtc0/wakealarm", "");
	tu_write(fx->src, "sys/class/dmi/id/sys_vendor", "ACME\n");
	tu_write(fx->src, "sys/class/dmi/id/product_name", "Laptop\x01 9\n");
	tu_write(fx->src, "sys/class/dmi/id/product_serial", "SERIAL-123\n");
	tu_write(fx->src, "sys/class/dmi/id/product_uuid", "UUID-456\n");
	assert_int_equal(record(fx, NULL), 0);
	text = slurp(fx->rec, "RECORD", &len);
	assert_non_null(text);
	assert_non_null(strstr(text, "\nformat: 1\n"));
	assert_non_null(strstr(text, "\norigin: recorded\n"));
	assert_non_null(strstr(text, "\nrecorder: pmprobe " PMPROBE_VERSION "\n"));
	assert_non_null(strstr(text, "\ndate: 2"));
	assert_non_null(strstr(text, "\nkernel: 6.1.0-18-amd64\n"));
	assert_non_null(strstr(text, "\neuid: 1000\n"));
	assert_non_null(strstr(text, "\nmachine: vendor=ACME product=Laptop? 9 chassis-type=\n"));
	assert_non_null(strstr(text, "\nwritable: sys/class/rtc/rtc0/wakealarm sys/power/state\n"));
	assert_null(strstr(text, "skipped:"));
	assert_null(strstr(text, "SERIAL"));
	assert_null(strstr(text, "UUID-"));
	assert_false(exists(fx->rec, "sys/class/dmi", S_IFDIR));
	free(text);
}

/* A tree without RECORD answers writability from its own files for this caller: the recording
 * says so, and whose view it is. */
static void
test_record_tree_without_record_writes_callers_view(void **state)
{
	struct fixture *fx = *state;
	char *text, euid[32];
	size_t len;

	tu_write(fx->src, "sys/power/state", "mem\n");
	assert_int_equal(record(fx, NULL), 0);
	text = slurp(fx->rec, "RECORD", &len);
	assert_non_null(text);
	assert_non_null(strstr(text, "\nwritable: sys/power/state\n"));
	snprintf(euid, sizeof(euid), "\neuid: %u\n", (unsigned)geteuid());
	assert_non_null(strstr(text, euid));
	free(text);
}

static void
test_record_skipped_replays_as_unreadable(void **state)
{
	struct fixture *fx = *state;
	char *original, *replayed, *text;
	size_t len;
	int r;

	tu_write(fx->src, "RECORD", "writable:\nskipped: sys/firmware/acpi/tables/FACP:EACCES\n");
	tu_write(fx->src, "sys/power/state", "mem\n");
	tu_write(fx->src, "sys/firmware/acpi/tables/FACP", "");
	r = record(fx, NULL);
	assert_int_equal(r, 1);
	text = slurp(fx->rec, "RECORD", &len);
	assert_non_null(strstr(text, "\nskipped: sys/firmware/acpi/tables/FACP:EACCES\n"));
	assert_true(exists(fx->rec, "sys/firmware/acpi/tables/FACP", S_IFREG));
	original = probe_json(fx->src);
	replayed = probe_json(fx->rec);
	assert_non_null(strstr(original, "\"errno\": \"EACCES\""));
	assert_string_equal(replayed, original);
	free(text);
	free(original);
	free(replayed);
}

static void
test_record_refuses_non_empty_dir(void **state)
{
	struct fixture *fx = *state;
	size_t len;
	char *text;

	tu_write(fx->src, "sys/power/state", "mem\n");
	tu_write(fx->out, "rec/mine", "keep me");
	assert_int_equal(record(fx, NULL), -ENOTEMPTY);
	text = slurp(fx->out, "rec/mine", &len);
	assert_string_equal(text, "keep me");
	assert_false(exists(fx->rec, "RECORD", S_IFREG));
	free(text);
}

static void
test_record_into_existing_empty_dir(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->src, "sys/power/state", "mem\n");
	tu_mkdir(fx->out, "rec");
	assert_int_equal(record(fx, NULL), 0);
	assert_true(exists(fx->rec, "RECORD", S_IFREG));
}

static void
test_record_refuses_a_file(void **state)
{
	struct fixture *fx = *state;

	tu_write(fx->out, "rec", "a file");
	assert_int_equal(record(fx, NULL), -ENOTDIR);
}

static void
test_record_symlinks_become_directories(void **state)
{
	struct fixture *fx = *state;

	/* sysfs links class entries to devices; the recording holds plain directories. */
	tu_write(fx->src, "sys/devices/rtc/rtc0/wakealarm", "");
	tu_symlink(fx->src, "sys/class/rtc/rtc0", "../../devices/rtc/rtc0");
	tu_write(fx->src, "sys/power/state", "mem\n");
	assert_int_equal(record(fx, NULL), 0);
	assert_true(exists(fx->rec, "sys/class/rtc/rtc0", S_IFDIR));
	assert_true(exists(fx->rec, "sys/class/rtc/rtc0/wakealarm", S_IFREG));
	/* The link's target is not copied, nor is the link itself; sys/devices is, empty: the
	 * wake probe found no device there, and the tree's walk no directory holding rtc/rtc0
	 * (the link names none). That walk reads directories unrecorded, as the device walk. */
	assert_false(exists(fx->rec, "sys/devices/rtc/rtc0", S_IFDIR));
	assert_false(exists(fx->rec, "sys/devices/rtc", S_IFDIR));
	assert_true(exists(fx->rec, "sys/devices", S_IFDIR));
}

static void
test_record_invalid_arguments(void **state)
{
	struct fixture *fx = *state;
	struct pmprobe_ctx *ctx = NULL;

	assert_int_equal(pmprobe_record(NULL, fx->rec, NULL), -EINVAL);
	assert_int_equal(pmprobe_new(&ctx, fx->src), 0);
	assert_int_equal(pmprobe_record(ctx, NULL, NULL), -EINVAL);
	assert_int_equal(pmprobe_record(ctx, "", NULL), -EINVAL);
	pmprobe_unref(ctx);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_record_copies_bytes_exactly),
		T(test_record_keeps_root_only_files_private),
		T(test_record_replays_the_same_report),
		T(test_record_manifest),
		T(test_record_tree_without_record_writes_callers_view),
		T(test_record_skipped_replays_as_unreadable),
		T(test_record_refuses_non_empty_dir),
		T(test_record_into_existing_empty_dir),
		T(test_record_refuses_a_file),
		T(test_record_symlinks_become_directories),
		T(test_record_invalid_arguments),
	};

	return cmocka_run_group_tests_name("record", tests, NULL, NULL);
}
