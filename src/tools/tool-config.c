/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Policy and root selection shared by pmprobe and pm-is-supported: options, environment, the
 * config file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "tool-config.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

/* A config file is a few lines; anything larger is not one. */
#define CONFIG_MAX 4096

/* Checks the type of the config file before it is opened (no device is ever opened): a regular
 * file, or /dev/null, which tests and administrators use for "no policy" (systemd's habit).
 * Returns: 1 regular, 0 /dev/null, -EINVAL with a message in @err. */
static int
config_type(int path_fd, struct stat *st, const char **err)
{
	if (fstat(path_fd, st) < 0)
		return *err = "cannot read the pmprobe config file", -EINVAL;
	if (S_ISCHR(st->st_mode) && st->st_rdev == makedev(1, 3))
		return 0;
	if (!S_ISREG(st->st_mode))
		return *err = "the pmprobe config file is not a regular file", -EINVAL;
	return 1;
}

/* Reads the config file as the library reads every file: a regular file only (a FIFO would
 * block, /dev/zero never ends), opened without blocking, bounded, without NUL bytes.
 * Returns: 1 read into @buf (NUL-terminated), 0 absent, -EINVAL with a message in @err. */
static int
config_read(const char *path, char *buf, const char **err)
{
	struct stat st, again;
	ssize_t n;
	int fd, r;

	fd = open(path, O_PATH | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 0
				       : (*err = "cannot read the pmprobe config file", -EINVAL);
	r = config_type(fd, &st, err);
	close(fd);
	if (r <= 0)
		return r;
	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &again) < 0 || again.st_ino != st.st_ino ||
	    again.st_dev != st.st_dev) {
		if (fd >= 0)
			close(fd);
		return *err = "cannot read the pmprobe config file", -EINVAL;
	}
	do
		n = read(fd, buf, CONFIG_MAX + 1);
	while (n < 0 && errno == EINTR);
	close(fd);
	if (n < 0)
		return *err = "cannot read the pmprobe config file", -EINVAL;
	if (n > CONFIG_MAX)
		return *err = "the pmprobe config file is larger than 4096 bytes", -EINVAL;
	if (memchr(buf, '\0', (size_t)n))
		return *err = "the pmprobe config file holds a NUL byte", -EINVAL;
	buf[n] = '\0';
	return 1;
}

/* One line: a comment, blank, or `policy = NAME` (NAME into @value, of @size bytes).
 * Returns: 1 a policy, 0 none, -EINVAL with a message in @err. */
static int
config_line(char *line, char *value, size_t size, const char **err)
{
	char *p = line + strspn(line, " \t\r"), *v;

	if (*p == '#' || *p == '\0')
		return 0;
	if (strncmp(p, "policy", 6) != 0)
		return *err = "unknown key in the pmprobe config file", -EINVAL;
	v = p + 6 + strspn(p + 6, " \t");
	if (*v++ != '=')
		return *err = "expected 'policy = NAME' in the pmprobe config file", -EINVAL;
	v += strspn(v, " \t");
	v[strcspn(v, " \t\r")] = '\0';
	snprintf(value, size, "%s", v);
	return 1;
}

/* Reads `policy = NAME` from the config file; a missing file is not an error; the last line
 * wins. */
static int
config_policy(char *value, size_t size, const char **err)
{
	const char *path = secure_getenv("PMPROBE_CONFIG");
	char buf[CONFIG_MAX + 1], *save = NULL;
	int r, found = 0;

	r = config_read(path ? path : SYSCONFDIR "/pmprobe.conf", buf, err);
	if (r <= 0)
		return r;
	for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		r = config_line(line, value, size, err);
		if (r < 0)
			return r;
		found |= r;
	}
	return found;
}

int
tool_policy(const char *option, enum pmprobe_policy *ret, const char **err)
{
	char buf[64];
	const char *name = option;
	int r;

	if (!name)
		name = secure_getenv("PMPROBE_POLICY");
	if (!name || !*name) {
		r = config_policy(buf, sizeof(buf), err);
		if (r < 0)
			return r;
		name = r ? buf : "feasible";
	}
	r = pmprobe_policy_from_string(name);
	if (r < 0) {
		*err = "unknown policy (expected 'feasible' or 'pm-utils')";
		return -EINVAL;
	}
	*ret = (enum pmprobe_policy)r;
	return 0;
}

const char *
tool_sysroot(const char *option)
{
	const char *env;

	if (option)
		return option;
	env = secure_getenv("PMPROBE_SYSROOT");
	return env && *env ? env : NULL;
}
