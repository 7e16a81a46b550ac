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

#ifndef PMPROBE_CONFIG_FILE
#define PMPROBE_CONFIG_FILE "/etc/pmprobe.conf"
#endif

/* A config file is a few lines; anything larger is not one. */
#define CONFIG_MAX 4096

/* The message for people: the config file's name, and where in it. Static: the tools are one
 * thread, and print it before they exit. */
static char message[512];

/* Returns: -EINVAL, with the message in @err: "the pmprobe config file 'PATH' WHAT". */
static int
config_error(const char *path, const char **err, const char *what)
{
	snprintf(message, sizeof(message), "the pmprobe config file '%s' %s", path, what);
	*err = message;
	return -EINVAL;
}

/* Copies @s of @len bytes into @buf for a message, control bytes as '?': they come from a file. */
static const char *
shown(char *buf, size_t size, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && i + 1 < size; i++)
		buf[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7f ? '?' : s[i];
	buf[i] = '\0';
	return buf;
}

/* Checks the type of the config file before it is opened (no device is ever opened): a regular
 * file, or /dev/null, which tests and administrators use for "no policy" (systemd's habit).
 * Returns: 1 regular, 0 /dev/null, -EINVAL with a message in @err. */
static int
config_type(const char *path, int path_fd, struct stat *st, const char **err)
{
	if (fstat(path_fd, st) < 0)
		return config_error(path, err, "cannot be read");
	if (S_ISCHR(st->st_mode) && st->st_rdev == makedev(1, 3))
		return 0;
	if (!S_ISREG(st->st_mode))
		return config_error(path, err, "is not a regular file");
	return 1;
}

/* Reads the config file as the library reads every file: a regular file only (a FIFO would
 * block, /dev/zero never ends), opened without blocking, bounded, without NUL bytes. A missing
 * file is no error unless @named (PMPROBE_CONFIG names a file: it must exist).
 * Returns: 1 read into @buf (NUL-terminated), 0 absent, -EINVAL with a message in @err. */
static int
config_read(const char *path, int named, char *buf, const char **err)
{
	struct stat st, again;
	ssize_t n;
	int fd, r;

	fd = open(path, O_PATH | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT && !named)
		return 0;
	if (fd < 0)
		return config_error(path, err,
				    errno == ENOENT ? "does not exist" : "cannot be read");
	r = config_type(path, fd, &st, err);
	close(fd);
	if (r <= 0)
		return r;
	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &again) < 0 || again.st_ino != st.st_ino ||
	    again.st_dev != st.st_dev) {
		if (fd >= 0)
			close(fd);
		return config_error(path, err, "cannot be read");
	}
	do
		n = read(fd, buf, CONFIG_MAX + 1);
	while (n < 0 && errno == EINTR);
	close(fd);
	if (n < 0)
		return config_error(path, err, "cannot be read");
	if (n > CONFIG_MAX)
		return config_error(path, err, "is larger than 4096 bytes");
	if (memchr(buf, '\0', (size_t)n))
		return config_error(path, err, "holds a NUL byte");
	buf[n] = '\0';
	return 1;
}

/* Line @lineno of @path: a comment, blank, or `policy = NAME` (NAME into @value, of @size).
 * Returns: 1 a policy, 0 none, -EINVAL with a message naming file, line and key in @err. */
static int
config_line(const char *path, unsigned lineno, char *line, char *value, size_t size,
	    const char **err)
{
	char *p = line + strspn(line, " \t\r"), *v, where[400], text[64];
	size_t keylen = strcspn(p, " \t\r=");

	if (*p == '#' || *p == '\0')
		return 0;
	snprintf(where, sizeof(where), "line %u", lineno);
	if (keylen != 6 || strncmp(p, "policy", 6) != 0) {
		snprintf(where + strlen(where), sizeof(where) - strlen(where),
			 ": unknown key '%s' (the one key is 'policy')",
			 shown(text, sizeof(text), p, keylen));
		return config_error(path, err, where);
	}
	v = p + 6 + strspn(p + 6, " \t");
	if (*v++ != '=') {
		snprintf(where + strlen(where), sizeof(where) - strlen(where),
			 ": key 'policy': expected 'policy = NAME'");
		return config_error(path, err, where);
	}
	v += strspn(v, " \t");
	v[strcspn(v, " \t\r")] = '\0';
	if (pmprobe_policy_from_string(v) < 0) {
		snprintf(where + strlen(where), sizeof(where) - strlen(where),
			 ": key 'policy': unknown policy '%s' (expected 'feasible' or 'pm-utils')",
			 shown(text, sizeof(text), v, strlen(v)));
		return config_error(path, err, where);
	}
	snprintf(value, size, "%s", v);
	return 1;
}

/* Reads `policy = NAME` from the config file, $PMPROBE_CONFIG (which must exist) else
 * /etc/pmprobe.conf (which need not); the last line wins. */
static int
config_policy(char *value, size_t size, const char **err)
{
	const char *path = secure_getenv("PMPROBE_CONFIG");
	char buf[CONFIG_MAX + 1], *line = buf;
	unsigned lineno = 0;
	int named = path && *path, r, found = 0;

	if (!named)
		path = PMPROBE_CONFIG_FILE;
	r = config_read(path, named, buf, err);
	if (r <= 0)
		return r;
	while (*line) {
		size_t len = strcspn(line, "\n");
		char *next = line + len + (line[len] == '\n');

		line[len] = '\0';
		r = config_line(path, ++lineno, line, value, size, err);
		if (r < 0)
			return r;
		found |= r;
		line = next;
	}
	return found;
}

int
tool_policy(const char *option, enum pmprobe_policy *ret, const char **err)
{
	char buf[64], text[64];
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
		snprintf(message, sizeof(message),
			 "unknown policy '%s'%s (expected 'feasible' or 'pm-utils')",
			 shown(text, sizeof(text), name, strlen(name)),
			 option ? "" : " in $PMPROBE_POLICY");
		*err = message;
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
