#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# hygiene/layers: no file of src/ calls a function of a file in a layer above its own. The table
# below gives each file its layer, from the bottom (helpers every layer uses) to the top (the
# tools); a file calls its own layer and those below it. The script finds each file's function
# definitions (the style puts a definition's name at the start of its line: `^name(`), then the
# names each file uses, comments and strings left out and member names (`.x`, `->x`) skipped; a
# name resolves to the file's own static function first, else to the file that defines it.
# It also fails on a file no row of the table names, on a row that names no file, and on a static
# function named like another file's function (a call to it could not be told from a call down).
# Usage: layers.sh SOURCE_DIR [--self-test] (SOURCE_DIR: the top of the project). --self-test
# checks the check: on a copy of src/ given a call up, calls named only in a comment and in a
# string, and a static named like a library function, it must report the first and the last.
set -eu

top=${1:?usage: layers.sh SOURCE_DIR [--self-test]}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "${2:-}" = --self-test ]; then
	mkdir "$tmp/copy"
	cp -R "$top/src" "$tmp/copy/src"
	cat >>"$tmp/copy/src/lib/strv.c" <<'END'
void layers_self_test(void);
void
layers_self_test(void)
{
	/* report_judge(NULL, NULL, 0) */
	(void)pmprobe_probe(NULL, NULL);
	puts("pmprobe_new(");
}
END
	printf 'static int\nstrv_free(void)\n{\n\treturn 0;\n}\n' >>"$tmp/copy/src/lib/paths.c"
	if sh "$0" "$tmp/copy" >"$tmp/out"; then
		echo "layers: the self-test's copy passed"
		exit 1
	fi
	cat "$tmp/out"
	expect="layers: lib/strv.c (util) calls pmprobe_probe() of lib/ctx.c (context)
layers: static strv_free() in lib/paths.c is named like the function of lib/strv.c
layers: 1 call up"
	[ "$(sort "$tmp/out")" = "$(echo "$expect" | sort)" ] || {
		echo "layers: the self-test expected:"
		echo "$expect"
		exit 1
	}
	exit 0
fi
cd "$top/src"

# layer name, then shell patterns of files relative to src/. From the bottom up.
cat >"$tmp/table" <<'EOF'
util       lib/log.c lib/strv.c lib/fileio.c lib/parse-util.c lib/errno-name.c lib/dlopen-util.c
util       lib/strings.c lib/reason-effects.c lib/version.c
source     lib/paths.c lib/source.c lib/source-sysroot.c lib/source-udev.c lib/manifest.c
parsers    lib/acpi-*.c lib/proc-*.c lib/tokens.c lib/cpu-parse.c lib/hibernate-image.c
parsers    lib/resume-config.c lib/modules-index.c lib/wake-group.c
evidence   lib/evidence.c
probers    lib/probe*.c lib/rtc-holder.c lib/kmod-lookup.c
policies   lib/verdict-*.c
report     lib/report*.c
context    lib/ctx.c lib/record.c
formats    lib/format-*.c
tools      tools/*.c
EOF

# "FILE LAYER RANK" for every C file, and the rows or patterns that match nothing.
fail=0
awk '{ if ($1 != last) { rank++; last = $1 } for (i = 2; i <= NF; i++) print $i, $1, rank }' \
	"$tmp/table" >"$tmp/patterns"
: >"$tmp/layer"
for f in lib/*.c tools/*.c; do
	hit=""
	while read -r pattern layer rank; do
		# shellcheck disable=SC2254 # the pattern is a glob on purpose
		case $f in $pattern)
			hit="$hit $layer"
			echo "$f $layer $rank" >>"$tmp/layer"
			;;
		esac
	done <"$tmp/patterns"
	case $hit in
	"") echo "layers: $f is in no layer: give it a row of the table in tests/layers.sh"; fail=1 ;;
	*" "*" "*) echo "layers: $f is in more than one layer:$hit"; fail=1 ;;
	esac
done
while read -r pattern layer rank; do
	# shellcheck disable=SC2086 # the pattern is expanded on purpose
	set -- $pattern
	[ -e "$1" ] || { echo "layers: no file is $pattern (the $layer row)"; fail=1; }
done <"$tmp/patterns"

# Each file's text with comments, strings and character constants blanked.
strip() {
	awk '
	{
		out = ""
		n = length($0)
		for (i = 1; i <= n; i++) {
			c = substr($0, i, 1)
			d = substr($0, i, 2)
			if (state == "comment") {
				if (d == "*/") { state = ""; i++ }
				continue
			}
			if (state == "\"" || state == "'\''") {
				if (c == "\\") i++
				else if (c == state) { state = ""; out = out " " }
				continue
			}
			if (d == "/*") { state = "comment"; i++; continue }
			if (d == "//") break
			if (c == "\"" || c == "'\''") { state = c; continue }
			out = out c
		}
		print out
	}' "$1"
}

# Definitions: "NAME static|global FILE".
: >"$tmp/defs"
: >"$tmp/uses"
for f in lib/*.c tools/*.c; do
	strip "$f" >"$tmp/text"
	awk -v f="$f" '
		/^[A-Za-z_][A-Za-z0-9_]*\(/ && !/;[ \t]*$/ && prev !~ /[;,{}][ \t]*$/ && prev !~ /^[ \t]*$/ {
			name = $0
			sub(/\(.*/, "", name)
			if (name !~ /^__/)
				print name, (prev ~ /(^|[ \t])static([ \t]|$)/ ? "static" : "global"), f
		}
		{ prev = $0 }' "$tmp/text" >>"$tmp/defs"
	# Every name the file uses that is not a member: "FILE NAME".
	grep -oE '(->|\.)?[A-Za-z_][A-Za-z0-9_]*' "$tmp/text" | grep -v -e '^\.' -e '^->' |
		sort -u | sed "s|^|$f |" >>"$tmp/uses"
done

# A static named like another file's function; a function defined by two files (but main).
awk '
	$2 == "static" { s[$1] = s[$1] " " $3 }
	$2 == "global" && $1 != "main" { n[$1]++; g[$1] = g[$1] " " $3 }
	END {
		for (x in s)
			if (x in g)
				printf "layers: static %s() in%s is named like the function of%s\n", x, s[x], g[x]
		for (x in n)
			if (n[x] > 1)
				printf "layers: %s() is defined by%s\n", x, g[x]
	}' "$tmp/defs" >"$tmp/names"
if [ -s "$tmp/names" ]; then
	cat "$tmp/names"
	fail=1
fi

# The calls up: a name a file uses that another file defines, in a higher layer.
awk -v tmp="$tmp" '
	FILENAME == tmp "/layer" { layer[$1] = $2; rank[$1] = $3; next }
	FILENAME == tmp "/defs" {
		if ($2 == "static") own[$3 " " $1] = 1
		else if ($1 != "main") def[$1] = $3
		next
	}
	{
		f = $1; x = $2
		if ((f " " x) in own || !(x in def) || def[x] == f) next
		callee = def[x]
		if (rank[callee] > rank[f]) {
			printf "layers: %s (%s) calls %s() of %s (%s)\n", f, layer[f], x, callee, layer[callee]
			up++
		}
	}
	END { printf "layers: %d call%s up\n", up, up == 1 ? "" : "s"; exit up > 0 }' \
	"$tmp/layer" "$tmp/defs" "$tmp/uses" || fail=1
exit $fail
