#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# cli/output: `pmprobe --output FILE` writes what stdout would get into FILE atomically: a new
# file renamed over FILE (a reader holding the old one keeps it whole), mode 0644 whatever the
# umask, no temporary file left, even when it fails (exit 4); and only with a report.
# Usage: cli-output.sh PMPROBE FIXTURE
set -eu
pmprobe=${1:?usage: $0 PMPROBE FIXTURE}
fixture=${2:?}
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
fail=0
bad() {
	echo "FAIL: $*" >&2
	fail=1
}
run() { # run COMMAND...: exit status in $rc, stdout in $work/stdout, stderr in $work/stderr
	env -u PMPROBE_SYSROOT -u PMPROBE_POLICY "$@" >"$work/stdout" 2>"$work/stderr" && rc=0 || rc=$?
}
out=$work/textfile/pmprobe.prom
mkdir "$work/textfile"

# The same bytes as stdout, mode 0644 under umask 077, nothing else in the directory.
run "$pmprobe" --sysroot "$fixture" --format prometheus
cp "$work/stdout" "$work/want"
(umask 077 && run "$pmprobe" --sysroot "$fixture" --format prometheus --output "$out" &&
	echo "$rc" >"$work/rc")
[ "$(cat "$work/rc")" = 0 ] || bad "--output: exit $(cat "$work/rc")"
[ ! -s "$work/stdout" ] || bad "--output also wrote to stdout"
cmp -s "$work/want" "$out" || bad "--output's file differs from stdout's report"
[ "$(stat -c %a "$out")" = 644 ] || bad "--output's file has mode $(stat -c %a "$out"), not 644"
[ "$(ls -A "$work/textfile")" = pmprobe.prom ] ||
	bad "left in the directory: $(ls -A "$work/textfile" | tr '\n' ' ')"

# Renamed over, not rewritten: a link to the old file still holds the old bytes.
echo old >"$out"
ln "$out" "$work/old"
run "$pmprobe" --sysroot "$fixture" --format json -o "$out"
[ "$rc" = 0 ] || bad "--output over a file: exit $rc"
[ "$(cat "$work/old")" = old ] || bad "the old file was written in place, not replaced"
grep -q '"targets"' "$out" || bad "--format json --output wrote no JSON report"
[ "$(ls -A "$work/textfile")" = pmprobe.prom ] ||
	bad "left in the directory: $(ls -A "$work/textfile" | tr '\n' ' ')"

# A directory it cannot write: exit 4, one line naming the file, nothing left behind.
if [ "$(id -u)" != 0 ]; then
	chmod a-w "$work/textfile"
	run "$pmprobe" --sysroot "$fixture" --format prometheus --output "$out"
	chmod u+w "$work/textfile"
	[ "$rc" = 4 ] || bad "unwritable directory: exit $rc, expected 4"
fi
run "$pmprobe" --sysroot "$fixture" --format prometheus --output "$work/missing/pmprobe.prom"
[ "$rc" = 4 ] || bad "missing directory: exit $rc, expected 4"
grep -q "cannot write '$work/missing/pmprobe.prom'" "$work/stderr" ||
	bad "missing directory: no message naming the file: $(cat "$work/stderr")"
[ ! -e "$work/missing" ] || bad "missing directory: created"

# Bad usage: a directory, an empty name, with record or check.
for args in "--output $work/textfile/" "--output=" "--output $out check $fixture" \
	"--output $out record $work/rec"; do
	# shellcheck disable=SC2086 # the words of one case
	run "$pmprobe" --sysroot "$fixture" $args
	[ "$rc" = 2 ] || bad "pmprobe $args: exit $rc, expected 2"
done
[ ! -e "$work/rec" ] || bad "record ran with --output"

# Landlock, where the kernel has it: writes only below FILE's directory.
PMPROBE_DEBUG=1 run "$pmprobe" --sysroot "$fixture" --format prometheus --output "$out"
if grep -q 'sandbox: Landlock' "$work/stderr"; then
	grep -q "no writes but below '$work/textfile'" "$work/stderr" ||
		bad "the sandbox does not name the output's directory: $(grep sandbox "$work/stderr")"
fi
[ "$fail" = 0 ] && echo "ok: --output"
exit "$fail"
