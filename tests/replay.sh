# shellcheck shell=bash disable=SC2034 # as_user, work, root, bin are for the caller
# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by compare-pm-utils.sh and parity.sh (sourced, bash): run as a fixture's recorded user
# on a readable copy of it, writable exactly where its RECORD says, with umockdev's preload and
# the faccessat shim. Callers define skip() and set `set -euo pipefail` first.

# Sets as_user: the command prefix that runs as RECORD's euid (a tree without RECORD: this
# user). Root keeps uid 0 but loses CAP_DAC_OVERRIDE, so that for it too the file modes set by
# replay_copy decide `test -w`.
replay_user() {
	local fixture=$1 euid gid
	if [ -f "$fixture/RECORD" ]; then
		euid=$(sed -n 's/^euid:[[:space:]]*\([0-9]*\).*/\1/p' "$fixture/RECORD")
		[ -n "$euid" ] || { echo "FAIL: $fixture/RECORD has no euid:" >&2; exit 1; }
	else
		euid=$(id -u)
	fi
	if [ "$(id -u)" != 0 ]; then
		[ "$(id -u)" = "$euid" ] || skip "needs root to run as uid $euid"
		as_user=()
	elif [ "$euid" = 0 ]; then
		as_user=(setpriv --inh-caps=-all --bounding-set=-dac_override)
	else
		gid=$(getent passwd "$euid" | cut -d: -f4 || true)
		as_user=(setpriv --reuid="$euid" --regid="${gid:-$(getent group nogroup | cut -d: -f3)}"
			--clear-groups)
	fi
}

# Sets work (removed on exit), root (the copy) and bin (the program copied with its library):
# the checkout may be below a 0700 directory. Nothing is writable but RECORD's writable: paths;
# a tree without that list keeps its files' modes (writable by their owner, who runs the test).
replay_copy() {
	local fixture=$1 program=$2 path writable
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
	chmod 755 "$work"
	root=$work/root
	cp -R "$fixture" "$root"
	replay_uevents "$root"
	chmod -R a+rX "$root"
	if grep -qs '^writable:' "$fixture/RECORD"; then
		find "$root" -type f -exec chmod a-w {} +
		read -ra writable <<<"$(sed -n 's/^writable:[[:space:]]*//p' "$fixture/RECORD")"
		for path in "${writable[@]}"; do
			[ ! -e "$root/$path" ] || chmod a+w "$root/$path"
		done
	fi
	mkdir "$work/bin"
	cp "$program" "$work/bin/"
	cp -P "$(dirname "$program")"/libpmprobe.so* "$work/bin/" 2>/dev/null || true
	bin=$work/bin/$(basename "$program")
}

# libudev takes a directory below /sys/devices as a device only when it has a `uevent` file, as
# sysfs gives the CPU subsystem and every CPU; fixtures keep none (record copies what the probe
# reads), so the copy gets them: the CPU section is read through those devices.
replay_uevents() {
	local d
	[ -d "$1/sys/devices/system/cpu" ] || return 0
	for d in "$1/sys/devices/system/cpu" "$1"/sys/devices/system/cpu/cpu[0-9]*/; do
		[ ! -d "$d" ] || [ -e "$d/uevent" ] || : >"${d%/}/uevent"
	done
}

# Builds (or copies $SHIM) the test-only faccessat shim into $work/shim.so: umockdev leaves
# faccessat() alone, so dash's `test -w` would otherwise look at the host's /sys.
replay_shim() {
	if [ -n "${SHIM:-}" ]; then
		cp "$SHIM" "$work/shim.so"
	else
		command -v cc >/dev/null || skip "no cc to build the faccessat shim (or set SHIM=)"
		cc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$work/shim.so" \
			"$(dirname "${BASH_SOURCE[0]}")/helpers/umockdev-faccessat-shim.c" -ldl
	fi
}
