#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for a bounded time, seeded
# with the compiled test tables and every fixture's ACPI tables. Any crash fails the test and
# leaves its input in the work directory printed on failure.
# Usage: run.sh SOURCE_DIR SEED_DIR [SECONDS]   (PMPROBE_FUZZ_SECONDS overrides SECONDS)
set -eu
src=$1
seeds=$2
seconds=${PMPROBE_FUZZ_SECONDS:-${3:-15}}
command -v clang >/dev/null || { echo "SKIP: clang is needed for libFuzzer" >&2; exit 77; }
work=$(mktemp -d)
status=0
mkdir -p "$work/seeds"
find "$seeds" "$src/fixtures/sysfs" -type f \( -name '*.aml' -o -path '*/acpi/tables/*' \) \
	-exec sh -c 'for f; do cp "$f" "$0/$(echo "$f" | md5sum | cut -c1-16)"; done' "$work/seeds" {} +
for target in table fadt facs aml; do
	bin=$work/fuzz-acpi-$target
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-I"$src/src/lib" -o "$bin" "$src/tests/fuzz/fuzz-acpi-$target.c" \
		"$src"/src/lib/acpi-table.c "$src"/src/lib/acpi-fadt.c \
		"$src"/src/lib/acpi-facs.c "$src"/src/lib/acpi-aml.c
	mkdir -p "$work/corpus-$target"
	if (cd "$work" && "$bin" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
		"$work/corpus-$target" "$work/seeds" >"$work/$target.log" 2>&1); then
		echo "ok: fuzz-acpi-$target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$') runs in ${seconds}s, no crash"
	else
		tail -n 40 "$work/$target.log" >&2
		echo "FAIL: fuzz-acpi-$target crashed; inputs kept in $work" >&2
		status=1
	fi
done
[ "$status" = 1 ] || rm -rf "$work"
exit $status
