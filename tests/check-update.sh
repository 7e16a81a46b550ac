#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Record, then check: `pmprobe record` says in one line what it wrote; `check` on the new tree
# fails clearly (no EXPECTED); `check --update` writes EXPECTED, after which `check` passes; on a
# fixture's copy with a changed line, --update replaces that line only, keeps the comments and
# marks what it wrote; an EXPECTED symlink is refused (an error), never written through.
# Usage: check-update.sh PMPROBE FIXTURE
set -euo pipefail
pmprobe=$1
fixture=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset PMPROBE_SYSROOT PMPROBE_POLICY
export PMPROBE_CONFIG=/dev/null
mark='# snapshot by pmprobe check --update, review by hand'
fail=0
no() {
	echo "FAIL: $*" >&2
	sed 's/^/    /' "$work/out" >&2
	fail=1
}

# This live host, recorded.
"$pmprobe" record "$work/rec" >"$work/out" 2>&1 || no "record exited $?"
n=$(find "$work/rec" -type f | wc -l)
[ "$(wc -l <"$work/out")" = 1 ] && grep -q "^pmprobe: recorded $n files into '$work/rec'; " \
	"$work/out" || no "record does not say in one line where and how many files ($n)"
rc=0
"$pmprobe" check "$work/rec" >"$work/out" 2>&1 || rc=$?
[ "$rc" = 2 ] && grep -q "^ERROR $work/rec: no EXPECTED file ('pmprobe check --update ROOT'" \
	"$work/out" && grep -qx '0 passed, 0 failed, 1 error' "$work/out" ||
	no "check without EXPECTED: exit $rc, not the error naming --update"
"$pmprobe" check --update "$work/rec" >"$work/out" 2>&1 || no "check --update exited $?"
grep -q "^wrote $work/rec: new EXPECTED, 0 verdict lines changed, 14 added" "$work/out" &&
	[ "$(grep -c '^      + ' "$work/out")" = 14 ] || no "check --update does not say what it wrote"
[ "$(head -n 1 "$work/rec/EXPECTED")" = "$mark" ] || no "the new lines are not marked"
"$pmprobe" check "$work/rec" >"$work/out" 2>&1 || no "check after --update exited $?"
"$pmprobe" check --update "$work/rec" >"$work/out" 2>&1 || no "a second --update exited $?"
grep -q "^same  $work/rec: EXPECTED holds the current verdicts" "$work/out" ||
	no "a second --update changed something"
[ "$(grep -c "^$mark\$" "$work/rec/EXPECTED")" = 1 ] || no "a second --update added a mark"

# A fixture's copy, one line changed, a comment and a cpu line beside it.
cp -R "$fixture" "$work/fix"
{
	echo "# a comment of the fixture's author"
	awk '$1 == "feasible" && $2 == "suspend" { $3 = $3 == "yes" ? "no" : "yes"; $0 = $0 " no-swap" }
		{ print }' "$fixture/EXPECTED"
} >"$work/fix/EXPECTED"
cp "$work/fix/EXPECTED" "$work/before"
rc=0
"$pmprobe" check "$work/fix" >"$work/out" 2>&1 || rc=$?
[ "$rc" = 1 ] || no "check of the changed copy: exit $rc, expected 1"
"$pmprobe" check --update "$work/fix" >"$work/out" 2>&1 || no "check --update of the copy exited $?"
grep -q "^wrote $work/fix: refreshed EXPECTED, 1 verdict lines changed, 0 added" "$work/out" &&
	grep -q '^      - feasible suspend ' "$work/out" && grep -q '^      + feasible suspend ' "$work/out" ||
	no "check --update does not say which line it changed"
grep -v '^feasible suspend ' "$work/before" >"$work/kept.before"
grep -v "^feasible suspend \|^$mark\$" "$work/fix/EXPECTED" >"$work/kept.after"
cmp -s "$work/kept.before" "$work/kept.after" || {
	diff -u "$work/kept.before" "$work/kept.after" >"$work/out" || :
	no "check --update did not keep every other line (comments, cpu lines) as it was"
}
grep -B1 '^feasible suspend ' "$work/fix/EXPECTED" | head -n 1 | grep -qx "$mark" ||
	no "the changed line is not marked"
words() { awk '$1 == "feasible" && $2 == "suspend"' "$1" | tr -s ' \t' '\n' | sort; }
cmp -s <(words "$fixture/EXPECTED") <(words "$work/fix/EXPECTED") ||
	no "the changed line does not say what the fixture's own says"
"$pmprobe" check "$work/fix" >"$work/out" 2>&1 || no "check after --update of the copy exited $?"

# EXPECTED as a symlink out of the tree: an error, as check says; its target untouched.
cp -R "$fixture" "$work/link"
echo "outside" >"$work/outside"
ln -sf "$work/outside" "$work/link/EXPECTED"
rc=0
"$pmprobe" check --update "$work/link" >"$work/out" 2>&1 || rc=$?
[ "$rc" = 2 ] && grep -q "^ERROR $work/link: cannot read EXPECTED: Too many levels" "$work/out" ||
	no "check --update of a tree whose EXPECTED is a symlink: exit $rc, not the error"
[ "$(cat "$work/outside")" = outside ] && [ -L "$work/link/EXPECTED" ] ||
	no "check --update wrote through or replaced a symlink"
exit $fail
