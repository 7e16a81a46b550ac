#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# libxml2 is loaded only for XML output: neither libpmprobe.so nor pmprobe lists it as NEEDED;
# pmprobe's text, explain, json and prometheus output never map it (LD_DEBUG=libs), --format xml and libvirt
# load it and work; and without it (NO_LIBXML2_PRELOAD fails its dlopen()) they exit 3 with one
# line on stderr and nothing on stdout.
# Usage: libxml2-on-demand.sh LIBPMPROBE PMPROBE FIXTURE_DIR NO_LIBXML2_PRELOAD
set -euo pipefail
lib=${1:?usage: $0 LIBPMPROBE PMPROBE FIXTURE_DIR NO_LIBXML2_PRELOAD}
pmprobe=${2:?}
fixture=${3:?}
preload=${4:?}
command -v readelf >/dev/null || { echo "SKIP: readelf not found"; exit 77; }
unset PMPROBE_SYSROOT PMPROBE_POLICY LD_PRELOAD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

for f in "$lib" "$pmprobe"; do
	if readelf -d "$f" | grep -E '\(NEEDED\).*libxml2'; then
		echo "FAIL: $(basename "$f") lists libxml2 as NEEDED" >&2
		fail=1
	else
		echo "ok: $(basename "$f") does not need libxml2"
	fi
done

# run NAME FORMAT: pmprobe on the fixture with the loader's log on stderr; exit status in rc.
run() {
	rc=0
	LD_DEBUG=libs "$pmprobe" --sysroot "$fixture" --format "$2" >"$work/$1.out" \
		2>"$work/$1.err" || rc=$?
	if [ "$rc" != 0 ]; then
		echo "FAIL: --format $2: exit $rc" >&2
		grep -v 'LD_DEBUG\|^ *[0-9]*:' "$work/$1.err" >&2 || :
		fail=1
	fi
}
# The loader's log must name the libraries it loads at all, or the checks below prove nothing.
run text text
grep -q 'find library=libc\.so' "$work/text.err" ||
	{ echo "SKIP: LD_DEBUG=libs says nothing here"; exit 77; }
for format in text explain json prometheus; do
	run "$format" "$format"
	if grep -q 'libxml2' "$work/$format.err"; then
		echo "FAIL: --format $format loads libxml2:" >&2
		grep 'libxml2' "$work/$format.err" >&2
		fail=1
	else
		echo "ok: --format $format does not load libxml2"
	fi
done
run xml xml
head -n 1 "$work/xml.out" | grep -q '^<?xml ' ||
	{ echo "FAIL: --format xml wrote no XML" >&2; fail=1; }
run libvirt libvirt
grep -q '^<power_management' "$work/libvirt.out" ||
	{ echo "FAIL: --format libvirt wrote no element" >&2; fail=1; }
for format in xml libvirt; do
	if grep -q 'find library=libxml2\.so\.2' "$work/$format.err"; then
		echo "ok: --format $format loads libxml2"
	else
		echo "FAIL: --format $format works without loading libxml2?" >&2
		fail=1
	fi
done

# Without libxml2: exit 3, one line that names it, nothing on stdout. (An ASan build refuses a
# preload ahead of its runtime unless told not to check.)
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
for format in xml libvirt; do
	rc=0
	LD_PRELOAD=$preload "$pmprobe" --sysroot "$fixture" --format "$format" \
		>"$work/none.out" 2>"$work/none.err" || rc=$?
	if [ "$rc" = 3 ] && [ ! -s "$work/none.out" ] && [ "$(wc -l <"$work/none.err")" = 1 ] &&
		grep -q 'libxml2' "$work/none.err"; then
		echo "ok: --format $format without libxml2: $(cat "$work/none.err")"
	else
		echo "FAIL: --format $format without libxml2: exit $rc, expected 3 and one line:" >&2
		cat "$work/none.err" "$work/none.out" >&2
		fail=1
	fi
done
rc=0
LD_PRELOAD=$preload "$pmprobe" --sysroot "$fixture" >"$work/none.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { echo "FAIL: text output needs libxml2: exit $rc" >&2; fail=1; }
exit $fail
