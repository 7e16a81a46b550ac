#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# pmprobe's command line: exit codes (0 ran, 2 bad usage or unusable root) and its output.
set -euo pipefail
pmprobe=$1
fixtures=$2
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
rm -f /tmp/pmprobe-cli.$$ /tmp/pmprobe-conf.$$
exit $fail
