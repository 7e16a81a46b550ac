/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The one file-access layer: a live host through libudev, or a recorded tree below a root. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "fileio.h" /* for the backends: read_fd_bounded(), text_strip() */
#include "paths.h"
#include "strv.h" /* lists answer source_list() and source_enumerate() */

#define SOURCE_TEXT_MAX (64u * 1024u)
#define SOURCE_BLOB_MAX (8u * 1024u * 1024u)

struct pmprobe_ctx;
struct source;

/* Everything one probe asked a source and what it answered, for `record` (record.c): each read
 * with the bytes the backend returned (before text stripping) or its error, each file type,
 * each listing and each writability answer. Any member may be NULL. */
struct source_observer {
	void (*read)(void *userdata, enum path_kind kind, const char *name, int r, const char *buf,
		     size_t len);
	void (*file_type)(void *userdata, enum path_kind kind, const char *name, int r);
	void (*list)(void *userdata, enum path_kind kind, const char *name, int r,
		     char *const *entries);
	void (*writable)(void *userdata, enum path_kind kind, const char *name, int r);
	/* A symlink read (`subsystem`, `driver`) and the target text it answered. */
	void (*readlink)(void *userdata, enum path_kind kind, const char *name, int r,
			 const char *target);
};

struct source_ops {
	const char *name;
	/* Reads a regular file of at most @max bytes into a new buffer; *ret_len gets its size. */
	int (*read)(struct source *src, enum path_kind kind, const char *name, size_t max,
		    char **ret, size_t *ret_len);
	/* Returns: the st_mode of the file, type and permission bits (symlinks followed within
	 * the root), or -errno. */
	int (*file_type)(struct source *src, enum path_kind kind, const char *name);
	/* Whether the caller may write the file, as access(W_OK) answers for it. Returns: 1
	 * writable, 0 not, -ENOENT, -ENODATA when the source cannot know. */
	int (*writable)(struct source *src, enum path_kind kind, const char *name);
	/* Whether root, the host's power manager, could: see writable_by_root(). Returns as
	 * writable(). */
	int (*root_writable)(struct source *src, enum path_kind kind, const char *name);
	/* Returns: a sorted NULL-terminated list of the entries of a directory, in *ret. */
	int (*list)(struct source *src, enum path_kind kind, const char *name, char ***ret);
	/* Optional: the stored bytes of a file for which read() returns processed text (libudev
	 * strips sysfs attributes); -EOPNOTSUPP when read() already returns the stored bytes. */
	int (*read_stored)(struct source *src, enum path_kind kind, const char *name, size_t max,
			   char **ret, size_t *ret_len);
	/* Device directories below @kind's directory that have the attribute @attr (a regular
	 * file, "power/wakeup"), a `uevent` file and a `subsystem` link, as names relative to
	 * @kind's directory: what udev_enumerate finds. At most SOURCE_DEVICES_MAX, -E2BIG beyond.
	 */
	int (*enumerate)(struct source *src, enum path_kind kind, const char *attr,
			 const char *const *skip_subsystems, char ***ret);
	/* The target text of the symlink @name, never followed at its last component. */
	int (*readlink)(struct source *src, enum path_kind kind, const char *name, char **ret);
	/* Reads the attribute @attr (may hold '/', "power/wakeup") of the device directory @dev. */
	int (*read_attr)(struct source *src, enum path_kind kind, const char *dev, const char *attr,
			 size_t max, char **ret, size_t *ret_len);
	void (*free)(struct source *src);
};

/* Bounds of a device enumeration: devices returned, directories visited, depth below
 * sys/devices (hostile trees). */
#define SOURCE_DEVICES_MAX 1024u
#define SOURCE_WALK_DIRS_MAX 200000u
#define SOURCE_WALK_DEPTH_MAX 32u

struct source {
	const struct source_ops *ops;
	int live;
	/* Where the source and the probers log (log.h): each read's outcome at debug, and why a
	 * text does not parse. NULL (a source opened without a context): nowhere. */
	const struct pmprobe_ctx *ctx;
	const struct source_observer *observer;
	void *observer_userdata;
};

int source_new_sysroot(const char *root, struct source **ret);
int source_new_udev(struct source **ret);
struct manifest;
/* Returns: the RECORD of a sysroot source (borrowed), NULL for other sources or none. */
const struct manifest *source_sysroot_manifest(struct source *src);
/* Reads the text file @name (one component) at the top of a sysroot source's tree, as RECORD
 * is read: a regular file, at most SOURCE_TEXT_MAX bytes (-EFBIG), no NUL byte (-EBADMSG).
 * -EOPNOTSUPP for other sources. */
int source_sysroot_read_file(struct source *src, const char *name, char **ret);
/* Reads @path below the tree's root (at most SOURCE_TEXT_MAX bytes, as stored, RECORD's skipped
 * paths not consulted) by the quick path every read takes (@exact 0: the directory opened once,
 * statx of the entry, the open by its name, fstat to confirm) or by the exact, race-free one
 * (@exact 1: openat2 of the whole path O_PATH, fstat, the reopen through /proc/self/fd), for the
 * parity tests that hold the two to the same answers. -EOPNOTSUPP for other sources. */
int source_sysroot_read_path(struct source *src, const char *path, int exact, char **ret,
			     size_t *ret_len);
/* The first directory below @kind's (not entered through a link, by name, depth first) that
 * has the directory @dir/@name ("rtc", "rtc0"), by one walk that skips leaves (source-sysroot.c).
 * Returns: 1 and *ret, 0 none, -E2BIG beyond the walk's bounds, -ENOMEM; -EOPNOTSUPP for other
 * sources. */
int source_sysroot_find_holder(struct source *src, enum path_kind kind, const char *dir,
			       const char *name, char **ret);
struct source *source_free(struct source *src);

/* Reads a text attribute: bounded by SOURCE_TEXT_MAX (-EFBIG beyond), cut at the first NUL,
 * trailing newlines and carriage returns stripped, as libudev returns sysfs attributes. */
int source_read_text(struct source *src, enum path_kind kind, const char *name, char **ret);
int source_read_blob(struct source *src, enum path_kind kind, const char *name, size_t max,
		     uint8_t **ret, size_t *ret_len);
int source_file_type(struct source *src, enum path_kind kind, const char *name);
/* The permission bits of the file (07777), for `record`; not seen by the observer. */
int source_file_mode(struct source *src, enum path_kind kind, const char *name);
int source_writable(struct source *src, enum path_kind kind, const char *name);
int source_root_writable(struct source *src, enum path_kind kind, const char *name);
/* @name may be NULL for the kind's own directory. */
int source_list(struct source *src, enum path_kind kind, const char *name, char ***ret);
/* The file's bytes exactly as stored, unstripped, unseen by the observer and not logged: what
 * `record` copies. */
int source_read_stored(struct source *src, enum path_kind kind, const char *name, size_t max,
		       char **ret, size_t *ret_len);

/* Devices with @attr (struct source_ops.enumerate); the list is sorted. */
/* Devices of the subsystems in @skip_subsystems (NULL-terminated, may be NULL) are left out:
 * libudev then never opens them (memory blocks and CPUs are thousands on large hosts). */
int source_enumerate(struct source *src, enum path_kind kind, const char *attr,
		     const char *const *skip_subsystems, char ***ret);
int source_readlink(struct source *src, enum path_kind kind, const char *name, char **ret);
/* A device's attribute as text, stripped as source_read_text() does; the observer sees it as
 * the file "@dev/@attr". */
int source_read_attr(struct source *src, enum path_kind kind, const char *dev, const char *attr,
		     char **ret);

/* Helpers shared by the backends. */
/* Whether the caller may write the file @fd is open on (O_PATH will do), as access(W_OK) with
 * the caller's real ids. Returns: 1, 0, -ENODATA. */
int fd_caller_writable(int fd);
/* Root's view of the file @fd is open on, given the caller's answer @caller: what the caller
 * may write root may, and a root caller's answer is root's own (@caller_is_root); else a write
 * permission bit for someone (sysfs gives one to attributes that take a write) on a filesystem
 * not mounted read-only (a container's /sys). Returns: 1, 0, -ENOENT, -ENODATA. */
int writable_by_root(int caller, int caller_is_root, int fd);
/* Opens for reading (O_NONBLOCK, O_NOCTTY) the file behind @path_fd, an O_PATH descriptor, after
 * checking that it is a regular file, so that no device node, FIFO or socket is ever opened
 * (opening some devices has effects: watchdogs, tapes, terminals). It reopens through
 * /proc/self/fd; where /proc is missing, @open_again opens the path anew and the result must be
 * the same inode. Returns: the fd; -ELOOP (symlink), -EISDIR, -EINVAL (not regular), -EAGAIN
 * (replaced meanwhile) or -errno. */
int open_regular(int path_fd, int (*open_again)(void *userdata), void *userdata);
/* What a read may open: a regular file. Returns: 0 for one; -ELOOP for a symlink (as O_NOFOLLOW
 * answers), -EISDIR for a directory, -EINVAL for anything else (FIFOs, sockets, devices). */
int regular_mode_error(unsigned mode);
struct stat;
/* open_regular() with the file's fstat() in *@ret_st (its size spares a read: read_fd_sized()),
 * reopening through @proc_fd, "/proc/self/fd" opened O_PATH by the caller, when it is not -1:
 * one path component to resolve instead of four. */
int open_regular_at(int path_fd, int proc_fd, struct stat *ret_st,
		    int (*open_again)(void *userdata), void *userdata);

/* Turns the live backend's short ways off (sysfs and procfs read without the look before each
 * open), so that tests can compare their answers with the careful ones. Other sources: no effect.
 */
void source_udev_careful(struct source *src);
