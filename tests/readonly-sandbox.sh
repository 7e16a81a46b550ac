#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The programs' Landlock sandbox (src/tools/sandbox.c) holds even under a bug: a preloaded canary
# tries, once main() is done, to create, write, link, rename and remove files, and the kernel
# must refuse all of it; record may still write below its DIR and nowhere else.
# Usage: readonly-sandbox.sh PMPROBE PM_IS_SUPPORTED CANARY.so FIXTURE
set -euo pipefail
pmprobe=${1:?usage: $0 PMPROBE PM_IS_SUPPORTED CANARY.so FIXTURE}
drop_in=${2:?}
canary=${3:?}
fixture=${4:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset PMPROBE_SYSROOT PMPROBE_POLICY PMPROBE_DEBUG
# ASan wants to come first among the libraries; the canary comes before it.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
fail=0
no() { echo "FAIL: $*" >&2; fail=1; }

outside=$work/outside
fresh() {
	rm -rf "$outside"
	mkdir "$outside"
	echo original >"$outside/victim"
}
# Runs ARGS with the canary; $outside must be as fresh() left it, every attempt refused.
sandboxed() { # [INSIDE_DIR] -- ARGS...
	local inside=$1 rc=0
	shift 2
	fresh
	READONLY_CANARY=$outside READONLY_CANARY_INSIDE=$inside LD_PRELOAD=$canary "$@" \
		>"$work/out" 2>"$work/err" || rc=$?
	if ! grep -q '^canary: landlock abi' "$work/err"; then
		no "the canary did not run in: $* (exit $rc)"
		cat "$work/err" >&2
		return
	fi
	if grep -q '^canary: landlock abi 0$' "$work/err"; then
		echo "SKIP: no Landlock here (not in this kernel, or refused by a seccomp filter)" >&2
		exit 77
	fi
	[ "$rc" -le 1 ] || no "exit $rc: $*"
	if grep '^canary: [a-z]* /' "$work/err" | grep -v ': Permission denied$' >&2; then
		no "the sandbox let the canary through in: $*"
	fi
	[ "$(grep -c '^canary: [a-z]* /' "$work/err")" = 6 ] || no "the canary did not try it all: $*"
	if [ "$(ls -A "$outside")" != victim ] || [ "$(cat "$outside/victim")" != original ]; then
		no "$outside changed under: $*"
	fi
	if [ -n "$inside" ] && ! grep -qx "canary: create inside $inside/canary: done" "$work/err"; then
		no "record's own directory was not writable: $*"
		cat "$work/err" >&2
	fi
}

# The canary itself: without the programs' sandbox it gets through.
fresh
READONLY_CANARY=$outside LD_PRELOAD=$canary /bin/true 2>"$work/err"
if ! grep -qx "canary: create $outside/new-file: done" "$work/err"; then
	cat "$work/err" >&2
	no "the canary cannot write even without a sandbox: the test proves nothing"
fi

sandboxed "" -- "$pmprobe" --sysroot "$fixture" --format json
sandboxed "" -- "$pmprobe" --sysroot "$fixture" --format xml
sandboxed "" -- "$pmprobe" check "$fixture"
for m in --suspend --hibernate --suspend-hybrid; do
	sandboxed "" -- "$drop_in" --sysroot "$fixture" "$m"
done
sandboxed "$work/record" -- "$pmprobe" --sysroot "$fixture" record "$work/record"
[ -s "$work/record/RECORD" ] || no "record under the sandbox wrote no RECORD"
# A DIR that exists already, empty, is as good.
mkdir "$work/record2"
sandboxed "$work/record2" -- "$pmprobe" --sysroot "$fixture" record "$work/record2"
[ -s "$work/record2/RECORD" ] || no "record into an existing empty DIR wrote no RECORD"
if [ -r /sys/power/state ]; then
	sandboxed "" -- "$pmprobe" --explain
	sandboxed "" -- "$drop_in" --suspend
	sandboxed "$work/record-live" -- "$pmprobe" record "$work/record-live"
fi

# What the programs say with PMPROBE_DEBUG=1.
says_sandboxed() { # PROGRAM ARGS...
	PMPROBE_DEBUG=1 "$@" >/dev/null 2>"$work/err" || true
	grep -q "^$(basename "$1"): sandbox: Landlock ABI [0-9]*, no writes$" "$work/err" ||
		no "$1 does not say it is sandboxed"
}
says_sandboxed "$pmprobe" --sysroot "$fixture" --format json
says_sandboxed "$drop_in" --sysroot "$fixture" --suspend
PMPROBE_DEBUG=1 "$pmprobe" --sysroot "$fixture" record "$work/record3" >/dev/null 2>"$work/err"
grep -q "^pmprobe: sandbox: Landlock ABI [0-9]*, no writes but below '$work/record3'$" \
	"$work/err" || no "pmprobe record does not say it may write below its DIR"
[ "$fail" = 0 ] && echo "ok: Landlock refused every write the canary tried; record wrote its DIR"
exit $fail
