#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# libkmod never reads a tree (doc/untrusted-trees.md): `pmprobe --sysroot` on an AMD tree with
# its own lib/modules/<release> answers amd_pmc from that tree's lists without loading libkmod at
# all, so no index, modprobe.d or FIFO of the tree or of the host can reach libkmod.
# Usage: libkmod-never-for-trees.sh PMPROBE FIXTURE
set -eu
pmprobe=${1:?usage: $0 PMPROBE FIXTURE}
fixture=${2:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$fixture/." "$work/tree"
rel=$work/tree/lib/modules/6.1.0-test
mkdir -p "$work/tree/sys/bus/acpi/devices/AMDI0007:00" "$rel"
printf 'kernel/drivers/platform/x86/amd/pmc/amd-pmc.ko.xz:\n' >"$rel/modules.dep"
: >"$rel/modules.builtin"
LD_DEBUG=libs "$pmprobe" --sysroot "$work/tree" --explain >"$work/out" 2>"$work/libs"
grep -Eq '^  platform\.amd_pmc +present +"loadable" +\[lib/modules\]' "$work/out" || {
	echo "FAIL: amd_pmc is not loadable from the tree's modules.dep:" >&2
	grep amd_pmc "$work/out" >&2
	exit 1
}
grep -q 'calling init' "$work/libs" || { echo "SKIP: LD_DEBUG says nothing here" >&2; exit 77; }
if grep -E 'libkmod' "$work/libs" >&2; then
	echo "FAIL: libkmod was loaded for a tree" >&2
	exit 1
fi
echo "ok: the tree's lists answered, libkmod was not loaded"
