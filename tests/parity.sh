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

# The recorded user, as in compare-pm-utils.sh: root without CAP_DAC_OVERRIDE, so that the file
# modes set below from RECORD's writable: decide what access(W_OK) answers.
euid=$(sed -n 's/^euid:[[:space:]]*\([0-9]*\).*/\1/p' "$fixture/RECORD")
[ -n "$euid" ] || { echo "FAIL: $fixture/RECORD has no euid:" >&2; exit 1; }
if [ "$(id -u)" != 0 ]; then
	[ "$(id -u)" = "$euid" ] || skip "needs root to run as uid $euid"
	as_user=()
elif [ "$euid" = 0 ]; then
	as_user=(setpriv --inh-caps=-all --bounding-set=-dac_override)
else
	gid=$(getent passwd "$euid" | cut -d: -f4 || true)
	as_user=(setpriv --reuid="$euid" --regid="${gid:-$(getent group nogroup | cut -d: -f3)}"
		--clear-groups)
fi

# A copy the user can read, writable exactly where RECORD says; the program and its library too.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
root=$work/root
cp -R "$fixture" "$root"
# The live path asks access(), so it always knows; a recording that does not say is unknown in
# sysroot mode (the fixture test covers that). Here the copy says what the replay will show:
# nothing writable, as the modes below make it.
if ! grep -q '^writable:' "$root/RECORD"; then
	echo "note: $fixture/RECORD lists no writable paths; the copy says 'writable:' (none)"
	echo 'writable:' >>"$root/RECORD"
fi
chmod -R a+rX "$root"
find "$root" -type f -exec chmod a-w {} +
read -ra writable <<<"$(sed -n 's/^writable:[[:space:]]*//p' "$fixture/RECORD")"
for path in "${writable[@]}"; do
	[ ! -e "$root/$path" ] || chmod a+w "$root/$path"
done
mkdir "$work/bin"
cp "$pmprobe" "$work/bin/"
cp -P "$(dirname "$pmprobe")"/libpmprobe.so* "$work/bin/" 2>/dev/null || true
bin=$work/bin/$(basename "$pmprobe")

# umockdev leaves faccessat() alone; the shim keeps any such check inside the tree.
if [ -n "${SHIM:-}" ]; then
	cp "$SHIM" "$work/shim.so"
else
	command -v cc >/dev/null || skip "no cc to build the faccessat shim (or set SHIM=)"
	cc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$work/shim.so" \
		"$(dirname "$0")/umockdev-faccessat-shim.c" -ldl
fi

# Both runs ignore PMPROBE_SYSROOT/PMPROBE_POLICY from the environment; the first line names the
# root ("Host: ..."), which is the one thing that must differ.
fail=0
for policy in feasible pm-utils; do
	"${as_user[@]}" env -u PMPROBE_SYSROOT -u PMPROBE_POLICY LD_LIBRARY_PATH="$work/bin" \
		UMOCKDEV_DIR="$root" LD_PRELOAD="$preload $work/shim.so" \
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
