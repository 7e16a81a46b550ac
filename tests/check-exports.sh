#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# abi/exports: libpmprobe.so exports exactly the names of libpmprobe.sym; the header declares
# exactly those; each one's `Since:` names the version node it is in; and the project version,
# debian/changelog and the symbols file agree with the nodes (one version truth).
# Usage: check-exports.sh LIBRARY SYMFILE [HEADER [VERSION [DEBIAN_DIR]]]
#
# Nodes and Since: (libkmod's rule: a released node never changes; new symbols go in a new
# node LIBPMPROBE_X.Y, named for the version that adds them, which inherits the one before).
# The first node, LIBPMPROBE_0, holds the symbols of 0.1 and those 0.2 added before any
# package pinned it; so `Since: 0.1` and `Since: 0.2` mean LIBPMPROBE_0, and `Since: X.Y`
# from 0.3 on means LIBPMPROBE_X.Y. A declaration's Since: is the one in the comment right
# above it, or, for a declaration with no comment of its own, that of the declaration right
# above it (a group with no blank line between).
set -eu
lib=$1
sym=$2
header=${3:-}
version=${4:-}
debian=${5:-}
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The version script: its version nodes ("NAME {"), and "NODE NAME" for each name listed under
# "global:".
: >"$tmp/nodes"
awk -v nodes="$tmp/nodes" '
	{ sub(/#.*/, "") }
	/^[ \t]*[A-Za-z_][A-Za-z0-9_.]*[ \t]*\{/ {
		node = $0
		sub(/^[ \t]*/, "", node)
		sub(/[ \t]*\{.*/, "", node)
		print node > nodes
		next
	}
	/global:/ { g = 1; sub(/.*global:/, "") }
	/local:/ { g = 0 }
	/\}/ { g = 0 }
	g {
		gsub(/;/, " ")
		for (i = 1; i <= NF; i++)
			if ($i ~ /^[A-Za-z_][A-Za-z0-9_]*$/)
				print node, $i
	}
' "$sym" | LC_ALL=C sort -k2 >"$tmp/node-of"
awk '{ print $2 }' "$tmp/node-of" | LC_ALL=C sort -u >"$tmp/listed"
[ -s "$tmp/listed" ] || { echo "FAIL: no global names in '$sym'" >&2; exit 1; }

fail=0
dups=$(awk '{ print $2 }' "$tmp/node-of" | LC_ALL=C sort | uniq -d)
for name in $dups; do
	echo "FAIL: $name is listed in more than one place of $(basename "$sym")" >&2
	fail=1
done

# The library's defined dynamic symbols, without @VERSION, and without the nodes themselves.
nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' |
	grep -vxF -f "$tmp/nodes" | LC_ALL=C sort -u >"$tmp/exported"

if ! cmp -s "$tmp/listed" "$tmp/exported"; then
	LC_ALL=C comm -13 "$tmp/listed" "$tmp/exported" |
		sed 's/^/FAIL: exported, not in the .sym: /' >&2
	LC_ALL=C comm -23 "$tmp/listed" "$tmp/exported" |
		sed 's/^/FAIL: in the .sym, not exported: /' >&2
	fail=1
fi

# The node a Since: means (see the top of this file).
node_of_since() {
	case $1 in
	0.1 | 0.2) echo LIBPMPROBE_0 ;;
	*) echo "LIBPMPROBE_$1" ;;
	esac
}

if [ -n "$header" ]; then
	# "NAME SINCE" for each function the header declares (static inline helpers are no
	# symbols); SINCE is "-" when no Since: applies.
	awk '
		function since_in(s) {
			if (match(s, /Since:[ \t]*[0-9]+\.[0-9]+/)) {
				s = substr(s, RSTART, RLENGTH)
				sub(/Since:[ \t]*/, "", s)
				return s
			}
			return ""
		}
		incomment {
			s = since_in($0)
			if (s != "")
				csince = s
			if ($0 ~ /\*\//) {
				incomment = 0
				pending = csince == "" ? "-" : csince
			}
			next
		}
		/^\/\*/ {
			csince = since_in($0)
			if ($0 ~ /\*\//)
				pending = csince == "" ? "-" : csince
			else
				incomment = 1
			next
		}
		/^[ \t]*$/ { pending = "-"; prev = ""; next }
		/^[A-Za-z_]/ && prev !~ /^static/ && match($0, /[A-Za-z_][A-Za-z0-9_]*\(/) {
			name = substr($0, RSTART, RLENGTH - 1)
			if (name ~ /^pmprobe_/)
				print name, (pending == "" ? "-" : pending)
		}
		{ prev = $0 }
	' "$header" | LC_ALL=C sort >"$tmp/since-of"
	awk '{ print $1 }' "$tmp/since-of" | LC_ALL=C sort -u >"$tmp/declared"
	LC_ALL=C comm -23 "$tmp/listed" "$tmp/declared" |
		sed "s|\$| is in the .sym but not declared in '$header'|; s/^/FAIL: /" >&2
	LC_ALL=C comm -13 "$tmp/listed" "$tmp/declared" |
		sed "s|\$| is declared in '$header' but not in the .sym|; s/^/FAIL: /" >&2
	cmp -s "$tmp/listed" "$tmp/declared" || fail=1
	while read -r name since; do
		node=$(awk -v n="$name" '$2 == n { print $1 }' "$tmp/node-of")
		[ -n "$node" ] || continue
		if [ "$since" = - ]; then
			echo "FAIL: $name has no Since: in '$header' (it is in $node)" >&2
			fail=1
		elif [ "$(node_of_since "$since")" != "$node" ]; then
			echo "FAIL: $name says Since: $since but is in $node" \
				"(Since: $since belongs in $(node_of_since "$since"))" >&2
			fail=1
		fi
	done <"$tmp/since-of"
fi

# The version a node stands for: LIBPMPROBE_0 is 0.1, LIBPMPROBE_X.Y is X.Y.
node_version() {
	case $1 in
	LIBPMPROBE_0) echo 0.1 ;;
	*) echo "${1#LIBPMPROBE_}" ;;
	esac
}
# Whether version A (X.Y) is later than B.
later() {
	[ "${1%%.*}" -gt "${2%%.*}" ] && return 0
	[ "${1%%.*}" -eq "${2%%.*}" ] && [ "${1#*.}" -gt "${2#*.}" ]
}

if [ -n "$version" ]; then
	minor=$(echo "$version" | cut -d. -f1,2)
	while read -r node; do
		if later "$(node_version "$node")" "$minor"; then
			echo "FAIL: node $node is newer than the project version $version" >&2
			fail=1
		fi
	done <"$tmp/nodes"
fi

if [ -n "$version" ] && [ -n "$debian" ] && [ -d "$debian" ]; then
	# debian/changelog's newest entry is this version; the symbols file names each node once,
	# with the first version that has it.
	top=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' "$debian/changelog")
	if [ "${top%-*}" != "$version" ]; then
		echo "FAIL: debian/changelog's newest entry is $top, the project is $version" >&2
		fail=1
	fi
	symbols="$debian/libpmprobe0.symbols"
	sed -n 's/^ *(symver)\([^ ]*\) \([^ ]*\).*/\1 \2/p' "$symbols" >"$tmp/symver"
	while read -r node; do
		minver=$(awk -v n="$node" '$1 == n { print $2 }' "$tmp/symver")
		want=$(node_version "$node").0
		if [ "$minver" != "$want" ]; then
			echo "FAIL: $(basename "$symbols") gives $node '${minver:-nothing}', not $want" >&2
			fail=1
		fi
	done <"$tmp/nodes"
	awk '{ print $1 }' "$tmp/symver" | grep -vxF -f "$tmp/nodes" >"$tmp/stale" || true
	while read -r node; do
		echo "FAIL: $(basename "$symbols") names $node, which the .sym lacks" >&2
		fail=1
	done <"$tmp/stale"
fi

if [ "$fail" = 0 ]; then
	echo "ok: $(wc -l <"$tmp/listed") exported names, exactly those of $(basename "$sym")," \
		"each declared with the Since: of its node"
fi
exit "$fail"
