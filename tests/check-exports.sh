#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# abi/exports: libpmprobe.so exports exactly the names of libpmprobe.sym, each one declared.
# Usage: check-exports.sh LIBRARY SYMFILE [HEADER]
set -eu
lib=$1
sym=$2
header=${3:-}
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The version script: its version nodes ("NAME {") and the names listed under "global:".
: >"$tmp/nodes"
awk -v nodes="$tmp/nodes" '
	{ sub(/#.*/, "") }
	/^[ \t]*[A-Za-z_][A-Za-z0-9_.]*[ \t]*\{/ {
		n = $0
		sub(/^[ \t]*/, "", n)
		sub(/[ \t]*\{.*/, "", n)
		print n > nodes
		next
	}
	/global:/ { g = 1; sub(/.*global:/, "") }
	/local:/ { g = 0 }
	/\}/ { g = 0 }
	g {
		gsub(/;/, " ")
		for (i = 1; i <= NF; i++)
			if ($i ~ /^[A-Za-z_][A-Za-z0-9_]*$/)
				print $i
	}
' "$sym" | LC_ALL=C sort -u >"$tmp/listed"
[ -s "$tmp/listed" ] || { echo "FAIL: no global names in '$sym'" >&2; exit 1; }

# The library's defined dynamic symbols, without @VERSION, and without the nodes themselves.
nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' |
	grep -vxF -f "$tmp/nodes" | LC_ALL=C sort -u >"$tmp/exported"

fail=0
if ! cmp -s "$tmp/listed" "$tmp/exported"; then
	LC_ALL=C comm -13 "$tmp/listed" "$tmp/exported" |
		sed 's/^/FAIL: exported, not in the .sym: /' >&2
	LC_ALL=C comm -23 "$tmp/listed" "$tmp/exported" |
		sed 's/^/FAIL: in the .sym, not exported: /' >&2
	fail=1
fi
if [ -n "$header" ]; then
	while read -r name; do
		grep -Eq "(^|[^A-Za-z0-9_])$name\(" "$header" && continue
		echo "FAIL: $name is in the .sym but not declared in '$header'" >&2
		fail=1
	done <"$tmp/listed"
fi
if [ "$fail" = 0 ]; then
	echo "ok: $(wc -l <"$tmp/listed") exported names, exactly those of $(basename "$sym")"
fi
exit "$fail"
