#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Round trip on this host: `pmprobe record` as root and as nobody, then the recording read with
# --sysroot as the same user must give the live probe's facts, verdicts and reasons (the JSON
# reports, less the backend), and `check` must pass on it with an EXPECTED written from the
# live verdicts. Unprivileged, what could not be read is listed as skipped. No serial numbers,
# UUIDs or MAC addresses may end up in the recording.
# Usage: record-live.sh PMPROBE
set -euo pipefail
pmprobe=${1:?usage: $0 PMPROBE}
skip() { echo "SKIP: $*" >&2; exit 77; }
[ "$(id -u)" = 0 ] || skip "needs root, to record as root and as nobody"
command -v jq >/dev/null || skip "jq is not installed"
[ -r /sys/power ] || skip "no sysfs"

# The build tree may be below a 0700 directory: the program and its library go where nobody
# can run them.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir "$work/bin"
cp "$pmprobe" "$work/bin/"
cp -P "$(dirname "$pmprobe")"/libpmprobe.so* "$work/bin/" 2>/dev/null || true
chmod -R a+rX "$work/bin"
bin=$work/bin/$(basename "$pmprobe")

fail=0
no() { echo "FAIL: $*" >&2; fail=1; }

# Values that must never be copied: DMI serials and UUIDs, MAC addresses (when root can see them).
secrets=()
for f in /sys/class/dmi/id/{product_serial,product_uuid,board_serial,chassis_serial} \
	/sys/class/net/*/address; do
	v=$(cat "$f" 2>/dev/null || true)
	case $v in "" | 00:00:00:00:00:00 | "Not Specified" | "To be filled by O.E.M." | 0) continue ;; esac
	[ "${#v}" -ge 6 ] && secrets+=("$v")
done

expected_from() { # live-feasible.json live-pm-utils.json
	for j in "$@"; do
		jq -r '.policy as $p | .targets[] |
			"\($p) \(.name) \(.verdict) \([.reasons[].code] | join(" "))"' "$j"
	done
}

round_trip() { # USER
	local user=$1 dir=$work/$1 as=()
	mkdir "$dir"
	if [ "$user" != root ]; then
		chown "$user" "$dir"
		as=(setpriv --reuid="$user" --regid="$(id -gn "$user" 2>/dev/null || echo nogroup)"
			--clear-groups)
	fi
	run() { "${as[@]}" env -u PMPROBE_SYSROOT -u PMPROBE_POLICY LD_LIBRARY_PATH="$work/bin" \
		"$bin" "$@"; }
	if ! run --format json record "$dir/tree" >"$dir/live.json" 2>"$dir/stderr"; then
		no "$user: record failed"
		cat "$dir/stderr" >&2
		return
	fi
	run --format json --sysroot "$dir/tree" >"$dir/replay.json"
	if diff -u --label "live ($user)" --label "recording ($user)" \
		<(jq -S 'del(.backend, .sysroot)' "$dir/live.json") \
		<(jq -S 'del(.backend, .sysroot)' "$dir/replay.json") >&2; then
		echo "ok: $user: the recording gives the live probe's facts and verdicts"
	else
		no "$user: the recording reads differently from the live host"
	fi
	run --format json --policy pm-utils >"$dir/live-pm-utils.json"
	run --format json --policy pm-utils --sysroot "$dir/tree" >"$dir/replay-pm-utils.json"
	diff -u <(jq -S .targets "$dir/live-pm-utils.json") \
		<(jq -S .targets "$dir/replay-pm-utils.json") >&2 ||
		no "$user: pm-utils verdicts differ between live and recording"
	expected_from "$dir/live.json" "$dir/live-pm-utils.json" >"$dir/EXPECTED"
	"${as[@]}" cp "$dir/EXPECTED" "$dir/tree/EXPECTED"
	if run check "$dir/tree" >"$dir/check" 2>&1; then
		echo "ok: $user: check passes on the recording"
	else
		no "$user: check fails on the recording"
		cat "$dir/check" >&2
	fi
	grep -q "^euid: $(id -u "$user")\$" "$dir/tree/RECORD" || no "$user: RECORD lacks its euid"
	grep -q '^kernel: '"$(uname -r)"'$' "$dir/tree/RECORD" || no "$user: RECORD lacks the kernel"
	grep -q '^writable:' "$dir/tree/RECORD" || no "$user: RECORD lacks writable:"
	# Root-only ACPI tables: skipped, said on stderr and in RECORD, replayed as unreadable.
	if [ "$user" != root ] && [ -e /sys/firmware/acpi/tables/FACP ] &&
		[ "$(stat -c %a /sys/firmware/acpi/tables/FACP)" = 400 ]; then
		grep -Eq '^skipped:.* sys/firmware/acpi/tables/FACP:EACCES' "$dir/tree/RECORD" ||
			no "$user: RECORD does not list the FADT as skipped"
		# One line (on stderr: --format json puts the report on stdout).
		[ "$(wc -l <"$dir/stderr")" = 1 ] &&
			grep -q "^pmprobe: recorded [0-9]* files into '$dir/tree'; skipped, .*sys/firmware/acpi/tables/FACP (EACCES)" "$dir/stderr" ||
			no "$user: stderr does not say in one line that the FADT was skipped"
	fi
	if [ "$user" = root ] && [ -r /sys/firmware/acpi/tables/FACP ]; then
		cmp /sys/firmware/acpi/tables/FACP "$dir/tree/sys/firmware/acpi/tables/FACP" ||
			no "root: the FADT was not copied byte for byte"
	fi
	cmp /proc/cmdline "$dir/tree/proc/cmdline" || no "$user: proc/cmdline not copied exactly"
	for s in "${secrets[@]}"; do
		! grep -rqF -- "$s" "$dir/tree" || no "$user: the recording contains '$s'"
	done
	if run record "$dir/tree" 2>/dev/null; then
		no "$user: record wrote into a non-empty directory"
	elif [ "$?" != 2 ]; then
		no "$user: record into a non-empty directory must exit 2"
	fi
}

round_trip root
getent passwd nobody >/dev/null && round_trip nobody || echo "note: no user nobody"
exit $fail
