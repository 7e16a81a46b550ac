#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Debian's original pm-is-supported, with the fixture replayed as /sys and /proc by umockdev,
# must exit as our drop-in's pm-utils policy does on the same tree, for all three methods, both
# run as the fixture's recorded user. Usage: compare-pm-utils.sh FIXTURE_DIR OUR_PM_IS_SUPPORTED
# SHIM=path: a prebuilt umockdev-faccessat-shim.so (else it is built here with cc).
set -euo pipefail
fixture=${1:?usage: $0 FIXTURE_DIR OUR_PM_IS_SUPPORTED}
ours=${2:?usage: $0 FIXTURE_DIR OUR_PM_IS_SUPPORTED}
# pm-utils' own program: where dpkg put it when our package diverts /usr/bin/pm-is-supported.
orig=$(dpkg-divert --truename /usr/bin/pm-is-supported 2>/dev/null) || orig=/usr/bin/pm-is-supported
preload=libumockdev-preload.so.0
skip() { echo "SKIP: $*" >&2; exit 77; }

[ -x "$orig" ] || skip "Debian's pm-utils is not installed ($orig)"
ldconfig -p | grep -F "$preload" >/dev/null || skip "umockdev is not installed ($preload)"
# The original's answer must not depend on this host beyond the replayed tree.
! compgen -G '/etc/pm/config.d/*[!~]' >/dev/null || skip "/etc/pm/config.d is not empty"
! command -v s2ram s2disk s2both >/dev/null || skip "uswsusp is installed"
[ ! -e /dev/pmu ] || skip "this host has /dev/pmu, which umockdev does not hide"

# shellcheck source=tests/replay.sh
. "$(dirname "$0")/replay.sh"
replay_user "$fixture"
replay_copy "$fixture" "$ours"
replay_shim

fail=0
for method in --suspend --hibernate --suspend-hybrid; do
	# The original with a clean environment: pm-utils' default configuration.
	"${as_user[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin UMOCKDEV_DIR="$root" \
		LD_PRELOAD="$preload $work/shim.so" "$orig" "$method" 2>"$work/err" && o=0 || o=$?
	"${as_user[@]}" env LD_LIBRARY_PATH="$work/bin" "$bin" \
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
