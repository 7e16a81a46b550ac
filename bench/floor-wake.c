/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Benchmark floor for the wake section: floor 1, then the least look that finds every device that
 * may wake, which the full report's wake section needs: each subsystem's device list
 * (/sys/bus/<s>/devices and /sys/class/<s>, but the subsystems pmprobe never looks at) listed with
 * getdents64, and one fstatat() of <entry>/power/wakeup for each entry. No output, no parsing. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const never_wake[] = {"memory", "cpu", "node", "memory_tiering"};

static int
skipped(const char *name)
{
	if (name[0] == '.')
		return 1;
	for (size_t i = 0; i < sizeof(never_wake) / sizeof(never_wake[0]); i++)
		if (!strcmp(name, never_wake[i]))
			return 1;
	return 0;
}

/* Calls @fn for each entry of the directory @dir below @at; returns how many @fn counted. */
static unsigned
each_entry(int at, const char *dir, unsigned (*fn)(int dfd, const char *name))
{
	_Alignas(struct dirent64) char buf[32768];
	unsigned n = 0;
	ssize_t len;
	int fd = openat(at, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	while ((len = getdents64(fd, buf, sizeof(buf))) > 0)
		for (ssize_t off = 0; off < len;) {
			struct dirent64 *de = (struct dirent64 *)(buf + off);

			off += de->d_reclen;
			if (!skipped(de->d_name))
				n += fn(fd, de->d_name);
		}
	close(fd);
	return n;
}

static unsigned
may_wake(int dfd, const char *entry)
{
	char path[512];
	struct stat st;

	strcpy(path, entry);
	strcat(path, "/power/wakeup");
	return fstatat(dfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

static unsigned
bus_devices(int dfd, const char *bus)
{
	char path[512];

	strcpy(path, bus);
	strcat(path, "/devices");
	return each_entry(dfd, path, may_wake);
}

static unsigned
class_devices(int dfd, const char *class)
{
	return each_entry(dfd, class, may_wake);
}

int
main(void)
{
	char buf[4096];
	int fd = open("/sys/power/state", O_RDONLY | O_CLOEXEC);
	ssize_t n;
	unsigned found;

	if (fd < 0)
		return 1;
	n = read(fd, buf, sizeof(buf));
	close(fd);
	found = each_entry(AT_FDCWD, "/sys/bus", bus_devices) +
		each_entry(AT_FDCWD, "/sys/class", class_devices);
	return n < 0 || found > 1000000;
}
