/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the live source backend (libudev for sysfs, raw reads for /proc) on this host. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "macro.h"
#include "parse-util.h"
#include "proc.h"
#include "source.h"
#include "testutil.h"

static int
setup(void **state)
{
	struct source *src = NULL;

	if (source_new_udev(&src) < 0)
		return -1;
	*state = src;
	return 0;
}

static int
teardown(void **state)
{
	source_free(*state);
	return 0;
}

/* The file as read without the library, trailing newlines stripped as the source promises. */
static char *
read_plain(const char *path)
{
	FILE *f = fopen(path, "re");
	char *buf = calloc(1, SOURCE_TEXT_MAX + 1);
	size_t n;

	assert_non_null(f);
	assert_non_null(buf);
	n = fread(buf, 1, SOURCE_TEXT_MAX, f);
	fclose(f);
	buf[n] = '\0';
	n = strlen(buf);
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		buf[--n] = '\0';
	return buf;
}

static void
test_source_udev_is_live(void **state)
{
	struct source *src = *state;

	assert_true(src->live);
	assert_string_equal(src->ops->name, "udev");
}

static void
test_source_udev_reads_power_state(void **state)
{
	struct source *src = *state;
	char *text = NULL, *plain;

	if (access("/sys/power/state", R_OK) < 0)
		skip();
	assert_int_equal(source_read_text(src, PATH_SYS_POWER, "state", &text), 0);
	assert_non_null(text);
	plain = read_plain("/sys/power/state");
	assert_string_equal(text, plain);
	assert_null(strchr(text, '\n'));
	free(plain);
	free(text);
}

static void
test_source_udev_reads_state_twice(void **state)
{
	struct source *src = *state;
	char *a = NULL, *b = NULL, *other = NULL;

	if (access("/sys/power/state", R_OK) < 0)
		skip();
	/* The cached device must answer a second read, and survive a read elsewhere. */
	assert_int_equal(source_read_text(src, PATH_SYS_POWER, "state", &a), 0);
	assert_int_equal(source_read_text(src, PATH_SYS_POWER, "state", &b), 0);
	assert_string_equal(a, b);
	(void)source_read_text(src, PATH_SECURITY, "lockdown", &other);
	free(other);
	free(b);
	b = NULL;
	assert_int_equal(source_read_text(src, PATH_SYS_POWER, "state", &b), 0);
	assert_string_equal(a, b);
	free(a);
	free(b);
}

static void
test_source_udev_reads_proc_meminfo(void **state)
{
	struct source *src = *state;
	struct meminfo m;
	char *text = NULL;

	assert_int_equal(source_read_text(src, PATH_PROC, "meminfo", &text), 0);
	assert_non_null(strstr(text, "MemTotal:"));
	assert_int_equal(meminfo_parse(text, &m), 0);
	assert_true(m.has[MEMINFO_MEM_TOTAL]);
	assert_true(m.kib[MEMINFO_MEM_TOTAL] > 0);
	assert_true(text[0] == '\0' || text[strlen(text) - 1] != '\n');
	free(text);
}

static void
test_source_udev_reads_proc_swaps_and_cmdline(void **state)
{
	struct source *src = *state;
	struct swaps s;
	char *text = NULL;

	assert_int_equal(source_read_text(src, PATH_PROC, "swaps", &text), 0);
	assert_int_equal(swaps_parse(text, &s), 0);
	swaps_done(&s);
	free(text);
	text = NULL;
	assert_int_equal(source_read_text(src, PATH_PROC, "cmdline", &text), 0);
	assert_null(strchr(text, '\n'));
	free(text);
}

static void
test_source_udev_missing_attribute(void **state)
{
	struct source *src = *state;
	char *text = NULL;

	assert_int_equal(source_read_text(src, PATH_SYS_POWER, "pmprobe_no_such_attribute", &text),
			 -ENOENT);
	assert_null(text);
	assert_int_equal(source_read_text(src, PATH_PROC, "pmprobe_no_such_file", &text), -ENOENT);
	assert_null(text);
	assert_int_equal(source_file_type(src, PATH_SYS_POWER, "pmprobe_no_such_attribute"),
			 -ENOENT);
}

static void
test_source_udev_directory_is_eisdir(void **state)
{
	struct source *src = *state;
	char *text = NULL;

	assert_int_equal(source_read_text(src, PATH_SYS_POWER, NULL, &text), -EISDIR);
	assert_null(text);
}

static void
test_source_udev_final_symlink_refused(void **state)
{
	struct source *src = *state;
	char *text = NULL, **list = NULL;
	const char *link = NULL;
	struct stat st;
	char path[512];

	/* Entries of /sys/class/block are symlinks into /sys/devices. */
	if (source_list(src, PATH_CLASS_BLOCK, NULL, &list) < 0 || !list[0]) {
		strv_free(list);
		skip();
	}
	snprintf(path, sizeof(path), "/sys/class/block/%s", list[0]);
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		link = list[0];
	if (!link) {
		strv_free(list);
		skip();
	}
	assert_int_equal(source_read_text(src, PATH_CLASS_BLOCK, link, &text), -ELOOP);
	assert_null(text);
	strv_free(list);
}

static void
test_source_udev_block_dev_attribute(void **state)
{
	struct source *src = *state;
	char **list = NULL, *attr = NULL, *text = NULL;
	unsigned maj, min;

	if (source_list(src, PATH_CLASS_BLOCK, NULL, &list) < 0 || !list[0]) {
		strv_free(list);
		skip();
	}
	/* Through an intermediate symlink, as probe.c reads a swap partition's MAJ:MIN. */
	assert_true(asprintf(&attr, "%s/dev", list[0]) > 0);
	assert_int_equal(source_read_text(src, PATH_CLASS_BLOCK, attr, &text), 0);
	assert_int_equal(parse_devnum(text, &maj, &min), 0);
	free(text);
	free(attr);
	strv_free(list);
}

static void
test_source_udev_list_sorted(void **state)
{
	struct source *src = *state;
	char **list = NULL;
	int has_state = 0;

	assert_int_equal(source_list(src, PATH_SYS_POWER, NULL, &list), 0);
	for (size_t i = 0; list[i]; i++) {
		if (list[i + 1])
			assert_true(strcmp(list[i], list[i + 1]) < 0);
		assert_string_not_equal(list[i], ".");
		assert_string_not_equal(list[i], "..");
		has_state |= !strcmp(list[i], "state");
	}
	assert_int_equal(has_state, access("/sys/power/state", F_OK) == 0);
	strv_free(list);
	assert_int_equal(source_list(src, PATH_SYS_POWER, "pmprobe_no_such_dir", &list), -ENOENT);
}

static void
test_source_udev_file_type_and_writable(void **state)
{
	struct source *src = *state;

	if (access("/sys/power/state", F_OK) < 0)
		skip();
	assert_int_equal(source_file_type(src, PATH_SYS_POWER, "state"), S_IFREG);
	assert_int_equal(source_file_type(src, PATH_SYS_POWER, NULL), S_IFDIR);
	/* The live backend knows: exactly what access(2) says for this caller. */
	assert_int_equal(source_writable(src, PATH_SYS_POWER, "state"),
			 access("/sys/power/state", W_OK) == 0);
	assert_int_equal(source_writable(src, PATH_SYS_POWER, "pmprobe_no_such_attribute"),
			 -ENOENT);
	assert_int_equal(source_writable(src, PATH_PROC, "meminfo"),
			 access("/proc/meminfo", W_OK) == 0);
}

static void
test_source_udev_invalid_names(void **state)
{
	struct source *src = *state;
	char *text = NULL;

	assert_int_equal(source_read_text(src, PATH_SYS_POWER, "../../etc/passwd", &text), -EINVAL);
	assert_int_equal(source_read_text(src, PATH_PROC, "/etc/passwd", &text), -EINVAL);
	assert_null(text);
}

/* Below /sys/devices, libudev needs a device with a uevent file: cpuidle/ and cpu0/cpuidle/state0
 * have none, so the nearest one (the CPU subsystem, cpu0) answers for them. */
static void
test_source_udev_reads_below_device_without_uevent(void **state)
{
	static const char *const names[] = {"cpuidle/current_driver", "cpu0/cpuidle/state0/name",
					    "cpu0/cpuidle/state0/latency", "online"};
	struct source *src = *state;
	int n = 0;

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char path[256], *text = NULL, *plain;

		snprintf(path, sizeof(path), "/sys/devices/system/cpu/%s", names[i]);
		if (access(path, R_OK) < 0)
			continue;
		assert_int_equal(source_read_text(src, PATH_SYS_CPU, names[i], &text), 0);
		plain = read_plain(path);
		assert_string_equal(text, plain);
		free(plain);
		free(text);
		n++;
	}
	if (n == 0)
		skip();
	/* And a directory there is still refused as one. */
	assert_int_equal(source_read_text(src, PATH_SYS_CPU, "cpu0", &(char *){NULL}), -EISDIR);
}

/* One read through the short way (@fast, twice) and the careful one: the same answer, and the
 * same bytes unless the file changed meanwhile (counters: the two short reads differ then). */
static void
assert_same_read(struct source *fast, struct source *careful, enum path_kind kind, const char *dev,
		 const char *name)
{
	char *text[3] = {NULL, NULL, NULL};
	int r[3];

	for (int i = 0; i < 3; i++) {
		struct source *src = i == 1 ? careful : fast;

		if (dev)
			r[i] = source_read_attr(src, kind, dev, name, &text[i]);
		else if (kind == PATH_ACPI_TABLES)
			r[i] = source_read_blob(src, kind, name, 1024 * 1024, (uint8_t **)&text[i],
						&(size_t){0});
		else
			r[i] = source_read_text(src, kind, name, &text[i]);
	}
	if (r[0] != r[1] || r[1] != r[2])
		fail_msg("'%s/%s%s%s': %d careful, %d and %d the short way", path_kind_dir(kind),
			 dev ? dev : "", dev ? "/" : "", name, r[1], r[0], r[2]);
	if (r[0] == 0 && kind != PATH_ACPI_TABLES && !strcmp(text[0], text[2]))
		assert_string_equal(text[0], text[1]);
	for (int i = 0; i < 3; i++)
		free(text[i]);
}

/* Every entry of a directory (files, directories, links: `subsystem`, `driver`) read both ways,
 * in a row, as the probers read a device's attributes, and a name that is not there. */
static void
assert_same_dir(struct source *fast, struct source *careful, enum path_kind kind, const char *dir)
{
	char **list = NULL;

	if (source_list(careful, kind, dir, &list) < 0)
		return;
	for (char **p = list; *p; p++) {
		char *name = NULL;

		assert_true(asprintf(&name, "%s%s%s", dir ? dir : "", dir ? "/" : "", *p) > 0);
		assert_same_read(fast, careful, kind, NULL, name);
		free(name);
	}
	assert_same_read(fast, careful, kind, NULL, "pmprobe_no_such_file");
	strv_free(list);
}

static void
test_source_udev_short_ways_answer_as_careful(void **state)
{
	static const char *const cpu_dirs[] = {
		NULL, "cpu0", "cpuidle", "cpu0/cpuidle/state0", "cpufreq/policy0", "cpu0/power"};
	static const char *const device_attrs[] = {"uevent",	   "power/wakeup", "power/control",
						   "subsystem",	   "driver",	   "power",
						   "pmprobe_none", "online"};
	struct source *fast = *state, *careful = NULL;

	assert_int_equal(source_new_udev(&careful), 0);
	source_udev_careful(careful);
	assert_same_dir(fast, careful, PATH_SYS_POWER, NULL);
	assert_same_dir(fast, careful, PATH_PROC, NULL); /* files, directories, links ("self") */
	assert_same_dir(fast, careful, PATH_ACPI_TABLES, NULL);
	for (size_t i = 0; i < sizeof(cpu_dirs) / sizeof(cpu_dirs[0]); i++)
		assert_same_dir(fast, careful, PATH_SYS_CPU, cpu_dirs[i]);
	for (size_t i = 0; i < sizeof(device_attrs) / sizeof(device_attrs[0]); i++)
		assert_same_read(fast, careful, PATH_SYS_DEVICES, "system/cpu/cpu0",
				 device_attrs[i]);
	source_free(careful);
}

/* The listing without opendir() names what readdir() names. */
static void
test_source_udev_list_as_readdir(void **state)
{
	static const char *const dirs[] = {"/sys/bus/acpi/devices", "/sys/devices/system/cpu",
					   "/proc"};
	static const enum path_kind kinds[] = {PATH_BUS_ACPI_DEVICES, PATH_SYS_CPU, PATH_PROC};
	struct source *src = *state;

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		char **list = NULL, **plain = NULL;
		size_t n = 0;
		DIR *d = opendir(dirs[i]);
		struct dirent *de;

		if (!d)
			continue;
		while ((de = readdir(d)))
			if (!streq(de->d_name, ".") && !streq(de->d_name, ".."))
				assert_int_equal(strv_push(&plain, &n, de->d_name), 0);
		closedir(d);
		assert_non_null(plain); /* none of these directories is empty */
		strv_sort(plain, n);
		assert_int_equal(source_list(src, kinds[i], NULL, &list), 0);
		for (size_t j = 0; plain[j] || list[j]; j++) {
			/* /proc's process directories come and go; the rest stays. */
			if (kinds[i] == PATH_PROC)
				break;
			assert_non_null(plain[j]);
			assert_non_null(list[j]);
			assert_string_equal(list[j], plain[j]);
		}
		strv_free(list);
		strv_free(plain);
	}
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_source_udev_is_live),
		T(test_source_udev_reads_power_state),
		T(test_source_udev_reads_state_twice),
		T(test_source_udev_reads_proc_meminfo),
		T(test_source_udev_reads_proc_swaps_and_cmdline),
		T(test_source_udev_missing_attribute),
		T(test_source_udev_directory_is_eisdir),
		T(test_source_udev_final_symlink_refused),
		T(test_source_udev_block_dev_attribute),
		T(test_source_udev_list_sorted),
		T(test_source_udev_file_type_and_writable),
		T(test_source_udev_invalid_names),
		T(test_source_udev_reads_below_device_without_uevent),
		T(test_source_udev_short_ways_answer_as_careful),
		T(test_source_udev_list_as_readdir),
	};
	struct stat st;

	if (stat("/sys/power", &st) < 0 || !S_ISDIR(st.st_mode) || access("/proc/meminfo", R_OK)) {
		fprintf(stderr, "no /sys/power or /proc on this host: skipped\n");
		return 77;
	}
	return cmocka_run_group_tests_name("source-udev", tests, NULL, NULL);
}
