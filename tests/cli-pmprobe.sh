#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# pmprobe's command line: exit codes (0 ran, 2 bad usage or unusable root, 4 stdout lost) and
# its output; the config file as both programs read it (DROP_IN, pm-is-supported).
# Usage: cli-pmprobe.sh PMPROBE FIXTURES [DROP_IN]
set -euo pipefail
pmprobe=$1
fixtures=$2
drop_in=${3:-}
fail=0
expect() { # expect RC DESCRIPTION -- COMMAND...
	local want=$1 what=$2 rc
	shift 3
	"$@" >/tmp/pmprobe-cli.$$ 2>&1 && rc=0 || rc=$?
	if [ "$rc" != "$want" ]; then
		echo "FAIL: $what: exit $rc, expected $want" >&2
		cat /tmp/pmprobe-cli.$$ >&2
		fail=1
	else
		echo "ok: $what"
	fi
}
any=$(find "$fixtures" -mindepth 1 -maxdepth 1 -type d | sort | sed -n 1p)
expect 0 "--help" -- "$pmprobe" --help
expect 0 "--version" -- "$pmprobe" --version
# The version is the library's that is loaded (libpmprobe.so.VERSION), one line.
lib=$(ldd "$pmprobe" | awk '$1 ~ /^libpmprobe\.so/ { print $3 }')
if [ -n "$lib" ]; then
	want="pmprobe $(basename "$(readlink -f "$lib")" | sed 's/^libpmprobe\.so\.//')"
	[ "$(cat /tmp/pmprobe-cli.$$)" = "$want" ] ||
		{ echo "FAIL: --version says '$(cat /tmp/pmprobe-cli.$$)', not '$want'" >&2; fail=1; }
fi
expect 2 "unknown option" -- "$pmprobe" --bogus
expect 2 "stray argument" -- "$pmprobe" stray
expect 2 "bad policy" -- "$pmprobe" --policy nonsense --sysroot "$any"
expect 2 "missing sysroot" -- "$pmprobe" --sysroot /nonexistent/pmprobe
expect 2 "sysroot is a file" -- "$pmprobe" --sysroot /etc/hostname
expect 0 "summary of a fixture" -- "$pmprobe" --sysroot "$any"
expect 0 "explain a fixture" -- "$pmprobe" --explain --sysroot "$any"
grep -q '^Evidence' /tmp/pmprobe-cli.$$ || { echo "FAIL: --explain lists no evidence" >&2; fail=1; }
for t in suspend hibernate suspend-hybrid freeze standby suspend-then-hibernate; do
	grep -q "^$t " /tmp/pmprobe-cli.$$ || { echo "FAIL: --explain lacks $t" >&2; fail=1; }
done
# No line of the text formats ends in a blank (the verdict lines of --explain once did).
for f in "$fixtures"/*/; do
	for format in text explain; do
		if "$pmprobe" --format "$format" --sysroot "$f" 2>/dev/null | grep -n ' $' >/tmp/pmprobe-cli.$$; then
			echo "FAIL: --format $format on $f: trailing blanks" >&2
			cat -A /tmp/pmprobe-cli.$$ | head -3 >&2
			fail=1
		fi
	done
done
# Bad usage is one line on stderr and util-linux's hint at --help, nothing on stdout.
for bad in --bogus stray '--format=nonsense' '--policy=bogus' '--update'; do
	"$pmprobe" "$bad" >/tmp/pmprobe-cli-out.$$ 2>/tmp/pmprobe-cli.$$ || true
	[ "$(wc -l </tmp/pmprobe-cli.$$)" = 2 ] && [ ! -s /tmp/pmprobe-cli-out.$$ ] &&
		[ "$(tail -n 1 /tmp/pmprobe-cli.$$)" = "Try 'pmprobe --help' for more information." ] ||
		{ echo "FAIL: bad usage '$bad' is not one line and the hint on stderr" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
done
rm -f /tmp/pmprobe-cli-out.$$
# The message for an unusable root is one line naming it.
"$pmprobe" --sysroot /nonexistent/pmprobe 2>/tmp/pmprobe-cli.$$ >/dev/null || true
[ "$(wc -l </tmp/pmprobe-cli.$$)" = 1 ] && grep -q "/nonexistent/pmprobe" /tmp/pmprobe-cli.$$ ||
	{ echo "FAIL: unusable sysroot message" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
# PMPROBE_SYSROOT and PMPROBE_POLICY stand in for the options.
PMPROBE_SYSROOT=$any PMPROBE_POLICY=pm-utils "$pmprobe" >/tmp/pmprobe-cli.$$
grep -q '^Policy: pm-utils' /tmp/pmprobe-cli.$$ && grep -q "^Host: $any" /tmp/pmprobe-cli.$$ ||
	{ echo "FAIL: environment variables ignored" >&2; fail=1; }
# The config file chooses the policy when neither option nor environment does.
printf '# test\npolicy = pm-utils\n' >/tmp/pmprobe-conf.$$
PMPROBE_CONFIG=/tmp/pmprobe-conf.$$ "$pmprobe" --sysroot "$any" >/tmp/pmprobe-cli.$$
grep -q '^Policy: pm-utils' /tmp/pmprobe-cli.$$ ||
	{ echo "FAIL: config file ignored" >&2; fail=1; }
printf 'colour = blue\n' >/tmp/pmprobe-conf.$$
expect 2 "bad config file" -- env PMPROBE_CONFIG=/tmp/pmprobe-conf.$$ "$pmprobe" --sysroot "$any"
# Messages name what is wrong: the policy's value; the config file, line and key.
says() { # says DESCRIPTION TEXT: the last output holds TEXT (fixed string)
	grep -qF -- "$2" /tmp/pmprobe-cli.$$ ||
		{ echo "FAIL: $1: does not say '$2'" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
}
expect 2 "--policy bogus" -- "$pmprobe" --policy bogus --sysroot "$any"
says "--policy bogus" "pmprobe: unknown policy 'bogus' (expected 'feasible' or 'pm-utils')"
expect 2 "--policy bogus check" -- "$pmprobe" --policy bogus check "$any"
says "--policy bogus check" "unknown policy 'bogus'"
expect 2 "--policy with check" -- "$pmprobe" --policy pm-utils check "$any"
says "--policy with check" "check compares under every policy"
expect 2 "PMPROBE_POLICY=bogus" -- env PMPROBE_POLICY=bogus "$pmprobe" --sysroot "$any"
says "PMPROBE_POLICY=bogus" "unknown policy 'bogus' in \$PMPROBE_POLICY"
printf '# a comment\n\npolicy = pm-utils\ncolour = blue\n' >/tmp/pmprobe-conf.$$
expect 2 "config: unknown key" -- env PMPROBE_CONFIG=/tmp/pmprobe-conf.$$ "$pmprobe" --sysroot "$any"
says "config: unknown key" "pmprobe: the pmprobe config file '/tmp/pmprobe-conf.$$' line 4: unknown key 'colour'"
printf 'policy = sometimes\n' >/tmp/pmprobe-conf.$$
expect 2 "config: bad policy" -- env PMPROBE_CONFIG=/tmp/pmprobe-conf.$$ "$pmprobe" --sysroot "$any"
says "config: bad policy" "'/tmp/pmprobe-conf.$$' line 1: key 'policy': unknown policy 'sometimes'"
printf 'policy: pm-utils\n' >/tmp/pmprobe-conf.$$
expect 2 "config: no '='" -- env PMPROBE_CONFIG=/tmp/pmprobe-conf.$$ "$pmprobe" --sysroot "$any"
says "config: no '='" "line 1: unknown key 'policy:'"
# A config file named by PMPROBE_CONFIG must exist; the default one need not.
expect 2 "PMPROBE_CONFIG=/nonexistent" -- env PMPROBE_CONFIG=/nonexistent/pmprobe.conf \
	"$pmprobe" --sysroot "$any"
says "PMPROBE_CONFIG=/nonexistent" "the pmprobe config file '/nonexistent/pmprobe.conf' does not exist"
[ -z "$drop_in" ] || expect 1 "pm-is-supported, PMPROBE_CONFIG=/nonexistent" -- \
	env PMPROBE_CONFIG=/nonexistent/pmprobe.conf "$drop_in" --sysroot "$any" --suspend

# Output formats: --explain is --format explain; the structured ones are checked per fixture
# by formats.sh, here only chosen.
expect 0 "--format explain" -- "$pmprobe" --format explain --sysroot "$any"
"$pmprobe" --explain --sysroot "$any" >/tmp/pmprobe-explain.$$
cmp -s /tmp/pmprobe-cli.$$ /tmp/pmprobe-explain.$$ ||
	{ echo "FAIL: --explain and --format explain differ" >&2; fail=1; }
expect 0 "--format text" -- "$pmprobe" --format text --sysroot "$any"
grep -q '^Host: ' /tmp/pmprobe-cli.$$ || { echo "FAIL: --format text" >&2; fail=1; }
expect 0 "--format xml" -- "$pmprobe" --format=xml --sysroot "$any"
head -n1 /tmp/pmprobe-cli.$$ | grep -q '^<?xml ' || { echo "FAIL: --format xml" >&2; fail=1; }
expect 0 "--format json" -- "$pmprobe" -f json --sysroot "$any"
head -c1 /tmp/pmprobe-cli.$$ | grep -q '{' || { echo "FAIL: --format json" >&2; fail=1; }
# --json and -J are --format json (lsblk, lscpu); --json=short the same on one line (systemctl).
"$pmprobe" -f json --sysroot "$any" >/tmp/pmprobe-json.$$
for opt in --json -J --json=pretty; do
	expect 0 "$opt" -- "$pmprobe" "$opt" --sysroot "$any"
	cmp -s /tmp/pmprobe-cli.$$ /tmp/pmprobe-json.$$ ||
		{ echo "FAIL: $opt is not --format json" >&2; fail=1; }
done
expect 0 "--json=short" -- "$pmprobe" --json=short --sysroot "$any"
[ "$(wc -l </tmp/pmprobe-cli.$$)" = 1 ] && head -c11 /tmp/pmprobe-cli.$$ | grep -q '^{"format":' &&
	python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
		/tmp/pmprobe-cli.$$ /tmp/pmprobe-json.$$ ||
	{ echo "FAIL: --json=short is not the report on one line" >&2; fail=1; }
expect 2 "--json=bogus" -- "$pmprobe" --json=bogus --sysroot "$any"
grep -q "unknown JSON style 'bogus'" /tmp/pmprobe-cli.$$ || { echo "FAIL: --json=bogus" >&2; fail=1; }
expect 2 "--json with --format xml" -- "$pmprobe" --json --format xml --sysroot "$any"
expect 0 "--format libvirt" -- "$pmprobe" --format libvirt --sysroot "$any"
grep -q '^<power_management' /tmp/pmprobe-cli.$$ || { echo "FAIL: --format libvirt" >&2; fail=1; }
# Each reason's effect: a word per --explain line; in text, only what decides is marked.
noswap=$fixtures/synthetic-no-swap
expect 0 "--explain with effects" -- "$pmprobe" --explain --sysroot "$noswap"
grep -q '^    blocks   no-swap: ' /tmp/pmprobe-cli.$$ &&
	grep -q '^    informs  disk-mode-selected: ' /tmp/pmprobe-cli.$$ &&
	! sed -n '/^Verdicts:/,/^$/p' /tmp/pmprobe-cli.$$ | grep '^    ' |
	grep -Ev '^    (blocks|unknown|informs) +[a-z0-9-]+: ' ||
	{ echo "FAIL: --explain effects" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
expect 0 "text with effects" -- "$pmprobe" --sysroot "$noswap"
grep -Eq '^hibernate +no +disk-mode-selected, no-swap \(blocks\)$' /tmp/pmprobe-cli.$$ ||
	{ echo "FAIL: text effects" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
expect 2 "unknown format" -- "$pmprobe" --format yaml --sysroot "$any"
expect 2 "two formats" -- "$pmprobe" --format json --explain --sysroot "$any"

# record: one directory, never a non-empty one.
expect 2 "record without a directory" -- "$pmprobe" record
expect 2 "record with two directories" -- "$pmprobe" record /tmp/a.$$ /tmp/b.$$
expect 2 "record into a non-empty directory" -- "$pmprobe" --sysroot "$any" record "$any"
expect 2 "record into an empty name" -- "$pmprobe" --sysroot "$any" record ""

# check: exit 0 all as expected, 1 a mismatch, 2 unusable; a line per root, then a summary.
expect 2 "check without a root" -- "$pmprobe" check
expect 2 "check with --sysroot" -- "$pmprobe" --sysroot "$any" check "$any"
expect 2 "check --format xml" -- "$pmprobe" --format xml check "$any"
expect 2 "check a tree without EXPECTED" -- "$pmprobe" check /nonexistent/pmprobe
grep -qx '0 passed, 0 failed, 1 error' /tmp/pmprobe-cli.$$ ||
	{ echo "FAIL: check counts an error as an error" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
if command -v jq >/dev/null; then
	work=$(mktemp -d)
	cp -R "$any" "$work/good"
	rm -f "$work/good/EXPECTED"
	for policy in feasible pm-utils; do
		"$pmprobe" --sysroot "$work/good" --policy "$policy" --format json |
			jq -r '.policy as $p | .targets[] |
				"\($p) \(.name) \(.verdict) \([.reasons[].code] | join(" "))"'
	done >"$work/good/EXPECTED"
	cp -R "$work/good" "$work/bad"
	awk 'NR == 1 { $3 = $3 == "yes" ? "no" : "yes" } { print }' "$work/good/EXPECTED" \
		>"$work/bad/EXPECTED"
	expect 0 "check a tree as expected" -- "$pmprobe" check "$work/good"
	grep -q '^ok ' /tmp/pmprobe-cli.$$ && grep -qx '1 passed, 0 failed, 0 errors' /tmp/pmprobe-cli.$$ ||
		{ echo "FAIL: check output" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
	expect 1 "check a mismatch" -- "$pmprobe" check "$work/good" "$work/bad"
	grep -q '^FAIL ' /tmp/pmprobe-cli.$$ && grep -qx '1 passed, 1 failed, 0 errors' /tmp/pmprobe-cli.$$ ||
		{ echo "FAIL: check mismatch output" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
	"$pmprobe" --format json check "$work/good" "$work/bad" /nonexistent/pmprobe \
		>/tmp/pmprobe-cli.$$ 2>/dev/null && rc=0 || rc=$?
	[ "$rc" = 2 ] || { echo "FAIL: check with an unusable root: exit $rc" >&2; fail=1; }
	[ "$(jq -r .result /tmp/pmprobe-cli.$$ | tr '\n' ' ')" = "pass fail error " ] ||
		{ echo "FAIL: check --format json lines" >&2; cat /tmp/pmprobe-cli.$$ >&2; fail=1; }
	# The mismatch gives the effect of each reason got, as the report does.
	read -r policy target _ <"$work/bad/EXPECTED"
	want=$("$pmprobe" --sysroot "$work/good" --policy "$policy" --format json |
		jq -cS --arg t "$target" '[.targets[] | select(.name == $t) | .reasons[] |
			{(.code): .effect}] | add // {}')
	got=$(jq -cS 'select(.result == "fail") | .mismatches[0].effects' /tmp/pmprobe-cli.$$)
	[ "$want" = "$got" ] ||
		{ echo "FAIL: check --format json effects: '$got', expected '$want'" >&2; fail=1; }
	"$pmprobe" check "$work/good" "$work/bad" /nonexistent/pmprobe >/tmp/pmprobe-cli.$$ 2>&1 || :
	tail -n 1 /tmp/pmprobe-cli.$$ | grep -qx '1 passed, 1 failed, 1 error' ||
		{ echo "FAIL: check's summary does not count passed, failed and errors apart" >&2; fail=1; }
	# -j N: the same lines in argument order, whichever tree a thread finishes first.
	roots=("$work/bad" "$work/good" /nonexistent/pmprobe "$work/bad" "$work/good" "$work/good")
	"$pmprobe" check "${roots[@]}" >"$work/serial" 2>&1 || :
	for jobs in 0 2 5 64; do
		"$pmprobe" -j "$jobs" check "${roots[@]}" >"$work/jobs" 2>&1 && rc=0 || rc=$?
		[ "$rc" = 2 ] && cmp -s "$work/serial" "$work/jobs" ||
			{ echo "FAIL: check -j $jobs: exit $rc, or not the serial output" >&2; fail=1; }
	done
	expect 2 "check -j with no number" -- "$pmprobe" -j x check "$work/good"
	expect 2 "check -j below zero" -- "$pmprobe" -j -1 check "$work/good"
	expect 2 "-j without check" -- "$pmprobe" -j 2 --sysroot "$work/good"
	rm -rf "$work"
fi

# A root's name is printed escaped, by check and by the report: a tree's directory
# name is anyone's.
esc=$(mktemp -d)
cp -R "$any" "$esc/$(printf 'r\033[2J\001')"
for cmd in check --sysroot; do
	if [ "$cmd" = check ]; then
		"$pmprobe" check "$esc"/r* >/tmp/pmprobe-cli.$$ 2>&1 || :
	else
		"$pmprobe" --sysroot "$esc"/r* >/tmp/pmprobe-cli.$$ 2>&1 || :
	fi
	if LC_ALL=C grep -q '[[:cntrl:]]' /tmp/pmprobe-cli.$$ || ! grep -qF 'r\x1b[2J\x01' /tmp/pmprobe-cli.$$; then
		echo "FAIL: $cmd prints a root's name unescaped" >&2
		od -c /tmp/pmprobe-cli.$$ | head -5 >&2
		fail=1
	else
		echo "ok: $cmd escapes a root's name"
	fi
done
rm -rf "$esc"

# The config file is untrusted input too (doc/untrusted-trees.md): a FIFO without a writer,
# /dev/zero, a large sparse file and a NUL byte are one line on stderr, exit 2 (the drop-in: 1),
# never a hang; timeout bounds a real one (300 s: only a hang reaches it; the old reader blocked or looped forever on the first
# three).
conf=$(mktemp -d)
mkfifo "$conf/fifo"
truncate -s 8G "$conf/sparse"
printf 'policy = pm-utils\n\0\n' >"$conf/nul"
for c in "$conf/fifo" /dev/zero "$conf/sparse" "$conf/nul"; do
	expect 2 "config file $c" -- timeout -k 2 300 env PMPROBE_CONFIG="$c" "$pmprobe" --sysroot "$any"
	[ "$(wc -l </tmp/pmprobe-cli.$$)" = 1 ] && grep -q '^pmprobe: the pmprobe config file ' \
		/tmp/pmprobe-cli.$$ || { echo "FAIL: config file $c: not one line" >&2; fail=1; }
	[ -z "$drop_in" ] || expect 1 "pm-is-supported, config file $c" -- timeout -k 2 300 \
		env PMPROBE_CONFIG="$c" "$drop_in" --sysroot "$any" --suspend
done
expect 0 "config file /dev/null: no policy" -- env PMPROBE_CONFIG=/dev/null "$pmprobe" --sysroot "$any"
grep -q '^Policy: feasible' /tmp/pmprobe-cli.$$ || { echo "FAIL: /dev/null as config" >&2; fail=1; }
rm -rf "$conf"

# Standard output that cannot be written (a full disk, a closed descriptor): one line on
# stderr and exit 4 for every format, record's and check's output; before, exit 0 and a
# truncated or missing report.
stdout_lost() { # DESCRIPTION COMMAND...: run with stdout on /dev/full, then closed
	local what=$1 rc
	shift
	for how in full closed; do
		if [ "$how" = full ]; then
			"$@" >/dev/full 2>/tmp/pmprobe-cli.$$ && rc=0 || rc=$?
		else
			"$@" >&- 2>/tmp/pmprobe-cli.$$ && rc=0 || rc=$?
		fi
		# The last line (check --format json puts its summary line on stderr before it).
		if [ "$rc" != 4 ] || [ "$(grep -c . /tmp/pmprobe-cli.$$)" -gt 2 ] || ! tail -n 1 \
			/tmp/pmprobe-cli.$$ | grep -q '^pmprobe: cannot write to standard output: '; then
			echo "FAIL: $what, stdout $how: exit $rc, expected 4 and the message" >&2
			cat /tmp/pmprobe-cli.$$ >&2
			fail=1
		else
			echo "ok: $what, stdout $how"
		fi
	done
}
for f in text explain json xml libvirt; do
	stdout_lost "--format $f" "$pmprobe" --sysroot "$any" --format "$f"
done
stdout_lost "check" "$pmprobe" check "$any"
stdout_lost "check --format json" "$pmprobe" --format json check "$any"
stdout_lost "--help" "$pmprobe" --help
rec=$(mktemp -d)
record_json() {
	rm -rf "$rec/tree"
	"$pmprobe" --sysroot "$any" --format json record "$rec/tree"
}
stdout_lost "record --format json" record_json
rm -rf "$rec"

rm -f /tmp/pmprobe-cli.$$ /tmp/pmprobe-json.$$ /tmp/pmprobe-conf.$$ /tmp/pmprobe-explain.$$
exit $fail
