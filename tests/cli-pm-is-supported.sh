#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The drop-in's argument contract, checked against the original pm-is-supported on the same
# tree: every argument form must give the same exit status, stdout and stderr.
set -euo pipefail
ours=$1
# pm-utils' own program: where dpkg put it when our package diverts /usr/bin/pm-is-supported.
orig=$(dpkg-divert --truename /usr/bin/pm-is-supported 2>/dev/null) || orig=/usr/bin/pm-is-supported
preload=libumockdev-preload.so.0
if [ ! -x "$orig" ] || ! ldconfig -p | grep -F "$preload" >/dev/null; then
	echo "SKIP: needs Debian's pm-utils and umockdev" >&2
	exit 77
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/sys/power" "$root/proc"
printf 'freeze mem disk\n' >"$root/sys/power/state"
printf '[platform] shutdown reboot suspend test_resume\n' >"$root/sys/power/disk"
cp /proc/swaps /proc/meminfo /proc/cmdline "$root/proc/"
printf 'format: 1\norigin: synthetic\neuid: 0\nwritable: sys/power/state\n' >"$root/RECORD"

fail=0
check() {
	local o_out o_err o_rc n_out n_err n_rc
	o_out=$(UMOCKDEV_DIR=$root LD_PRELOAD=$preload "$orig" "$@" 2>"$root/err1") && o_rc=0 || o_rc=$?
	o_err=$(cat "$root/err1")
	n_out=$(PMPROBE_POLICY=pm-utils PMPROBE_SYSROOT=$root "$ours" "$@" 2>"$root/err2") && n_rc=0 || n_rc=$?
	n_err=$(cat "$root/err2")
	if [ "$o_rc" != "$n_rc" ] || [ "$o_out" != "$n_out" ] || [ "$o_err" != "$n_err" ]; then
		echo "FAIL: pm-is-supported $(printf '%q ' "$@"): original rc=$o_rc, ours rc=$n_rc" >&2
		diff <(printf '%s\n--\n%s\n' "$o_out" "$o_err") <(printf '%s\n--\n%s\n' "$n_out" "$n_err") >&2 || true
		fail=1
	else
		echo "ok: $(printf '%q ' "$@")-> $n_rc"
	fi
}

check --suspend
check --hibernate
check --suspend-hybrid
check --suspend_hybrid
check suspend
check hibernate
check suspend-hybrid
check --help
check help
check -help
check
check ''
check --bogus
check --suspend extra arguments ignored
check --bogus --suspend
check ' --suspend'
check '--suspend '
check 'suspend hybrid'
check -n
check '-n suspend'
check ---suspend
check --SUSPEND
# --explain is ours alone: each reason with its effect, code and sentence.
PMPROBE_POLICY=pm-utils PMPROBE_SYSROOT=$root "$ours" --explain --hibernate >"$root/out" || true
grep -q '^    informs  state-has-disk: ' "$root/out" ||
	{ echo "FAIL: --explain: no effect on the reason line" >&2; cat "$root/out" >&2; fail=1; }
exit $fail
