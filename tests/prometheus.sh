#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# prometheus/<fixture>: `pmprobe --format prometheus` on one fixture, under both policies, is
# well-formed text exposition format 0.0.4 and says what `--format json` says of the same tree
# (prometheus-check.py): the verdicts, the reasons, pmprobe_info (with RECORD's kernel), the
# mem_sleep variants, the swap areas and the hibernation image.
# Usage: prometheus.sh FIXTURE_DIR PMPROBE
set -eu
fixture=${1:?usage: $0 FIXTURE_DIR PMPROBE}
pmprobe=${2:?}
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The release pmprobe_info should carry: RECORD's last kernel: line, as the manifest reads it.
kernel=""
[ -f "$fixture/RECORD" ] && kernel=$(sed -n 's/^kernel:[ \t]*//p' "$fixture/RECORD" | tail -n 1)
for policy in feasible pm-utils; do
	for format in prometheus json; do
		env -u PMPROBE_SYSROOT -u PMPROBE_POLICY "$pmprobe" --sysroot "$fixture" \
			--policy "$policy" --format "$format" >"$work/$policy.$format"
	done
	printf 'policy %s: ' "$policy"
	"$here/prometheus-check.py" "$work/$policy.prometheus" "$work/$policy.json" "$kernel"
done
