#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# pmprobe's structured outputs on one fixture, under both policies: the report XML validates
# against doc/pmprobe-report.rng, the libvirt element against libvirt's own schema and matches
# the verdicts, the JSON parses and says what the XML says under the same names (format-check),
# and validates against doc/pmprobe-report.schema.json (json-schema-check.py).
# Usage: formats.sh FIXTURE_DIR PMPROBE FORMAT_CHECK
set -euo pipefail
fixture=${1:?usage: $0 FIXTURE_DIR PMPROBE FORMAT_CHECK}
pmprobe=${2:?}
check=${3:?}
here=$(cd "$(dirname "$0")" && pwd)
libvirt_rng=$here/libvirt-power-management.rng
# The wrapper includes the schema Debian's libvirt0 installs.
[ -r /usr/share/libvirt/schemas/capability.rng ] || libvirt_rng=-
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rc=0
for policy in feasible pm-utils; do
	for format in xml json libvirt; do
		env -u PMPROBE_SYSROOT -u PMPROBE_POLICY "$pmprobe" --sysroot "$fixture" \
			--policy "$policy" --format "$format" >"$work/$policy.$format"
	done
	echo "policy $policy:"
	"$check" "$here/../doc/pmprobe-report.rng" "$libvirt_rng" "$work/$policy.xml" \
		"$work/$policy.json" "$work/$policy.libvirt" && r=0 || r=$?
	"$here/json-schema-check.py" "$here/../doc/pmprobe-report.schema.json" \
		"$work/$policy.json" && s=0 || s=$?
	for r in $r $s; do
		case $r in
		0) ;;
		77) [ "$rc" = 1 ] || rc=77 ;;
		*) rc=1 ;;
		esac
	done
done
exit $rc
