#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Both programs on this live host, as root and as an unprivileged user: they run, answer as
# the original pm-utils does, and an unprivileged caller is told it cannot write the state, while
# the verdicts stay the host's (root's, as logind would find them).
set -euo pipefail
pmprobe=$1
drop_in=$2
if [ "$(id -u)" != 0 ] || [ ! -e /sys/power/state ]; then
	echo "SKIP: needs root and a host with /sys/power/state" >&2
	exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
# The build tree may sit below a directory the unprivileged user cannot enter.
cp "$pmprobe" "$drop_in" "$work/"
cp -P "$(dirname "$pmprobe")"/libpmprobe.so* "$work/"
nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env LD_LIBRARY_PATH="$work" "$@"; }
fail=0

nobody "$work/pmprobe" --explain >"$work/out" || { echo "FAIL: pmprobe as nobody" >&2; fail=1; }
grep -Eq '^  power.state.writable +present +"no"' "$work/out" ||
	{ echo "FAIL: nobody was not told that /sys/power/state is not writable" >&2; fail=1; }
# ... which says who has to ask (root, logind), not whether the host can suspend.
grep -A20 '^suspend ' "$work/out" | grep -q 'state-needs-privileges' ||
	{ echo "FAIL: suspend should cite state-needs-privileges for nobody" >&2; fail=1; }
if grep -q 'state-not-writable' "$work/out"; then
	echo "FAIL: nobody's lack of permission is not the host's: state-not-writable" >&2
	fail=1
fi
grep -Eq '^  power.state.writable-by-root +present +"yes"' "$work/out" ||
	{ echo "FAIL: nobody should be told that root can write /sys/power/state" >&2; fail=1; }
sed -n 's/^\(suspend\|hibernate\|freeze\) \+\([a-z]*\).*/\1 \2/p' "$work/out" >"$work/nobody.verdicts"
# Root-only ACPI tables: the unprivileged run says so and still answers from sysfs.
if [ -e /sys/firmware/acpi/tables/FACP ] && [ "$(stat -c %a /sys/firmware/acpi/tables/FACP)" = 400 ]; then
	grep -Eq '^  acpi.FACP +unreadable +\(Permission denied\)' "$work/out" ||
		{ echo "FAIL: nobody should see the FADT as unreadable" >&2; fail=1; }
	grep -A20 '^suspend ' "$work/out" | grep -q 'firmware-tables-unreadable' ||
		{ echo "FAIL: suspend should cite firmware-tables-unreadable" >&2; fail=1; }
fi
cat "$work/out"

"$pmprobe" --explain >"$work/out" || { echo "FAIL: pmprobe as root" >&2; fail=1; }
grep -Eq '^  power.state.writable +present +"yes"' "$work/out" ||
	{ echo "FAIL: root should be able to write /sys/power/state" >&2; fail=1; }
sed -n 's/^\(suspend\|hibernate\|freeze\) \+\([a-z]*\).*/\1 \2/p' "$work/out" >"$work/root.verdicts"
diff -u --label nobody --label root "$work/nobody.verdicts" "$work/root.verdicts" >&2 ||
	{ echo "FAIL: nobody's verdicts are not the host's (root's)" >&2; fail=1; }

# pm-utils' own program, where dpkg put it when the pmprobe package diverts it.
orig=$(dpkg-divert --truename /usr/bin/pm-is-supported 2>/dev/null) || orig=/usr/bin/pm-is-supported
if [ -x "$orig" ]; then
	for m in --suspend --hibernate --suspend-hybrid; do
		"$orig" $m && o=0 || o=$?
		"$drop_in" --policy pm-utils $m && n=0 || n=$?
		echo "live $m: original $o, pmprobe (pm-utils policy) $n"
		[ "$o" = "$n" ] || { echo "FAIL: live $m differs from pm-utils" >&2; fail=1; }
	done
fi
exit $fail
