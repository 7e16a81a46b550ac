/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Self-sandboxing of both programs with Landlock: no writes, but below record's directory. */
#pragma once

/* From here on this process may not create, write, truncate, remove, rename or link anything in
 * any file system, nor bind or connect TCP sockets (Landlock ABI 4, Linux 6.7); with
 * @writable_dir (created when missing) it may still make directories and regular files below it
 * and write them. Files already open (stdout, stderr) stay usable. Best effort: without Landlock
 * (Linux < 5.13, or not enabled) nothing changes. With PMPROBE_DEBUG=1, says on stderr what it
 * did, prefixed with @prog.
 * Returns: the Landlock ABI version in force (> 0), 0 without Landlock, or a negative errno. */
int tool_sandbox(const char *prog, const char *writable_dir);
/* The same, for `check --update`: writes only below each of @roots (which must exist), and only
 * to make a regular file, write it and rename it over another. */
int tool_sandbox_trees(const char *prog, const char *const *roots, int n_roots);
