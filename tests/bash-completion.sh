#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# install/bash-completion: pmprobe's completion offers its options, their values and commands.
# Usage: bash-completion.sh COMPLETION_FILE
set -euo pipefail
completion=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
lib=$(pkg-config --variable=datadir bash-completion 2>/dev/null || true)
lib=${lib:-/usr/share}/bash-completion/bash_completion
[ -r "$lib" ] || { echo "SKIP: bash-completion is not installed" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/fixture-a" "$tmp/fixture-b"
touch "$tmp/a-file"

# complete LINE: what the completion offers at the end of LINE, sorted, on one line.
complete_line() {
	(
		cd "$tmp"
		set +eu
		# shellcheck source=/dev/null
		. "$lib"
		# shellcheck source=/dev/null
		. "$completion"
		COMP_LINE=$1
		COMP_POINT=${#COMP_LINE}
		# Split as bash does: at blanks, and around `=` (COMP_WORDBREAKS).
		read -r -a COMP_WORDS <<<"${COMP_LINE//=/ = }"
		[[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_pmprobe pmprobe "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
	)
}

fail=0
expect() { # expect LINE WANT
	local got
	got=$(complete_line "$1")
	if [ "$got" = "$2" ]; then
		echo "ok: '$1' -> $got"
	else
		echo "FAIL: '$1' -> '$got', expected '$2'" >&2
		fail=1
	fi
}
expect "pmprobe " "check record"
expect "pmprobe --f" "--format"
expect "pmprobe --format " "explain json libvirt prometheus text xml"
expect "pmprobe --format=j" "json"
expect "pmprobe --j" "--jobs --json"
expect "pmprobe --jo" "--jobs"
expect "pmprobe --u" "--update"
expect "pmprobe --o" "--output"
expect "pmprobe --output a-" "a-file"
expect "pmprobe -o a-file rec" "record"
expect "pmprobe --json=" "pretty short"
expect "pmprobe --json=s" "short"
expect "pmprobe --json rec" "record"
expect "pmprobe -J check fix" "fixture-a fixture-b"
expect "pmprobe -p " "feasible pm-utils"
expect "pmprobe --policy=pm" "pm-utils"
expect "pmprobe --sysroot fix" "fixture-a fixture-b"
expect "pmprobe --explain rec" "record"
expect "pmprobe record " "fixture-a fixture-b"
expect "pmprobe record fixture-a " ""
expect "pmprobe check fixture-a " "fixture-a fixture-b"
expect "pmprobe check --format " "json junit text"
expect "pmprobe check --format=j" "json junit"
expect "pmprobe --version " ""
exit "$fail"
