#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The threads test (tests/helpers/threads.c, built without sanitizers) under helgrind: no data
# race, no lock misuse, and every thread's reports identical to the serial run's.
# Usage: valgrind-helgrind.sh THREADS [ARGS...]
set -eu
command -v valgrind >/dev/null || { echo "SKIP: valgrind is not installed" >&2; exit 77; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rc=0
valgrind -q --tool=helgrind --error-exitcode=99 --num-callers=30 --log-file="$log" "$@" || rc=$?
if [ "$rc" != 0 ] || grep -q '^==[0-9]*== ' "$log"; then
	grep -v '^--' "$log" >&2 # less valgrind's own notes ("unhandled syscall: 437", openat2)
	echo "FAIL: exit $rc under helgrind (99: helgrind found errors)" >&2
	exit 1
fi
echo "ok: helgrind finds no race"
