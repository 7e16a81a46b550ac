#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# install/tree: `cmake --install --prefix /usr` into a DESTDIR lists exactly the expected files.
# Usage: install-tree.sh BUILD_DIR EXPECTED LIBDIR SYSCONFDIR [CONFIG [VERSION]]
# EXPECTED has @LIBDIR@ (relative to /usr), @SYSCONFDIR@ (absolute, no leading /), @CONFIG@
# (the build type, lower case) and @VERSION@ (the project's) where the build decides; symlinks
# as `A -> B`.
set -eu
build=$1
expected=$2
libdir=$3
sysconfdir=${4#/}
config=$(printf '%s' "${5:-noconfig}" | tr '[:upper:]' '[:lower:]')
version=${6:-}
cmake=${CMAKE:-cmake}
command -v "$cmake" >/dev/null 2>&1 || { echo "SKIP: cmake not found" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

DESTDIR=$tmp/root "$cmake" --install "$build" --prefix /usr >"$tmp/log" 2>&1 ||
	{ cat "$tmp/log" >&2; echo "FAIL: cmake --install" >&2; exit 1; }
(
	cd "$tmp/root"
	find . ! -type d | sed 's|^\./||' | LC_ALL=C sort | while read -r f; do
		if [ -L "$f" ]; then
			printf '%s -> %s\n' "$f" "$(readlink "$f")"
		else
			printf '%s\n' "$f"
		fi
	done
) >"$tmp/got"
grep -v '^#' "$expected" | sed -e "s|@LIBDIR@|$libdir|g" -e "s|@SYSCONFDIR@|$sysconfdir|g" \
	-e "s|@CONFIG@|$config|g" -e "s|@VERSION@|$version|g" | LC_ALL=C sort >"$tmp/want"
if ! diff -u "$tmp/want" "$tmp/got"; then
	echo "FAIL: installed files differ from $(basename "$expected") (-expected +installed)" >&2
	exit 1
fi
echo "ok: $(wc -l <"$tmp/got") files, as expected"
