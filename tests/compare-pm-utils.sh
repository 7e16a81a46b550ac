#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Debian's original pm-is-supported, with the fixture replayed as /sys and /proc by umockdev,
# must exit as our drop-in's pm-utils policy does on the same tree, for all three methods, both
# run as the fixture's recorded user. Usage: compare-pm-utils.sh FIXTURE_DIR OUR_PM_IS_SUPPORTED
# SHIM=path: a prebuilt umockdev-faccessat-shim.so (else it is built here with cc).
set -euo pipefail
fixture=${1:?usage: $0 FIXTURE_DIR OUR_PM_IS_SUPPORTED}
ours=${2:?usage: $0 FIXTURE_DIR OUR_PM_IS_SUPPORTED}
orig=/usr/bin/pm-is-supported
preload=libumockdev-preload.so.0
skip() { echo "SKIP: $*" >&2; exit 77; }

[ -x "$orig" ] || skip "Debian's pm-utils is not installed ($orig)"
ldconfig -p | grep -F "$preload" >/dev/null || skip "umockdev is not installed ($preload)"
# The original's answer must not depend on this host beyond the replayed tree.
! compgen -G '/etc/pm/config.d/*[!~]' >/dev/null || skip "/etc/pm/config.d is not empty"
! command -v s2ram s2disk s2both >/dev/null || skip "uswsusp is installed"
[ ! -e /dev/pmu ] || skip "this host has /dev/pmu, which umockdev does not hide"

# The recorded user: root keeps its uid but loses CAP_DAC_OVERRIDE, so that, as for anyone
# else, the file modes set below from RECORD's writable: decide what `test -w` sees.
euid=$(sed -n 's/^euid:[[:space:]]*\([0-9]*\).*/\1/p' "$fixture/RECORD")
[ -n "$euid" ] || { echo "FAIL: $fixture/RECORD has no euid:" >&2; exit 1; }
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

# A copy the user can read (the checkout may be below a 0700 directory): nothing writable but
# the paths RECORD lists (none when it does not say: the drop-in then answers "unknown", 1).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
root=$work/root
cp -R "$fixture" "$root"
chmod -R a+rX "$root"
find "$root" -type f -exec chmod a-w {} +
read -ra writable <<<"$(sed -n 's/^writable:[[:space:]]*//p' "$fixture/RECORD")"
for path in "${writable[@]}"; do
	[ ! -e "$root/$path" ] || chmod a+w "$root/$path"
done
mkdir "$work/bin"
cp "$ours" "$work/bin/"
cp -P "$(dirname "$ours")"/libpmprobe.so* "$work/bin/" 2>/dev/null || true

# umockdev leaves faccessat() alone, so dash's `test -w $PM_RTC/wakealarm` would see the
# host's /sys: the shim sends it into the tree as well.
if [ -n "${SHIM:-}" ]; then
	cp "$SHIM" "$work/shim.so"
else
	command -v cc >/dev/null || skip "no cc to build the faccessat shim (or set SHIM=)"
	cc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$work/shim.so" \
		"$(dirname "$0")/umockdev-faccessat-shim.c" -ldl
fi

fail=0
for method in --suspend --hibernate --suspend-hybrid; do
	# The original with a clean environment: pm-utils' default configuration.
	"${as_user[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin UMOCKDEV_DIR="$root" \
		LD_PRELOAD="$preload $work/shim.so" "$orig" "$method" 2>"$work/err" && o=0 || o=$?
	"${as_user[@]}" env LD_LIBRARY_PATH="$work/bin" "$work/bin/$(basename "$ours")" \
		--policy pm-utils --sysroot "$root" "$method" 2>>"$work/err" && n=0 || n=$?
	if [ "$o" != "$n" ]; then
		echo "FAIL: $fixture $method: original pm-is-supported exit $o, ours exit $n" >&2
		cat "$work/err" >&2
		fail=1
	else
		echo "ok: $fixture $method: both exit $o"
	fi
done
exit $fail
