#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# systemd/units: data/systemd's service and timer pass `systemd-analyze verify` without a word,
# the service's exposure (`systemd-analyze security`) stays at most 2.0, it writes only the
# directory its --output names and leaves /sys and /proc as the host has them; and its ExecStart,
# run here with a temporary directory, writes the metrics using no system call its
# SystemCallFilter= lines refuse (traced with strace, when present). 77 without systemd-analyze.
# Usage: systemd-units.sh DATA_SYSTEMD_DIR PMPROBE
set -eu
src=${1:?usage: $0 DATA_SYSTEMD_DIR PMPROBE}
pmprobe=$(cd "$(dirname "${2:?}")" && pwd)/$(basename "$2")
command -v systemd-analyze >/dev/null 2>&1 || { echo "SKIP: no systemd-analyze" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() {
	echo "FAIL: $*" >&2
	fail=1
}
unit=$work/pmprobe-textfile.service
sed "s|@PMPROBE_BINDIR@|$(dirname "$pmprobe")|g" "$src/pmprobe-textfile.service.in" >"$unit"
cp "$src/pmprobe-textfile.timer" "$work/"
grep -q '@[A-Z_]*@' "$unit" && bad "a placeholder left in the service: $(grep '@[A-Z_]*@' "$unit")"

(cd "$work" && systemd-analyze verify --man=no ./pmprobe-textfile.service \
	./pmprobe-textfile.timer) >"$work/verify" 2>&1 || bad "systemd-analyze verify failed"
[ ! -s "$work/verify" ] && echo "ok: systemd-analyze verify" ||
	bad "systemd-analyze verify says: $(cat "$work/verify")"
if systemd-analyze security --offline=yes --threshold=20 "$unit" >"$work/security" 2>&1; then
	echo "ok: $(tail -n 1 "$work/security")"
else
	bad "exposure above 2.0, or no offline analysis: $(tail -n 1 "$work/security")"
fi

# The one directory written is the one the command writes into, and the unit's condition.
value() { sed -n "s/^$1=//p" "$unit"; }
exec_start=$(value ExecStart)
output=${exec_start##*--output }
dir=$(dirname "$output")
[ "$(value ReadWritePaths)" = "$dir" ] || bad "ReadWritePaths=$(value ReadWritePaths), --output in $dir"
[ "$(value ConditionPathIsDirectory)" = "$dir" ] || bad "ConditionPathIsDirectory is not $dir"
[ "$(value ProtectSystem)" = strict ] || bad "ProtectSystem=$(value ProtectSystem)"
[ "$(value NoNewPrivileges)" = yes ] || bad "NoNewPrivileges=$(value NoNewPrivileges)"
# What would change the verdicts: /sys read-only, the module index or /proc/meminfo hidden.
for key in ProtectKernelTunables ProtectKernelModules ProcSubset; do
	[ -z "$(value $key)" ] || bad "$key=$(value $key) changes what pmprobe sees"
done

# The command itself, into a temporary directory, under strace when there is one.
mkdir "$work/textfile"
# shellcheck disable=SC2046 # the command's words, as systemd splits these
set -- $(printf '%s\n' "${exec_start%--output *}")
tracer=""
command -v strace >/dev/null 2>&1 && tracer="strace -f -qq -o $work/trace"
# LeakSanitizer cannot run under ptrace; the other sanitizers can.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 $tracer "$@" \
	--output "$work/textfile/pmprobe.prom" || bad "the service's command failed: $*"
head -n 1 "$work/textfile/pmprobe.prom" | grep -q '^# HELP pmprobe_info ' ||
	bad "the service's command wrote no metrics"
[ -n "$tracer" ] || { echo "SKIP: strace not found, system calls not compared" >&2; exit "$fail"; }
expand() { # the system calls of a group, its groups expanded
	systemd-analyze syscall-filter "$1" | awk '/^    [@a-z0-9_]/ { print $1 }' |
		while read -r s; do
			case $s in
			@*) expand "$s" ;;
			*) echo "$s" ;;
			esac
		done
}
: >"$work/allow"
: >"$work/deny"
value SystemCallFilter | while read -r line; do
	list=allow
	case $line in "~"*) list=deny line=${line#\~} ;; esac
	for s in $line; do
		case $s in
		@*) expand "$s" ;;
		*) echo "$s" ;;
		esac
	done >>"$work/$list"
done
sort -u -o "$work/allow" "$work/allow"
sort -u -o "$work/deny" "$work/deny"
comm -23 "$work/allow" "$work/deny" >"$work/allowed"
awk '{ sub(/^[0-9]+ +/, "") } match($0, /^[a-z0-9_]+\(/) { print substr($0, 1, RLENGTH - 1) }' \
	"$work/trace" | sort -u >"$work/used"
refused=$(comm -23 "$work/used" "$work/allowed" | tr '\n' ' ')
[ -z "$refused" ] && echo "ok: $(wc -l <"$work/used") system calls, each allowed" ||
	bad "system calls the unit refuses: $refused"
exit "$fail"
