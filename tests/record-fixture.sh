#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# `record` through the sysroot backend: recording a fixture must copy everything its probe
# reads, so that the copy gives the same report (every fact, verdict and reason) and the same
# `check` result as the fixture itself, under both policies.
# Usage: record-fixture.sh FIXTURE_DIR PMPROBE
set -euo pipefail
fixture=${1:?usage: $0 FIXTURE_DIR PMPROBE}
pmprobe=${2:?usage: $0 FIXTURE_DIR PMPROBE}
command -v jq >/dev/null || { echo "SKIP: jq is not installed" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { env -u PMPROBE_SYSROOT -u PMPROBE_POLICY "$pmprobe" "$@"; }
fail=0
for policy in feasible pm-utils; do
	rm -rf "$work/copy"
	run --sysroot "$fixture" --policy "$policy" --format json >"$work/fixture.json"
	run --sysroot "$fixture" --policy "$policy" --format json record "$work/copy" \
		>"$work/recorded.json"
	run --sysroot "$work/copy" --policy "$policy" --format json >"$work/copy.json"
	if ! diff -u "$work/fixture.json" "$work/recorded.json" >&2; then
		echo "FAIL: record's report differs from a probe of $fixture ($policy)" >&2
		fail=1
	elif ! diff -u --label "$fixture" --label "recording" \
		<(jq -S 'del(.sysroot)' "$work/fixture.json") \
		<(jq -S 'del(.sysroot)' "$work/copy.json") >&2; then
		echo "FAIL: the recording of $fixture reads differently ($policy)" >&2
		fail=1
	else
		echo "ok: $policy: the recording gives the same report"
	fi
done
# The same check result, EXPECTED copied over.
cp "$fixture/EXPECTED" "$work/copy/"
run --format json check "$fixture" 2>/dev/null | jq -S 'del(.root)' >"$work/check-fixture" || true
run --format json check "$work/copy" 2>/dev/null | jq -S 'del(.root)' >"$work/check-copy" || true
if diff -u "$work/check-fixture" "$work/check-copy" >&2; then
	echo "ok: check says the same of the recording"
else
	echo "FAIL: check differs between $fixture and its recording" >&2
	fail=1
fi
# Never into a directory that has something in it.
# The recording replays through libudev too (uevent files, subsystem links, the bus entries
# record writes for udev_enumerate): the parity test on the copy.
rc=0
"$(dirname "$0")/parity.sh" "$work/copy" "$pmprobe" >"$work/parity" 2>&1 || rc=$?
if [ "$rc" = 0 ]; then
	echo "ok: the recording reads the same through libudev (umockdev)"
elif [ "$rc" != 77 ]; then
	cat "$work/parity" >&2
	echo "FAIL: the recording of $fixture reads differently through libudev" >&2
	fail=1
fi
if run --sysroot "$fixture" record "$work/copy" 2>"$work/err"; then
	echo "FAIL: record wrote into a non-empty directory" >&2
	fail=1
elif [ "$?" != 2 ]; then
	echo "FAIL: record into a non-empty directory must exit 2" >&2
	fail=1
fi
exit $fail
