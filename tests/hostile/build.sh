#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the hostile trees of tests/hostile/cases/ below OUTDIR, each with its RECORD and EXPECTED.
#
# Usage: build.sh [--view privileged|unprivileged] OUTDIR [CASE...]   (CASE: a name or a file)
#
# Every case starts as a copy of the sane base tree (fixtures/sysfs/synthetic-s3-laptop-deep)
# with a RECORD of its own, then its snippet (cases/NAME.sh, run in the tree with lib.sh's
# helpers and $BAIT) changes it: FIFOs, modes, symlinks and files too big for git are made
# here, at test time. EXPECTED is base.expected with the case's `# expect:` lines in place of
# the lines for the same policy and target (and, in the unprivileged view, its
# `# unprivileged-expect:` lines on top: there modes bite, root ignores them). OUTDIR/bait is
# outside every root: symlinks that escape would find it and change the answers.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/hostile/lib.sh
. "$here/lib.sh"
base=$here/../../fixtures/sysfs/synthetic-s3-laptop-deep
view=
if [ "${1:-}" = --view ]; then
	view=${2:?}
	shift 2
fi
out=${1:?usage: build.sh [--view privileged|unprivileged] OUTDIR [CASE...]}
shift
umask 022
mkdir -p "$out"
out=$(cd "$out" && pwd -P)
[ -n "$view" ] || view=$(detect_view "$out")
case $view in
privileged | unprivileged) ;;
*)
	echo "build.sh: unknown view '$view'" >&2
	exit 2
	;;
esac
[ "$#" -gt 0 ] || set -- "$here"/cases/*.sh

# What an escaping symlink would find instead of the root's own files: a different host.
bait=$out/bait
rm -rf "$bait"
mkdir -p "$bait/power" "$bait/rtc/rtc0" "$bait/proc" "$bait/block/nvme0n1p3"
printf 'standby\n' >"$bait/power/state"
printf '[disabled]\n' >"$bait/power/disk"
printf '[s2idle]\n' >"$bait/power/mem_sleep"
printf '0:0\n' >"$bait/power/resume"
: >"$bait/rtc/rtc0/wakealarm"
printf 'nohibernate\n' >"$bait/proc/cmdline"
printf 'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n' >"$bait/proc/swaps"
printf 'MemTotal: 1 kB\nActive(anon): 1 kB\n' >"$bait/proc/meminfo"
printf '259:3\n' >"$bait/block/nvme0n1p3/dev"
printf 'format: 1\nwritable:\n' >"$bait/RECORD"
# The other host's modules say amd_pmc is built in (with depmod's indexes, when it is here, so
# that libkmod would answer from them too).
mkdir -p "$bait/lib/modules/6.1.0-18-amd64"
printf 'kernel/drivers/platform/x86/amd/pmc/amd-pmc.ko\n' \
	>"$bait/lib/modules/6.1.0-18-amd64/modules.builtin"
: >"$bait/lib/modules/6.1.0-18-amd64/modules.dep"
PATH=$PATH:/usr/sbin:/sbin depmod -b "$bait" 6.1.0-18-amd64 2>/dev/null || :

# write_expected CASEFILE DEST
write_expected() {
	overrides=$out/.overrides
	meta expect "$1" >"$overrides"
	if [ "$view" = unprivileged ]; then
		meta unprivileged-expect "$1" >>"$overrides"
	fi
	{
		echo "# Hostile case $(basename "$1" .sh), $view view: built by tests/hostile/build.sh from"
		echo "# base.expected and the case's expect lines, which were reasoned from doc/policies.md."
		awk 'FILENAME == ARGV[1] { over[$1 " " $2] = $0; next }
		     /^#/ || NF == 0 { next }
		     { k = $1 " " $2; if (k in over) { print over[k]; used[k] = 1 } else print }
		     END { for (k in over) if (!(k in used)) {
			print "no base line for " k > "/dev/stderr"; exit 1 } }' \
			"$overrides" "$here/base.expected"
	} >"$2"
	rm -f "$overrides"
}

n=0
for case_file in "$@"; do
	case $case_file in
	*/*) ;;
	*) case_file=$here/cases/${case_file%.sh}.sh ;;
	esac
	name=$(basename "$case_file" .sh)
	dir=$out/$name
	if [ "$name" = bait ]; then
		echo "build.sh: 'bait' is taken" >&2
		exit 2
	fi
	if [ -e "$dir" ]; then
		chmod -R u+rwX "$dir" 2>/dev/null || true
		rm -rf "$dir"
	fi
	mkdir -p "$dir"
	cp -R "$base/." "$dir/"
	purpose=$(sed -n 2p "$case_file" | sed 's/^# *//')
	cat >"$dir/RECORD" <<-EOF
		format: 1
		origin: synthetic
		description: hostile tree $name: $purpose
		kernel: 6.1.0-18-amd64
		euid: 0
		writable: sys/power/state sys/power/disk sys/class/rtc/rtc0/wakealarm
	EOF
	write_expected "$case_file" "$dir/EXPECTED"
	# A copy outside the root for run.sh's verdicts: the case may break EXPECTED itself.
	cp "$dir/EXPECTED" "$out/$name.expected"
	if ! (cd "$dir" &&
		BAIT=$bait sh -eu -c '. "$1"; . "$2"' build-case "$here/lib.sh" "$case_file"); then
		echo "build.sh: case $name failed to build" >&2
		exit 1
	fi
	n=$((n + 1))
done
echo "built $n hostile trees in $out ($view view)"
