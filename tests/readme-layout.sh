#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# readme/layout: the README's layout map names every tracked file under src/, include/, doc/,
# bench/, .ci/, every file directly in tests/, each directory of tests/ and each top-level file
# and directory; and every name the map gives is in the tree, so the map cannot drift either way.
# The map's format is the README's: names, two spaces, a description; a line that is one
# directory opens a block whose indented names are inside it.
# Usage: readme-layout.sh SOURCE_DIR (77 when SOURCE_DIR is not a git work tree)
set -eu

src=${1:?usage: readme-layout.sh SOURCE_DIR}
git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1 || {
	echo "SKIP: $src is not a git work tree"
	exit 77
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The names the map gives, each a path from the top (directories end in /).
awk '
	/^## / { in_section = ($0 == "## Layout") }
	in_section && /^```/ { in_block = !in_block; next }
	!in_section || !in_block || /^[[:space:]]*$/ { next }
	{
		indented = /^[[:space:]]/
		line = $0
		sub(/^[[:space:]]+/, "", line)
		names = line
		if (match(line, /  /))
			names = substr(line, 1, RSTART - 1)
		n = split(names, name, " ")
		if (!indented) {
			dir = (n == 1 && name[1] ~ /\/$/) ? name[1] : ""
			for (i = 1; i <= n; i++)
				print name[i]
		} else {
			if (dir == "")
				printf "indented line outside a directory block: %s\n", $0 >"/dev/stderr"
			for (i = 1; i <= n; i++)
				print dir name[i]
		}
	}
' "$src/README.md" | sort -u >"$work/listed"
[ -s "$work/listed" ] || {
	echo "FAIL: README.md has no layout map (a code block under ## Layout)"
	exit 1
}

# What the tree has: tracked files, and every directory that holds one.
git -C "$src" ls-files >"$work/files"
awk -F/ '{ p = ""; for (i = 1; i < NF; i++) { p = p $i "/"; print p } }' "$work/files" |
	sort -u >"$work/dirs"
sort -u "$work/files" "$work/dirs" >"$work/tree"

# What the map must name.
{
	grep -E '^(src|include|doc|bench|\.ci)/' "$work/files" || :
	grep -E '^tests/[^/]+$' "$work/files" || :
	grep -E '^tests/[^/]+/$' "$work/dirs" || :
	grep -E '^[^/]+$' "$work/files" || :
	grep -E '^[^/]+/$' "$work/dirs" || :
} | sort -u >"$work/required"

status=0
# A directory is named by itself or by any name inside it.
while IFS= read -r path; do
	case $path in
	*/) awk -v p="$path" 'index($0, p) == 1 { f = 1; exit } END { exit !f }' "$work/listed" &&
		continue ;;
	*) grep -qxF -e "$path" "$work/listed" && continue ;;
	esac
	echo "FAIL: README.md's layout map does not name $path"
	status=1
done <"$work/required"
while IFS= read -r path; do
	case $path in
	*'<'* | *'*'*) continue ;;
	esac
	grep -qxF -e "$path" "$work/tree" && continue
	echo "FAIL: README.md's layout map names $path, which is not in the tree"
	status=1
done <"$work/listed"
[ "$status" -ne 0 ] || echo "README.md's layout map names the $(wc -l <"$work/required") required paths"
exit "$status"
