#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# man/example: the program of libpmprobe(3)'s EXAMPLE (extracted, compiled) is the README's, and
# on each fixture tree it prints what `pmprobe --format json` says: hibernate's verdict and
# reasons, and the wake sources whose wakeup is enabled.
# Usage: man-example.sh EXAMPLE EXAMPLE.c PMPROBE README ROOT...
set -eu
example=$1
source=$2
pmprobe=$3
readme=$4
shift 4
command -v jq >/dev/null 2>&1 || { echo "SKIP: jq not found" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

awk '/^## Library/ { lib = 1 } lib && /^```c$/ { on = 1; next } on && /^```$/ { exit } on' \
	"$readme" >"$tmp/readme.c"
if ! diff -u "$source" "$tmp/readme.c"; then
	echo "FAIL: the README's library example is not libpmprobe(3)'s (-man page +README)" >&2
	fail=1
fi

woken=0
for root in "$@"; do
	"$example" "$root" >"$tmp/got"
	env -u PMPROBE_SYSROOT -u PMPROBE_POLICY PMPROBE_CONFIG=/dev/null "$pmprobe" \
		--sysroot "$root" --policy feasible --format json >"$tmp/json"
	jq -r '.targets[] | select(.name == "hibernate") |
		"hibernate: \(.verdict)", (.reasons[] | "  \(.code) (\(.effect)): \(.description)")' \
		"$tmp/json" >"$tmp/want"
	# The JSON lists the devices by group, the getters by index: compared as sets.
	jq -r '(.wake.groups // [])[].devices[] | select(.wakeup == "enabled") |
		"may wake: \(.sysname)"' "$tmp/json" | LC_ALL=C sort >"$tmp/want-wake"
	grep -v '^may wake: ' "$tmp/got" >"$tmp/got-verdict" || true
	{ grep '^may wake: ' "$tmp/got" || true; } | LC_ALL=C sort >"$tmp/got-wake"
	if ! diff -u "$tmp/want" "$tmp/got-verdict" || ! diff -u "$tmp/want-wake" "$tmp/got-wake"; then
		echo "FAIL: $root: the example differs from the JSON report (-JSON +example)" >&2
		fail=1
	fi
	woken=$((woken + $(wc -l <"$tmp/got-wake")))
done
[ "$woken" -gt 0 ] || { echo "FAIL: no tree had a wake source to show" >&2; fail=1; }
[ "$fail" = 0 ] && echo "ok: the example is the README's; $# trees, $woken wake sources, as the JSON says"
exit "$fail"
