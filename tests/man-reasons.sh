#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# man/reasons: the generated pmprobe-reasons(7) lists every constant of enum pmprobe_reason in the
# public header, with its number, once, and the built page has every code.
# Usage: man-reasons.sh HEADER PAGE.scd PAGE
set -eu
header=$1
scd=$2
page=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The enum's constants in order, numbered as the compiler numbers them (no "= N" but the first).
awk '/^enum pmprobe_reason \{/ { on = 1; next }
	on && /_PMPROBE_REASON_MAX/ { exit }
	on && match($0, /PMPROBE_REASON_[A-Z0-9_]+/) { print substr($0, RSTART, RLENGTH) " " n++ }' \
	"$header" >"$tmp/enum"
[ "$(wc -l <"$tmp/enum")" -gt 90 ] || { echo "FAIL: cannot read the enum from $header" >&2; exit 1; }

# The page lists them by section; each says "Constant: NAME (N)." at the end of its paragraph.
sed -n 's/.*Constant: \(.*\) (\([0-9]*\))\.$/\1 \2/p' "$scd" | sed 's/\\_/_/g' |
	sort -k2,2n >"$tmp/page"
if ! diff -u "$tmp/enum" "$tmp/page"; then
	echo "FAIL: the page's constants differ from the header's enum (-header +page)" >&2
	exit 1
fi
# Each code, as a heading of its own (from the first list of reasons on), in the roff page too.
awk '/^# REASONS OF THE VERDICTS/ { on = 1 } on' "$scd" | sed -n 's/^\*\([a-z0-9-]*\)\*$/\1/p' \
	>"$tmp/codes"
[ "$(wc -l <"$tmp/codes")" -eq "$(wc -l <"$tmp/enum")" ] ||
	{ echo "FAIL: $(wc -l <"$tmp/codes") codes in the page, $(wc -l <"$tmp/enum") in the enum" >&2; exit 1; }
[ "$(sort -u "$tmp/codes" | wc -l)" -eq "$(wc -l <"$tmp/codes")" ] ||
	{ echo "FAIL: a code appears twice" >&2; exit 1; }
while read -r code; do
	grep -qF -- "\\fB$code\\fR" "$page" ||
		{ echo "FAIL: $code is not in $page" >&2; exit 1; }
done <"$tmp/codes"
echo "ok: $(wc -l <"$tmp/enum") reason codes, each with its constant and number"
