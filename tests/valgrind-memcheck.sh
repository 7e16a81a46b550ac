#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# valgrind memcheck over both programs built without sanitizers: on a fixture (pmprobe in every
# format, pm-is-supported's three methods), on this live host, or `pmprobe check` on all fixtures.
# No memory error and no definite or indirect leak; the output as without valgrind.
# Usage: valgrind-memcheck.sh PMPROBE PM_IS_SUPPORTED [FIXTURE | --check FIXTURE...]
set -euo pipefail
pmprobe=${1:?usage: $0 PMPROBE PM_IS_SUPPORTED [FIXTURE | --check FIXTURE...]}
drop_in=${2:?}
shift 2
command -v valgrind >/dev/null || { echo "SKIP: valgrind is not installed" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset PMPROBE_SYSROOT PMPROBE_POLICY PMPROBE_DEBUG
fail=0
runs=0
# 99: a valgrind error; the programs themselves exit 0, 1 (pm-is-supported: not supported) or 2.
leaks=definite,indirect
vg=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds="$leaks"
	--show-leak-kinds="$leaks" --num-callers=30)

# Runs ARGS under memcheck; with COMPARE, stdout and exit status must be those of a plain run.
memcheck() { # COMPARE ARGS...
	local compare=$1 rc=0 plain=0
	shift
	runs=$((runs + 1))
	"${vg[@]}" --log-file="$work/vg.log" "$@" >"$work/out" 2>"$work/err" || rc=$?
	if [ "$rc" = 99 ] || grep -q '^==[0-9]*== ' "$work/vg.log"; then
		echo "FAIL: valgrind reports errors for: $*" >&2
		grep -v '^--' "$work/vg.log" >&2 # less valgrind's notes ("unhandled syscall: 437")
		fail=1
	elif [ "$rc" -gt 1 ]; then
		echo "FAIL: exit $rc under valgrind: $*" >&2
		cat "$work/err" >&2
		fail=1
	elif [ "$compare" = 1 ]; then
		"$@" >"$work/plain" 2>/dev/null || plain=$?
		if [ "$rc" != "$plain" ] || ! cmp -s "$work/out" "$work/plain"; then
			echo "FAIL: under valgrind (exit $rc) and without (exit $plain) differ: $*" >&2
			diff -u "$work/plain" "$work/out" >&2 || true
			fail=1
		fi
	fi
}

if [ "${1:-}" = --check ]; then
	shift
	memcheck 1 "$pmprobe" check "$@"
	memcheck 1 "$pmprobe" --format json check "$@"
elif [ $# = 1 ]; then
	# valgrind starts slowly: one run per format and method, the pm-utils policy in two of
	# them (--check runs both policies on every fixture).
	root=(--sysroot "$1")
	for f in text explain xml libvirt; do
		memcheck 1 "$pmprobe" "${root[@]}" --format "$f"
	done
	memcheck 1 "$pmprobe" "${root[@]}" --policy pm-utils --format json
	for m in --suspend --hibernate; do
		memcheck 1 "$drop_in" "${root[@]}" "$m"
	done
	memcheck 1 "$drop_in" "${root[@]}" --policy pm-utils --suspend-hybrid
	memcheck 0 "$pmprobe" "${root[@]}" record "$work/record"
else
	[ -r /sys/power ] || { echo "SKIP: no sysfs" >&2; exit 77; }
	# Live values (meminfo) move between two runs: no comparison.
	for f in text explain json xml libvirt; do
		memcheck 0 "$pmprobe" --format "$f"
	done
	for m in --suspend --hibernate --suspend-hybrid; do
		memcheck 0 "$drop_in" "$m"
	done
	memcheck 0 "$drop_in" --explain --hibernate
	memcheck 0 "$pmprobe" --format json record "$work/record"
fi
[ "$fail" = 0 ] && echo "ok: $runs runs under memcheck: no errors, no leaks"
exit $fail
