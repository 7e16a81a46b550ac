/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* `record`: one probe through an observed source, and a fixture tree of exactly what it read. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <pmprobe/pmprobe.h>

#include "ctx.h"
#include "errno-name.h"
#include "log.h"
#include "macro.h"
#include "manifest.h"
#include "source.h"

#define RECORD_ENTRIES_MAX 65536

/* A name the probe looked at without reading it: materialized once the probe is done. */
struct pending {
	enum path_kind kind;
	char *name;   /* NULL: the kind's own directory */
	int dir_only; /* an entry of a listing: only directories are made */
};

struct strset {
	char **v;
	size_t n;
};

struct recorder {
	const struct pmprobe_ctx *ctx;
	struct source *src;
	int dir_fd;
	int error; /* the first failure; the recording is then unusable */
	struct strset written, writable, skipped_paths;
	int *skipped_errs;
	int writable_unknown;
	struct pending *pending;
	size_t n_pending;
};

static int
strset_has(const struct strset *s, const char *str)
{
	for (size_t i = 0; i < s->n; i++)
		if (streq(s->v[i], str))
			return 1;
	return 0;
}

/* Returns: 1 added, 0 already there, -errno. */
static int
strset_add(struct strset *s, const char *str)
{
	char **v;

	if (strset_has(s, str))
		return 0;
	if (s->n >= RECORD_ENTRIES_MAX)
		return -E2BIG;
	v = realloc(s->v, (s->n + 1) * sizeof(char *));
	if (!v)
		return -ENOMEM;
	s->v = v;
	s->v[s->n] = strdup(str);
	if (!s->v[s->n])
		return -ENOMEM;
	s->n++;
	return 1;
}

static void
strset_done(struct strset *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	*s = (struct strset){0};
}

static void
keep_error(struct recorder *rec, int r)
{
	if (r < 0 && rec->error == 0)
		rec->error = r;
}

static char *
rel_path(enum path_kind kind, const char *name)
{
	char *p;

	if (asprintf(&p, "%s%s%s", path_kind_dir(kind), name ? "/" : "", name ? name : "") < 0)
		return NULL;
	return p;
}

/* RECORD lists paths as space-separated words on one line. */
static int
path_is_listable(const char *path)
{
	for (const unsigned char *c = (const unsigned char *)path; *c; c++)
		if (*c <= ' ' || *c == 0x7f || *c == ':')
			return 0;
	return 1;
}

/* Walks @path below the recording's root, making directories; the last component too when
 * @last_is_dir. Nothing is followed: a symlink where a directory should be is an error.
 * Returns: an fd of the parent of the last component (the last itself when @last_is_dir). */
static int
open_parent(int dir_fd, const char *path, int last_is_dir, const char **ret_base)
{
	_cleanup_free_ char *copy = strdup(path);
	_cleanup_close_ int fd = -1;
	char *save = NULL, *part, *next;

	if (!copy)
		return -ENOMEM;
	if (!path_name_is_valid(path))
		return -EINVAL;
	fd = fcntl(dir_fd, F_DUPFD_CLOEXEC, 3);
	if (fd < 0)
		return -errno;
	part = strtok_r(copy, "/", &save);
	while (part) {
		int nfd;

		next = strtok_r(NULL, "/", &save);
		if (!next && !last_is_dir) {
			*ret_base = path + (part - copy);
			return TAKE_FD(fd);
		}
		if (mkdirat(fd, part, 0755) < 0 && errno != EEXIST)
			return -errno;
		nfd = openat(fd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (nfd < 0)
			return -errno;
		close(fd);
		fd = nfd;
		part = next;
	}
	*ret_base = NULL;
	return TAKE_FD(fd);
}

static int
make_dir(struct recorder *rec, const char *path)
{
	const char *base;
	int fd = open_parent(rec->dir_fd, path, 1, &base);

	if (fd < 0)
		return fd;
	close(fd);
	return 0;
}

/* Writes a new file with exactly @len bytes. Returns: 1 written, 0 it was there already. */
static int
write_file(struct recorder *rec, const char *path, const char *buf, size_t len, mode_t mode)
{
	_cleanup_close_ int parent = -1, fd = -1;
	const char *base;

	parent = open_parent(rec->dir_fd, path, 0, &base);
	if (parent < 0)
		return parent;
	fd = openat(parent, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC,
		    mode);
	if (fd < 0)
		return errno == EEXIST ? 0 : -errno;
	while (len > 0) {
		ssize_t n = write(fd, buf, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		buf += n;
		len -= (size_t)n;
	}
	if (close(TAKE_FD(fd)) < 0)
		return -errno;
	return 1;
}

static void
add_skipped(struct recorder *rec, const char *path, int err)
{
	int *errs, r;

	r = strset_add(&rec->skipped_paths, path);
	if (r <= 0) {
		keep_error(rec, r);
		return;
	}
	errs = realloc(rec->skipped_errs, rec->skipped_paths.n * sizeof(int));
	if (!errs) {
		keep_error(rec, -ENOMEM);
		return;
	}
	rec->skipped_errs = errs;
	errs[rec->skipped_paths.n - 1] = err;
	/* A placeholder keeps the file in listings; reading it answers the error (RECORD). */
	r = write_file(rec, path, "", 0, 0600);
	if (r < 0)
		DBG(rec->ctx, "no placeholder for '%s': %s", path, strerror(-r));
	INFO(rec->ctx, "skipped '%s': %s", path, strerror(err));
}

/* The mode of a copy: 0644 when the host let everyone read the file, else 0600 (ACPI tables
 * are 0400 root's: the recording must not make them readable by all). */
static mode_t
copy_mode(struct recorder *rec, enum path_kind kind, const char *name)
{
	int mode = source_file_mode(rec->src, kind, name);

	return mode >= 0 && (mode & S_IROTH) ? 0644 : 0600;
}

static void
copy_bytes(struct recorder *rec, enum path_kind kind, const char *name, const char *path,
	   const char *buf, size_t len)
{
	int r;

	if (strset_has(&rec->written, path) || strset_has(&rec->skipped_paths, path))
		return;
	r = write_file(rec, path, buf, len, copy_mode(rec, kind, name));
	if (r >= 0)
		r = strset_add(&rec->written, path);
	keep_error(rec, r);
	if (r >= 0)
		DBG(rec->ctx, "recorded '%s' (%zu bytes)", path, len);
}

static void
observe_read(void *userdata, enum path_kind kind, const char *name, int r, const char *buf,
	     size_t len)
{
	struct recorder *rec = userdata;
	_cleanup_free_ char *path = rel_path(kind, name), *stored = NULL;
	size_t stored_len = 0;

	if (!path) {
		keep_error(rec, -ENOMEM);
		return;
	}
	if (r == -ENOENT || r == -ENOMEM)
		return; /* absent in the recording too; or not a fact of the host */
	if (r == -EISDIR) {
		keep_error(rec, make_dir(rec, path));
		return;
	}
	if (r < 0) {
		add_skipped(rec, path, -r);
		return;
	}
	if (strset_has(&rec->written, path))
		return;
	/* The bytes as stored, where the backend handed out processed text (libudev). */
	if (rec->src->ops->read_stored) {
		r = rec->src->ops->read_stored(rec->src, kind, name, SOURCE_BLOB_MAX, &stored,
					       &stored_len);
		if (r >= 0) {
			buf = stored;
			len = stored_len;
		} else if (r != -EOPNOTSUPP) {
			add_skipped(rec, path, -r);
			return;
		}
	}
	copy_bytes(rec, kind, name, path, buf, len);
}

static void
add_pending(struct recorder *rec, enum path_kind kind, const char *name, int dir_only)
{
	struct pending *p;

	if (rec->n_pending >= RECORD_ENTRIES_MAX) {
		keep_error(rec, -E2BIG);
		return;
	}
	p = realloc(rec->pending, (rec->n_pending + 1) * sizeof(*p));
	if (!p) {
		keep_error(rec, -ENOMEM);
		return;
	}
	rec->pending = p;
	p = &rec->pending[rec->n_pending];
	*p = (struct pending){.kind = kind, .dir_only = dir_only};
	if (name) {
		p->name = strdup(name);
		if (!p->name) {
			keep_error(rec, -ENOMEM);
			return;
		}
	}
	rec->n_pending++;
}

static void
observe_file_type(void *userdata, enum path_kind kind, const char *name, int r)
{
	if (r == S_IFDIR || r == S_IFREG)
		add_pending(userdata, kind, name, 0);
}

static void
observe_list(void *userdata, enum path_kind kind, const char *name, int r, char *const *entries)
{
	struct recorder *rec = userdata;

	if (r < 0)
		return;
	add_pending(rec, kind, name, 0);
	for (char *const *e = entries; *e; e++) {
		_cleanup_free_ char *entry = NULL;

		if (name ? asprintf(&entry, "%s/%s", name, *e) < 0 : !(entry = strdup(*e))) {
			keep_error(rec, -ENOMEM);
			return;
		}
		add_pending(rec, kind, entry, 1);
	}
}

static void
observe_writable(void *userdata, enum path_kind kind, const char *name, int r)
{
	struct recorder *rec = userdata;
	_cleanup_free_ char *path = NULL;

	if (r == -ENODATA) {
		rec->writable_unknown = 1;
		return;
	}
	if (r != 1)
		return;
	path = rel_path(kind, name);
	if (!path) {
		keep_error(rec, -ENOMEM);
		return;
	}
	if (path_is_listable(path))
		keep_error(rec, strset_add(&rec->writable, path));
}

/* A symlink with the same target text; nothing below the recording is followed. */
static int
write_symlink(struct recorder *rec, const char *path, const char *target)
{
	_cleanup_close_ int parent = -1;
	const char *base;

	if (strset_has(&rec->written, path))
		return 0;
	parent = open_parent(rec->dir_fd, path, 0, &base);
	if (parent < 0)
		return parent;
	if (symlinkat(target, parent, base) < 0 && errno != EEXIST)
		return -errno;
	return strset_add(&rec->written, path);
}

/* udev_enumerate finds a device through sys/bus/<subsystem>/devices or sys/class/<subsystem>:
 * the link the kernel has there is made too, so the libudev path replays the recording. */
static int
write_subsystem_entry(struct recorder *rec, const char *dev, const char *target)
{
	_cleanup_free_ char *path = NULL, *to = NULL;
	const char *sub = strrchr(target, '/'), *sysname = strrchr(dev, '/');
	int class = strstr(target, "/class/") != NULL;

	sub = sub ? sub + 1 : target;
	sysname = sysname ? sysname + 1 : dev;
	if (!*sub || !path_name_is_valid(sub) || !path_name_is_valid(sysname))
		return 0;
	if (asprintf(&path, class ? "sys/class/%s/%s" : "sys/bus/%s/devices/%s", sub, sysname) <
		    0 ||
	    asprintf(&to, "%s/devices/%s", class ? "../.." : "../../..", dev) < 0)
		return -ENOMEM;
	return write_symlink(rec, path, to);
}

static void
observe_readlink(void *userdata, enum path_kind kind, const char *name, int r, const char *target)
{
	struct recorder *rec = userdata;
	_cleanup_free_ char *path = rel_path(kind, name), *dev = NULL;
	size_t len = strlen(name);

	if (!path) {
		keep_error(rec, -ENOMEM);
		return;
	}
	if (r < 0)
		return; /* absent, or not a link: nothing the probe found */
	/* An RTC's class entry stays a directory, its files below it; a replay finds the RTC's
	 * device by its rtc/<name> child, which the probe looked at. */
	if (kind == PATH_CLASS_RTC)
		return;
	r = write_symlink(rec, path, target);
	if (r >= 0 && kind == PATH_SYS_DEVICES && len > 10 &&
	    streq(name + len - 10, "/subsystem")) {
		dev = strndup(name, len - 10);
		r = dev ? write_subsystem_entry(rec, dev, target) : -ENOMEM;
	}
	keep_error(rec, r < 0 ? r : 0);
}

static const struct source_observer recorder_observer = {
	.read = observe_read,
	.file_type = observe_file_type,
	.list = observe_list,
	.writable = observe_writable,
	.readlink = observe_readlink,
};

static int
is_table(const char *name)
{
	if (streq(name, "FACP") || streq(name, "FACS") || streq(name, "DSDT"))
		return 1;
	return !strncmp(name, "SSDT", 4) && name[4 + strspn(name + 4, "0123456789")] == '\0';
}

/* The tables the firmware checks read, whether or not this probe read them already. */
static void
record_tables(struct recorder *rec)
{
	char **list = NULL;

	if (source_list(rec->src, PATH_ACPI_TABLES, NULL, &list) < 0)
		return;
	for (char **p = list; *p && rec->error == 0; p++) {
		_cleanup_free_ char *path = rel_path(PATH_ACPI_TABLES, *p);
		uint8_t *buf = NULL;
		size_t len;

		if (!path) {
			keep_error(rec, -ENOMEM);
			break;
		}
		if (!is_table(*p) || strset_has(&rec->written, path) ||
		    strset_has(&rec->skipped_paths, path))
			continue;
		if (source_read_blob(rec->src, PATH_ACPI_TABLES, *p, SOURCE_BLOB_MAX, &buf, &len) >=
		    0)
			free(buf);
	}
	strv_free(list);
}

/* Paths whose writability the rules use, asked even when this probe did not need them. */
static void
record_writable(struct recorder *rec)
{
	static const struct {
		enum path_kind kind;
		const char *name;
	} paths[] = {
		{PATH_SYS_POWER, "state"},
		{PATH_SYS_POWER, "disk"},
		{PATH_CLASS_RTC, "rtc0/wakealarm"},
	};

	for (size_t i = 0; i < ELEMENTSOF(paths); i++)
		source_writable(rec->src, paths[i].kind, paths[i].name);
}

static void
materialize(struct recorder *rec, const struct pending *p)
{
	_cleanup_free_ char *path = rel_path(p->kind, p->name), *buf = NULL;
	size_t len = 0;
	int type;

	if (!path) {
		keep_error(rec, -ENOMEM);
		return;
	}
	if (!p->name) {
		keep_error(rec, make_dir(rec, path));
		return;
	}
	if (strset_has(&rec->written, path) || strset_has(&rec->skipped_paths, path))
		return;
	type = source_file_type(rec->src, p->kind, p->name);
	if (type == S_IFDIR) {
		keep_error(rec, make_dir(rec, path));
		return;
	}
	if (type != S_IFREG || p->dir_only)
		return;
	/* Only its existence was asked: its bytes when they can be read, else an empty file. */
	if (source_read_stored(rec->src, p->kind, p->name, SOURCE_TEXT_MAX, &buf, &len) < 0)
		len = 0;
	copy_bytes(rec, p->kind, p->name, path, buf ? buf : "", len);
}

/* DMI text for the manifest: printable ASCII on one line, at most 64 bytes. */
static char *
dmi_value(struct source *src, const char *name)
{
	char *v = NULL;
	size_t n;

	if (source_read_text(src, PATH_CLASS_DMI, name, &v) < 0)
		return NULL;
	n = strnlen(v, 64);
	v[n] = '\0';
	for (char *c = v; *c; c++)
		if ((unsigned char)*c < 0x20 || (unsigned char)*c > 0x7e)
			*c = '?';
	while (n > 0 && v[n - 1] == ' ')
		v[--n] = '\0';
	if (n == 0) {
		free(v);
		return NULL;
	}
	return v;
}

static void
write_manifest_lists(struct recorder *rec, FILE *f)
{
	if (!rec->writable_unknown) {
		strv_sort(rec->writable.v, rec->writable.n);
		fputs("writable:", f);
		for (size_t i = 0; i < rec->writable.n; i++)
			fprintf(f, " %s", rec->writable.v[i]);
		fputc('\n', f);
	}
	if (rec->skipped_paths.n == 0)
		return;
	fputs("# Found but not readable by this user; they replay as the error shown.\nskipped:",
	      f);
	for (size_t i = 0; i < rec->skipped_paths.n; i++) {
		const char *name = errno_to_name(rec->skipped_errs[i]);

		if (path_is_listable(rec->skipped_paths.v[i]))
			fprintf(f, " %s:%s", rec->skipped_paths.v[i], name ? name : "EIO");
	}
	fputc('\n', f);
}

static int
write_manifest(struct recorder *rec)
{
	const struct manifest *m = source_sysroot_manifest(rec->src);
	_cleanup_free_ char *text = NULL, *vendor = NULL, *product = NULL, *chassis = NULL;
	char date[32] = "unknown";
	struct utsname u;
	struct tm tm;
	time_t now = time(NULL);
	size_t len = 0;
	FILE *f;
	int r;

	f = open_memstream(&text, &len);
	if (!f)
		return -ENOMEM;
	if (gmtime_r(&now, &tm))
		strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", &tm);
	vendor = dmi_value(rec->src, "sys_vendor");
	product = dmi_value(rec->src, "product_name");
	chassis = dmi_value(rec->src, "chassis_type");
	fprintf(f,
		"# Written by pmprobe record. Say what is special in description:, then add an\n"
		"# EXPECTED file reasoned from the files (doc/fixtures.md).\n"
		"format: 1\norigin: recorded\n"
		"description: %s%s%s, recorded by pmprobe record\n"
		"recorder: pmprobe %s\ndate: %s\n",
		vendor ? vendor : "unknown machine", product ? " " : "", product ? product : "",
		PMPROBE_VERSION, date);
	if (vendor || product || chassis)
		fprintf(f, "machine: vendor=%s product=%s chassis-type=%s\n", vendor ? vendor : "",
			product ? product : "", chassis ? chassis : "");
	if (rec->src->live) {
		if (uname(&u) == 0)
			fprintf(f, "kernel: %s\n", u.release);
		fprintf(f, "euid: %u\n", (unsigned)geteuid());
	} else {
		if (m && m->kernel)
			fprintf(f, "kernel: %s\n", m->kernel);
		/* A tree without writable: answers it for this caller: the list, and so the euid,
		 * are ours. */
		if (!m || !m->has_writable)
			fprintf(f, "euid: %u\n", (unsigned)geteuid());
		else if (m->euid >= 0)
			fprintf(f, "euid: %ld\n", m->euid);
	}
	write_manifest_lists(rec, f);
	if (fclose(f) != 0 || !text)
		return -ENOMEM;
	r = write_file(rec, "RECORD", text, len, 0644);
	return r == 0 ? -EEXIST : r;
}

/* Opens @dir, creating it when missing; an existing one must be an empty directory. */
static int
open_empty_dir(const char *dir)
{
	_cleanup_close_ int fd = -1;
	struct dirent *de;
	DIR *d;
	int dup_fd, r = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT) {
		if (mkdir(dir, 0755) < 0)
			return -errno;
		fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (fd < 0)
		return -errno;
	dup_fd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	if (dup_fd < 0)
		return -errno;
	d = fdopendir(dup_fd);
	if (!d) {
		close(dup_fd);
		return -errno;
	}
	while ((de = readdir(d)))
		if (!streq(de->d_name, ".") && !streq(de->d_name, "..")) {
			r = -ENOTEMPTY;
			break;
		}
	closedir(d);
	return r < 0 ? r : TAKE_FD(fd);
}

static void
recorder_done(struct recorder *rec)
{
	for (size_t i = 0; i < rec->n_pending; i++)
		free(rec->pending[i].name);
	free(rec->pending);
	strset_done(&rec->written);
	strset_done(&rec->writable);
	strset_done(&rec->skipped_paths);
	free(rec->skipped_errs);
	if (rec->dir_fd >= 0)
		close(rec->dir_fd);
	source_free(rec->src);
}

PMP_EXPORT int
pmprobe_record(struct pmprobe_ctx *ctx, const char *dir, struct pmprobe_report **ret)
{
	struct recorder rec = {.ctx = ctx, .dir_fd = -1};
	struct pmprobe_report *report = NULL;
	int r;

	assert_return(ctx && dir && dir[0], -EINVAL);
	rec.dir_fd = open_empty_dir(dir);
	if (rec.dir_fd < 0) {
		ERR(ctx, "cannot record into '%s': %s", dir, strerror(-rec.dir_fd));
		return rec.dir_fd;
	}
	r = ctx_open_source(ctx, &rec.src);
	if (r < 0)
		goto out;
	rec.src->observer = &recorder_observer;
	rec.src->observer_userdata = &rec;
	r = ctx_probe_source(ctx, rec.src, &report);
	if (r < 0)
		goto out;
	record_tables(&rec);
	record_writable(&rec);
	rec.src->observer = NULL;
	for (size_t i = 0; i < rec.n_pending && rec.error == 0; i++)
		materialize(&rec, &rec.pending[i]);
	r = rec.error;
	if (r == 0)
		r = write_manifest(&rec);
	if (r < 0) {
		ERR(ctx, "recording into '%s' failed: %s", dir, strerror(-r));
		goto out;
	}
	r = (int)rec.skipped_paths.n;
	if (ret)
		*ret = TAKE_PTR(report);
out:
	pmprobe_report_unref(report);
	recorder_done(&rec);
	return r;
}
