#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# prometheus/promtool: Prometheus' own `promtool check metrics` (Debian package prometheus)
# accepts `pmprobe --format prometheus` of every fixture under both policies, and of this host,
# with no lint problem (exit 3) nor parse error. Skips (77) without promtool.
# Usage: prometheus-promtool.sh PMPROBE FIXTURES_DIR
set -eu
pmprobe=${1:?usage: $0 PMPROBE FIXTURES_DIR}
fixtures=${2:?}
promtool=${PROMTOOL:-promtool}
command -v "$promtool" >/dev/null 2>&1 || { echo "SKIP: promtool not found" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
fail=0
check() {
	name=$1
	shift
	env -u PMPROBE_SYSROOT -u PMPROBE_POLICY "$pmprobe" --format prometheus "$@" >"$work/out"
	if ! "$promtool" check metrics <"$work/out" >"$work/log" 2>&1; then
		echo "FAIL: $name: promtool check metrics:" >&2
		cat "$work/log" >&2
		fail=1
	fi
	n=$((n + 1))
}
for policy in feasible pm-utils; do
	check "this host, $policy" --policy "$policy"
	for dir in "$fixtures"/*/; do
		check "$(basename "$dir"), $policy" --sysroot "$dir" --policy "$policy"
	done
done
[ "$fail" = 0 ] || exit 1
echo "ok: promtool accepts all $n outputs"
