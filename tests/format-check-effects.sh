#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# format-check catches reasons whose effects are wrong: an effect that differs between XML and
# JSON, a "no" without a blocking reason, an effect outside the schema. The fixture must have a
# target whose verdict is no.
# Usage: format-check-effects.sh FIXTURE_DIR PMPROBE FORMAT_CHECK
set -euo pipefail
fixture=${1:?usage: $0 FIXTURE_DIR PMPROBE FORMAT_CHECK}
pmprobe=${2:?}
check=${3:?}
rng=$(cd "$(dirname "$0")" && pwd)/../doc/pmprobe-report.rng
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

for format in xml json libvirt; do
	env -u PMPROBE_SYSROOT -u PMPROBE_POLICY "$pmprobe" --sysroot "$fixture" \
		--policy feasible --format "$format" >"$work/report.$format"
done
grep -q 'verdict="no"' "$work/report.xml" || { echo "FAIL: no verdict is no" >&2; exit 1; }
grep -q 'effect="blocks"' "$work/report.xml" || { echo "FAIL: no reason blocks" >&2; exit 1; }

# expect WANT_RC MESSAGE_PATTERN WHAT XML JSON
expect() {
	local want=$1 pattern=$2 what=$3 rc
	"$check" "$rng" - "$4" "$5" "$work/report.libvirt" >"$work/out" 2>&1 && rc=0 || rc=$?
	if [ "$want" = 1 ] && [ "$rc" = 1 ] && grep -q -- "$pattern" "$work/out"; then
		echo "ok: $what"
	elif [ "$want" = 0 ] && { [ "$rc" = 0 ] || [ "$rc" = 77 ]; }; then
		echo "ok: $what"
	else
		echo "FAIL: $what: exit $rc, expected $want with '$pattern'" >&2
		sed 's/^/    /' "$work/out" >&2
		fail=1
	fi
}

expect 0 "" "the untouched outputs pass" "$work/report.xml" "$work/report.json"

# The first blocking reason informs in the XML only.
sed '0,/effect="blocks"/s//effect="informs"/' "$work/report.xml" >"$work/one.xml"
expect 1 "effect: 'informs' in XML, 'blocks' in JSON" "XML and JSON disagree" \
	"$work/one.xml" "$work/report.json"

# No reason blocks anywhere, in both: every "no" has lost what decided it.
sed 's/effect="blocks"/effect="informs"/g' "$work/report.xml" >"$work/none.xml"
sed 's/"effect": "blocks"/"effect": "informs"/g' "$work/report.json" >"$work/none.json"
cmp -s "$work/report.json" "$work/none.json" &&
	{ echo "FAIL: the JSON has no \"effect\": \"blocks\" to change" >&2; fail=1; }
expect 1 "verdict 'no' with 0 blocking" "a no without a blocking reason" \
	"$work/none.xml" "$work/none.json"

# A field named apart in one format (the drift of 0.3: pmprobe-version, wakeup-count): the
# names are the same in both, so any rename in one fails.
sed 's/ pmprobe_version=/ pmprobe-version=/' "$work/report.xml" >"$work/name.xml"
cmp -s "$work/report.xml" "$work/name.xml" &&
	{ echo "FAIL: the XML has no pmprobe_version to rename" >&2; fail=1; }
expect 1 "attribute pmprobe-version is not in JSON" "a name that differs in XML" \
	"$work/name.xml" "$work/report.json"
sed 's/"enabled":/"enabled_count":/' "$work/report.json" >"$work/name.json"
expect 1 "enabled_count: in JSON, absent in XML" "a name that differs in JSON" \
	"$work/report.xml" "$work/name.json"

# The JSON Schema knows every name too: the renamed member fails it, the untouched report passes.
schema_check() { # schema_check WANT_RC WHAT JSON
	local rc
	"$(dirname "$rng")/../tests/json-schema-check.py" "${rng%.rng}.schema.json" "$3" \
		>"$work/out" 2>&1 && rc=0 || rc=$?
	if [ "$rc" = 77 ]; then
		echo "skip: $2 (no python3-jsonschema)"
	elif [ "$rc" = "$1" ]; then
		echo "ok: $2"
	else
		echo "FAIL: $2: exit $rc, expected $1" >&2
		sed 's/^/    /' "$work/out" >&2
		fail=1
	fi
}
schema_check 0 "the JSON report validates against its schema" "$work/report.json"
schema_check 1 "a name the JSON Schema does not know" "$work/name.json"

# An effect the schema does not know.
sed 's/effect="informs"/effect="decides"/g' "$work/report.xml" >"$work/bad.xml"
sed 's/"effect": "informs"/"effect": "decides"/g' "$work/report.json" >"$work/bad.json"
expect 1 "does not validate" "an effect outside the schema" "$work/bad.xml" "$work/bad.json"
exit $fail
