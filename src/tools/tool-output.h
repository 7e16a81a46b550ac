/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The standard streams of both programs. */
#pragma once

/* Exit status of a program whose standard output could not be written (a full disk, a closed
 * descriptor): the output is truncated or missing, whatever else happened. */
#define TOOL_EXIT_OUTPUT 4

/* Opens /dev/null read-only on each of descriptors 0, 1 and 2 that is closed, first thing in
 * main(): else the next open() would take it, and a tree's file would become stdout. */
void tool_hold_std_fds(void);
/* Flushes and closes stdout. Returns: @status, or TOOL_EXIT_OUTPUT after a one-line message on
 * stderr when anything written to stdout was lost. */
int tool_close_stdout(const char *prog, int status);
