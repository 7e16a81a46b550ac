#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# PMPROBE_DEBUG=1 explains an `unknown`: on a tree with a file that cannot be read (a directory
# where sys/power/disk should be) and one that does not parse, the debug log names both files
# with the error and the reason, names from the tree escaped; without it nothing is logged; the
# drop-in's log shows it reads only what its one target needs.
# Usage: cli-debug-log.sh PMPROBE PM_IS_SUPPORTED FIXTURE
set -euo pipefail
pmprobe=${1:?usage: $0 PMPROBE PM_IS_SUPPORTED FIXTURE}
drop_in=${2:?}
fixture=${3:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*" >&2; fail=1; }
unset PMPROBE_DEBUG PMPROBE_SYSROOT PMPROBE_POLICY

tree=$work/tree
cp -a "$fixture" "$tree"
rm "$tree/sys/power/disk"
mkdir "$tree/sys/power/disk"
echo '[s2idle] [deep]' >"$tree/sys/power/mem_sleep"
# A swap partition whose name carries an escape sequence: its block device is looked up.
printf '/dev/\033[2Jevil\tpartition\t1024\t0\t-3\n' >>"$tree/proc/swaps"

PMPROBE_DEBUG=1 "$pmprobe" --explain --sysroot "$tree" >"$work/out" 2>"$work/log"
grep -q '^hibernate .*unknown' "$work/out" || bad "hibernate is not unknown: $(cat "$work/out")"
grep -q "'sys/power/disk': EISDIR (Is a directory)" "$work/log" ||
	bad "the log does not name sys/power/disk and its error"
grep -q "'sys/power/mem_sleep' is malformed: .*two selected" "$work/log" ||
	bad "the log does not say why sys/power/mem_sleep is malformed"
grep -Eq "'sys/power/state': [0-9]+ bytes" "$work/log" || bad "the log lacks a successful read"
# Names from the tree reach stderr escaped (doc/untrusted-trees.md).
grep -qF "'sys/class/block/\x1b[2Jevil/dev': ENOENT" "$work/log" ||
	bad "the log does not name the swap's block device, escaped"
! grep -q "$(printf '\033')" "$work/log" || bad "the log sends an escape byte to the terminal"

"$pmprobe" --explain --sysroot "$tree" >"$work/out" 2>"$work/log"
[ ! -s "$work/log" ] || bad "without PMPROBE_DEBUG something was logged: $(cat "$work/log")"

# The drop-in logs the same way, and its reads are its target's: no ACPI table, no swap for
# suspend; the disk for hibernate.
rc=0
PMPROBE_DEBUG=1 "$drop_in" --sysroot "$tree" --hibernate >"$work/out" 2>"$work/log" || rc=$?
[ "$rc" = 1 ] || bad "pm-is-supported --hibernate: exit $rc, expected 1"
grep -q "'sys/power/disk': EISDIR" "$work/log" || bad "the drop-in's log does not name the disk"
! grep -q "acpi/tables" "$work/log" || bad "pm-is-supported --hibernate read an ACPI table"
PMPROBE_DEBUG=1 "$drop_in" --sysroot "$tree" --suspend >"$work/out" 2>"$work/log" || true
grep -q "'sys/power/state'" "$work/log" || bad "pm-is-supported --suspend did not read the state"
! grep -Eq "proc/swaps|sys/power/disk|acpi/tables" "$work/log" ||
	bad "pm-is-supported --suspend read more than suspend needs"
[ "$fail" = 0 ] && echo "ok: the debug log explains the unknown"
exit "$fail"
