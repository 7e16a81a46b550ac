#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# header/pedantic, header/cxx: compiles a user of the public header, and checks its C linkage.
# Usage: header-compile.sh COMPILER INCLUDE_DIR SOURCE [FLAGS...]
set -eu
cc=$1
include=$2
src=$3
shift 3
command -v "$cc" >/dev/null 2>&1 || { echo "SKIP: compiler '$cc' not found" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# -I, not -isystem: the header gets the same warnings as the source.
echo "$cc $* -I$include -c $src"
"$cc" "$@" -I"$include" -c "$src" -o "$tmp/header.o"

# The calls must reach the library's unmangled names, from C++ as from C.
if command -v nm >/dev/null 2>&1; then
	nm -u "$tmp/header.o" | awk '{ print $NF }' | grep -qx pmprobe_new ||
		{ echo "FAIL: pmprobe_new is not referenced with C linkage" >&2; exit 1; }
fi
echo "ok: $(basename "$src") compiles against the public header alone"
