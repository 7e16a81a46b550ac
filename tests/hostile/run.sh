#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The bad-input suite (doc/untrusted-trees.md): builds the hostile trees and runs both programs
# on each.
#
# Usage: run.sh [--user NAME] PMPROBE PM_IS_SUPPORTED [FORMAT_CHECK]
#
# For each case of cases/ (README.md): `pmprobe check` (all usable trees in one process) must
# match its EXPECTED; `pmprobe --explain` must say what the case's `# explain:` lines say, and
# nothing an `# explain-not:` line matches; `--format json` and `--format xml` must succeed
# (given FORMAT_CHECK, validate and agree); the drop-in's exit status for --suspend,
# --hibernate and --suspend-hybrid, under both policies, must be the EXPECTED verdict (0 yes, 1
# otherwise). A case with `# unusable:` is a root pmprobe refuses: exit 2 and that one line on
# stderr, `check` an error, the drop-in 1. Every run is under `timeout 300`, which only a hang
# reaches (a run takes well under a second, a few seconds under load): a hang (124) or a
# signal fails the case, and so does anything on stderr where nothing is expected (a
# sanitizer's report).
#
# Without --user the suite runs as the caller, reading the trees as it can (root ignores modes).
# With --user (root only, else exit 77) the trees are built by root in a world-readable
# directory and read as NAME, with the case's `# unprivileged-*` lines.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/hostile/lib.sh
. "$here/lib.sh"

user=
inner=
view=
if [ "${1:-}" = --user ]; then
	user=${2:?}
	shift 2
fi
if [ "${1:-}" = --inner ]; then # the second half of a --user run, as that user
	inner=${2:?}
	view=${3:?}
	shift 3
fi
pmprobe=${1:?usage: run.sh [--user NAME] PMPROBE PM_IS_SUPPORTED [FORMAT_CHECK]}
drop_in=${2:?usage: run.sh [--user NAME] PMPROBE PM_IS_SUPPORTED [FORMAT_CHECK]}
format_check=${3:-}

unset PMPROBE_SYSROOT PMPROBE_POLICY PMPROBE_DEBUG
PMPROBE_CONFIG=/dev/null
LC_ALL=C # byte-wise patterns; English error messages
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export PMPROBE_CONFIG LC_ALL ASAN_OPTIONS UBSAN_OPTIONS

# $HOSTILE_CASES: only these cases (names, blank-separated), when debugging one.
case_files=
for name in ${HOSTILE_CASES:-}; do
	case_files="$case_files $here/cases/$name.sh"
done
[ -n "$case_files" ] || case_files=$(echo "$here"/cases/*.sh)
# The --user view runs only the cases where reading unprivileged can change what is read: modes
# (chmod), `# unprivileged-*` lines, RECORD's euid and writable paths. The other trees are
# world-readable and read alike by any caller; the caller's run (hostile/root) has every case.
# HOSTILE_ALL_VIEWS=1 runs every case in this view too.
if [ -n "$user" ] && [ -z "${HOSTILE_CASES:-}" ] && [ -z "${HOSTILE_ALL_VIEWS:-}" ]; then
	# shellcheck disable=SC2086 # file names without blanks
	case_files=$(grep -l -e chmod -e '^# unprivileged-' -e RECORD -e writable -e euid $case_files)
fi

libvirt_rng=$here/../libvirt-power-management.rng
[ -r /usr/share/libvirt/schemas/capability.rng ] || libvirt_rng=-

fails=0
fail() {
	echo "FAIL $name: $*"
	case_failed=1
}

# run OUT STATUS COMMAND...: COMMAND under timeout 300 with stdout in OUT, stderr in OUT.err;
# its exit status must be STATUS (a list like "0|3" allowed).
run() {
	out=$1
	want=$2
	shift 2
	rc=0
	timeout -k 2 300 "$@" >"$out" 2>"$out.err" </dev/null || rc=$?
	if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
		fail "hung (killed by timeout): $*"
	elif [ "$rc" -gt 128 ]; then
		fail "killed by signal $((rc - 128)): $*"
	else
		case "|$want|" in
		*"|$rc|"*) return 0 ;;
		esac
		fail "exit status $rc, expected $want: $*"
		sed 's/^/    /' "$out.err" | head -20
	fi
	return 1
}

quiet() { # OUT: nothing on stderr
	if [ -s "$1.err" ]; then
		fail "unexpected stderr from $(basename "$1"):"
		sed 's/^/    /' "$1.err" | head -20
	fi
}

# syscalls_at_most OUT MAX ROOT: `pmprobe --format json` on ROOT makes at most MAX system
# calls, counted by strace (a cost that does not depend on the machine's speed or load).
syscalls_at_most() {
	if ! command -v strace >/dev/null; then
		echo "note $name: strace not found, the syscall count is not checked"
		return
	fi
	rc=0
	ASAN_OPTIONS=detect_leaks=0 timeout -k 2 600 strace -f -c -o "$1.strace" \
		"$pmprobe" --sysroot "$3" --format json >/dev/null 2>&1 || rc=$?
	calls=$(awk '$NF == "total" { print $(NF - 2) }' "$1.strace" 2>/dev/null || :)
	if [ "$rc" != 0 ] || [ -z "$calls" ]; then
		echo "note $name: strace could not count (exit $rc), the syscall count is not checked"
	elif [ "$calls" -gt "$2" ]; then
		fail "$calls system calls, at most $2 expected"
	else
		echo "note $name: $calls system calls (at most $2)"
	fi
}

# verdict EXPECTED POLICY TARGET: the verdict its line states.
verdict() {
	awk -v p="$2" -v t="$3" '$1 == p && $2 == t { print $3 }' "$1"
}

run_suite() {
	trees=$1
	results=$2
	total=0
	mkdir -p "$results"
	: >"$results/usable"
	for case_file in $case_files; do
		name=$(basename "$case_file" .sh)
		root=$trees/$name/$(meta root "$case_file")
		root=${root%/}
		[ -n "$(view_meta "$view" unusable "$case_file")" ] || echo "$root" >>"$results/usable"
	done
	# All usable trees in one process, as distributions run `check` on their recordings.
	# shellcheck disable=SC2046 # one root a line, no blanks in the names
	timeout -k 2 1800 "$pmprobe" check $(cat "$results/usable") >"$results/check" \
		2>"$results/check.err" && check_rc=0 || check_rc=$?
	for case_file in $case_files; do
		name=$(basename "$case_file" .sh)
		root=$trees/$name/$(meta root "$case_file")
		root=${root%/}
		o=$results/$name
		case_failed=0
		total=$((total + 1))
		unusable=$(view_meta "$view" unusable "$case_file")
		if [ -n "$unusable" ]; then
			run "$o.check" 2 "$pmprobe" check "$root" &&
				{ grep -q "^ERROR $root: " "$o.check" || fail "check did not report an error"; }
			for f in explain json xml; do
				if run "$o.$f" 2 "$pmprobe" --sysroot "$root" --format "$f"; then
					[ "$(wc -l <"$o.$f.err")" = 1 ] ||
						fail "--format $f: not one line on stderr"
					grep -Eq -- "$unusable" "$o.$f.err" ||
						fail "--format $f: stderr does not match /$unusable/: $(cat "$o.$f.err")"
					[ ! -s "$o.$f" ] || fail "--format $f wrote a report for an unusable root"
				fi
			done
			for p in feasible pm-utils; do
				for m in suspend hibernate suspend-hybrid; do
					run "$o.$p.$m" 1 "$drop_in" --sysroot "$root" --policy "$p" "--$m" || :
				done
			done
		else
			line=$(grep -aF " $root: " "$results/check" || :)
			check_error=$(meta check-error "$case_file")
			case $line in
			*[[:cntrl:]]*)
				fail "check printed a control byte: $(printf '%s' "$line" | od -c | head -3)" ;;
			"ERROR $root: "*)
				[ -n "$check_error" ] && printf '%s\n' "${line#"ERROR $root: "}" |
					grep -Eq -- "$check_error" || fail "check: $line"
				;;
			"ok    $root: "*)
				[ -z "$check_error" ] || fail "check: $line, expected an error /$check_error/" ;;
			"")
				fail "no line in the output of check" ;;
			*)
				fail "check: $line"
				awk -v r="FAIL  $root: " 'index($0, r) == 1 { on = 1; next }
					on && /^      / { print "  " $0; next } { on = 0 }' "$results/check"
				;;
			esac
			[ -n "$(view_meta "$view" explain "$case_file")" ] || fail "the case has no explain line"
			if run "$o.explain" 0 "$pmprobe" --sysroot "$root" --explain; then
				quiet "$o.explain"
				while IFS= read -r re; do
					grep -aEq -- "$re" "$o.explain" ||
						fail "--explain does not say /$re/"
				done <<-EOF
					$(view_meta "$view" explain "$case_file")
				EOF
				re=$(meta explain-not "$case_file")
				[ -z "$re" ] || ! grep -aEq -- "$re" "$o.explain" ||
					fail "--explain says /$re/: $(grep -aEm1 -- "$re" "$o.explain" | od -c | head -3)"
			fi
			max=$(meta syscalls-max "$case_file")
			[ -z "$max" ] || syscalls_at_most "$o" "$max" "$root"
			for f in json xml; do
				# xml needs libxml2 at run time: 3 when it cannot be loaded.
				run "$o.$f" "0|3" "$pmprobe" --sysroot "$root" --format "$f" || continue
				if [ "$rc" = 3 ]; then
					echo "note $name: --format $f: libxml2 cannot be loaded, not checked"
					continue
				fi
				quiet "$o.$f"
				re=$(meta "$f" "$case_file")
				[ -z "$re" ] || grep -Eq -- "$re" "$o.$f" ||
					fail "--format $f does not say /$re/"
			done
			if [ -n "$format_check" ] && [ -s "$o.xml" ] &&
				run "$o.libvirt" 0 "$pmprobe" --sysroot "$root" --format libvirt; then
				run "$o.format-check" "0|77" "$format_check" "$here/../../doc/pmprobe-report.rng" \
					"$libvirt_rng" "$o.xml" "$o.json" "$o.libvirt" || :
			fi
			for p in feasible pm-utils; do
				for m in suspend hibernate suspend-hybrid; do
					want=1
					[ "$(verdict "$trees/$name.expected" "$p" "$m")" != yes ] || want=0
					run "$o.$p.$m" "$want" "$drop_in" --sysroot "$root" --policy "$p" "--$m" || :
				done
			done
		fi
		if [ "$case_failed" = 0 ]; then
			echo "ok   $name"
		else
			fails=$((fails + 1))
		fi
	done
	case $check_rc in
	0 | 1) ;;
	2)
		# shellcheck disable=SC2086 # file names without blanks
		grep -q '^# check-error: ' $case_files || {
			echo "FAIL: pmprobe check exited 2, and no case expects an error"
			fails=$((fails + 1))
		}
		;;
	*)
		echo "FAIL: pmprobe check on the usable trees exited $check_rc:"
		sed 's/^/    /' "$results/check.err" | head -20
		fails=$((fails + 1))
		;;
	esac
	tail -n 1 "$results/check"
	echo "$total hostile trees ($view view), $fails failed"
	[ "$fails" = 0 ]
}

if [ -n "$inner" ]; then
	run_suite "$inner/trees" "$inner/results"
	exit
fi

# The trees go to tmpfs when there is one that may run programs (the --user run runs copies
# from here): two of them hold 100000 directories each, which a disk file system takes minutes
# to create and remove (71 s and 181 s measured on ext4 at load 12) and tmpfs seconds (3 s and
# 2 s). $HOSTILE_TMPDIR chooses another place.
tmpdir=${HOSTILE_TMPDIR:-}
if [ -z "$tmpdir" ] && [ -d /dev/shm ] && [ -w /dev/shm ] &&
	! findmnt -no OPTIONS /dev/shm 2>/dev/null | grep -qw noexec; then
	tmpdir=/dev/shm
fi
work=$(mktemp -d ${tmpdir:+-p "$tmpdir"})
cleanup() {
	chmod -R u+rwX "$work" 2>/dev/null || :
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$work"

if [ -z "$user" ]; then
	view=$(detect_view "$work")
	# shellcheck disable=SC2086 # file names without blanks
	"$here/build.sh" --view "$view" "$work/trees" $case_files
	run_suite "$work/trees" "$work/results"
	exit
fi

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
	echo "SKIP: reading the trees as '$user' needs root and setpriv" >&2
	exit 77
fi
group=$(id -g "$user")
# Everything the user runs is copied out of the build tree, which it may not be able to enter.
mkdir -p "$work/bin" "$work/suite"
cp "$pmprobe" "$drop_in" "$work/bin/"
cp -P "$(dirname "$pmprobe")"/libpmprobe.so* "$work/bin/" 2>/dev/null || :
[ -z "$format_check" ] || cp "$format_check" "$work/bin/"
cp -R "$here" "$work/suite/hostile"
cp "$here/../libvirt-power-management.rng" "$work/suite/" 2>/dev/null || :
mkdir -p "$work/doc"
cp "$here/../../doc/pmprobe-report.rng" "$work/doc/" 2>/dev/null || :
# shellcheck disable=SC2086 # file names without blanks
"$here/build.sh" --view unprivileged "$work/trees" $case_files
mkdir "$work/results"
chown "$user:$group" "$work/results"
set -- "$work/bin/$(basename "$pmprobe")" "$work/bin/$(basename "$drop_in")"
[ -z "$format_check" ] || set -- "$@" "$work/bin/$(basename "$format_check")"
echo "reading the trees as $user (uid $(id -u "$user"), gid $group)"
names=$(for f in $case_files; do basename "$f" .sh; done | tr '\n' ' ')
setpriv --reuid="$user" --regid="$group" --clear-groups env LD_LIBRARY_PATH="$work/bin" \
	HOSTILE_CASES="$names" "$work/suite/hostile/run.sh" --inner "$work" unprivileged "$@"
