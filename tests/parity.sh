#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Backend parity: pmprobe's live libudev path, with the fixture replayed as /sys and /proc by
# umockdev, must print the same --explain report as its sysroot path on the same tree, both run
# as the fixture's recorded user. Usage: parity.sh FIXTURE_DIR OUR_PMPROBE
# SHIM=path: a prebuilt umockdev-faccessat-shim.so (else it is built here with cc).
set -euo pipefail
fixture=${1:?usage: $0 FIXTURE_DIR OUR_PMPROBE}
pmprobe=${2:?usage: $0 FIXTURE_DIR OUR_PMPROBE}
preload=libumockdev-preload.so.0
skip() { echo "SKIP: $*" >&2; exit 77; }

ldconfig -p | grep -F "$preload" >/dev/null || skip "umockdev is not installed ($preload)"
# An ASan build must tolerate umockdev's preload coming first.
export ASAN_OPTIONS="verify_asan_link_order=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

# shellcheck source=tests/replay.sh
. "$(dirname "$0")/replay.sh"
replay_user "$fixture"
replay_copy "$fixture" "$pmprobe"
replay_shim
# A tree without RECORD, or without writable:, answers writability from its own files in both
# runs: access() on the replayed file, and the sysroot's file as this user sees it.

# Both runs ignore PMPROBE_SYSROOT/PMPROBE_POLICY from the environment; the first line names the
# root ("Host: ..."), which is the one thing that must differ.
fail=0
for policy in feasible pm-utils; do
	"${as_user[@]}" env -u PMPROBE_SYSROOT -u PMPROBE_POLICY LD_LIBRARY_PATH="$work/bin" \
		UMOCKDEV_DIR="$root" LD_PRELOAD="$work/shim.so $preload" \
		"$bin" --explain --policy "$policy" >"$work/live"
	"${as_user[@]}" env -u PMPROBE_SYSROOT -u PMPROBE_POLICY LD_LIBRARY_PATH="$work/bin" \
		"$bin" --explain --policy "$policy" --sysroot "$root" >"$work/sysroot"
	sed -i '1{/^Host: /d}' "$work/live" "$work/sysroot"
	if diff -u --label "live (umockdev) $policy" --label "sysroot $policy" \
		"$work/live" "$work/sysroot" >&2; then
		echo "ok: $fixture: --explain --policy $policy identical"
	else
		echo "FAIL: $fixture: live and sysroot reports differ (policy $policy)" >&2
		fail=1
	fi
done
exit $fail
