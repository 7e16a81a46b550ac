#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# fuzz/acpi, fuzz/text: builds the libFuzzer targets with clang (ASan+UBSan), replays every kept
# crash input (regress/<target>/*), then runs each target for a bounded time from seeds.
#
# Usage: run.sh SOURCE_DIR SEED_DIR [SECONDS] [SET]
#   SET  acpi (the default): the ACPI table targets, seeded with the compiled test tables in
#        SEED_DIR and every fixture's tables; text: the text parsers and the verdict rules, seeded
#        with the fixtures' files (SEED_DIR is not read); all; or target names (tokens swaps ...).
# Environment: PMPROBE_FUZZ_SECONDS overrides SECONDS; PMPROBE_FUZZ_RUNS=N runs N inputs per
# target instead of a time (fuzz-walk a hundredth of them); PMPROBE_FUZZ_KEEP=DIR keeps binaries,
# corpora and logs in DIR.
# Prints each target's execution count. A crash fails and leaves its input in the work directory.
set -eu
# Absolute paths: the targets run in the work directory (a relative SOURCE_DIR such as `.`
# named nothing there).
src=$(cd "$1" && pwd)
seeds=$2
case $seeds in /*) ;; *) seeds=$PWD/$seeds ;; esac
seconds=${PMPROBE_FUZZ_SECONDS:-${3:-15}}
set=${4:-acpi}
here=$src/tests/fuzz
acpi_targets="acpi-table acpi-fadt acpi-facs acpi-aml"
text_targets="tokens swaps meminfo cmdline numbers manifest tree modules walk"
case $set in
acpi) targets=$acpi_targets ;;
text) targets=$text_targets ;;
all) targets="$acpi_targets $text_targets" ;;
*) targets=$set ;;
esac
command -v clang >/dev/null || { echo "SKIP: clang is needed for libFuzzer" >&2; exit 77; }
if [ -n "${PMPROBE_FUZZ_KEEP:-}" ]; then
	mkdir -p "$PMPROBE_FUZZ_KEEP"
	work=$(cd "$PMPROBE_FUZZ_KEEP" && pwd)
else
	work=$(mktemp -d)
fi
status=0
# clang with the project's warnings, as errors.
cc() {
	clang -std=gnu11 -g -O1 -fno-sanitize-recover=all -Wall -Wextra -Werror -Wshadow \
		-Wformat=2 -Wmissing-prototypes -Wstrict-prototypes -Wvla -Wwrite-strings \
		-Wno-format-nonliteral -D_GNU_SOURCE -DPMPROBE_VERSION='"fuzz"' \
		-DSYSCONFDIR='"/etc"' -I"$src/include" -I"$src/src/lib" "$@"
}

# clang without its libFuzzer runtime (compiler-rt) cannot build any target: skip as without clang.
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);\n%s\n' \
	'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return d && n > 1 && 0; }' |
	clang -x c -fsanitize=fuzzer,address,undefined -o "$work/probe-libfuzzer" - 2>/dev/null || {
	echo "SKIP: clang cannot link -fsanitize=fuzzer (is compiler-rt installed?)" >&2
	[ -n "${PMPROBE_FUZZ_KEEP:-}" ] || rm -rf "$work"
	exit 77
}

# The library's core once, instrumented; each target links what it uses from the archive. The
# writers (json-c, libxml2) and the libudev backend are not parsers of input bytes.
mkdir -p "$work/obj"
for c in "$src"/src/lib/*.c; do
	case ${c##*/} in format-* | source-udev.c | kmod-lookup.c) continue ;; esac
	cc -fsanitize=fuzzer-no-link,address,undefined -c "$c" -o "$work/obj/$(basename "$c" .c).o"
done
rm -f "$work/libcore.a"
ar rcs "$work/libcore.a" "$work"/obj/*.o

# Copies files into a seed directory under names that cannot collide.
add_seeds() {
	dir=$1
	shift
	mkdir -p "$dir"
	for f; do
		[ -f "$f" ] && cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)"
	done
	return 0
}

# A fixture as fuzz-tree reads it: control byte '0' (compare the suspend scope, keep the tree's
# firmware), then `\0PATH\nCONTENT` per file, ACPI tables in hex.
tree_seed() {
	printf '0'
	(cd "$1" && find . -type f ! -name EXPECTED | LC_ALL=C sort) | while read -r f; do
		f=${f#./}
		printf '\000%s\n' "$f"
		case $f in
		sys/firmware/acpi/tables/*) od -An -v -tx1 "$1/$f" | tr -d ' \n' ;;
		*) tr -d '\000' <"$1/$f" ;;
		esac
	done
}

# A fixture as fuzz-walk makes it on disk: `TPATH\nDATA` per entry, NUL-separated (d directory,
# f file, l symlink), its sys/devices, sys/class/rtc, sys/bus and sys/module first.
walk_seed() {
	(cd "$1" && find sys/devices sys/class/rtc sys/bus sys/module sys/power RECORD \
		! -type d -print 2>/dev/null | LC_ALL=C sort | head -n 64) | while read -r f; do
		if [ -L "$1/$f" ]; then
			printf 'l%s\n%s\000' "$f" "$(readlink "$1/$f")"
		else
			printf 'f%s\n' "$f"
			tr -d '\000' <"$1/$f"
			printf '\000'
		fi
	done
}

seed_target() {
	dir=$work/seeds-$1
	rm -rf "$dir"
	mkdir -p "$dir"
	fx=$src/fixtures/sysfs
	case $1 in
	acpi-*)
		# shellcheck disable=SC2046
		add_seeds "$dir" $(find "$seeds" "$fx" -type f \
			\( -name '*.aml' -o -path '*/acpi/tables/*' \) 2>/dev/null)
		;;
	tokens)
		add_seeds "$dir" "$fx"/*/sys/power/state "$fx"/*/sys/power/mem_sleep \
			"$fx"/*/sys/power/disk "$fx"/*/sys/kernel/security/lockdown
		printf 's2idle [deep] [shallow]' >"$dir/two-selected"
		printf '[platform shutdown' >"$dir/unterminated"
		;;
	swaps) add_seeds "$dir" "$fx"/*/proc/swaps ;;
	meminfo) add_seeds "$dir" "$fx"/*/proc/meminfo ;;
	cmdline) add_seeds "$dir" "$fx"/*/proc/cmdline ;;
	numbers)
		add_seeds "$dir" "$fx"/*/sys/power/resume "$fx"/*/sys/power/resume_offset \
			"$fx"/*/sys/power/image_size "$fx"/*/sys/class/block/*/dev
		printf '18446744073709551615' >"$dir/u64-max"
		printf '18446744073709551616' >"$dir/u64-max-plus-1"
		printf '4095:1048575' >"$dir/devnum-max"
		;;
	manifest) add_seeds "$dir" "$fx"/*/RECORD ;;
	walk)
		for t in "$fx"/*/; do
			[ -d "$t/sys/devices" ] && walk_seed "$t" >"$dir/$(basename "$t")"
		done
		;;
	modules)
		printf '\000amd_pmc\nkernel/drivers/platform/x86/amd/pmc/amd-pmc.ko.xz: kernel/a.ko\n' \
			>"$dir/dep"
		printf '\001intel_pmc_core\nkernel/drivers/platform/x86/intel/pmc/intel_pmc_core.ko\n' \
			>"$dir/builtin"
		printf '\000e1000e\n/lib/modules/6.1.0/extra/e1000e.ko.zst:\nupdates/x.ko\n' >"$dir/absolute"
		;;
	tree)
		for t in "$fx"/*/; do
			tree_seed "$t" >"$dir/$(basename "$t")"
		done
		# Swap on a /dev/mapper name, found through sys/class/block/*/dm/name.
		printf '0\000RECORD\nwritable: sys/power/state\n\000sys/power/state\nmem disk
\000sys/power/disk\n[platform] suspend\000sys/power/resume\n254:1
\000proc/swaps\nFilename Type Size Used Priority
/dev/mapper/vg0-swap partition 8388604 0 -2\n\000proc/meminfo\nActive(anon): 1024 kB
\000proc/cmdline\nro quiet\000sys/class/block/dm-1/dm/name\nvg0-swap
\000sys/class/block/dm-1/dev\n254:1\n' >"$dir/mapper-swap"
		;;
	esac
	if [ -d "$here/regress/$1" ]; then
		add_seeds "$dir" "$here/regress/$1"/*
	fi
}

for target in $targets; do
	case $target in
	# The AML walk costs its input's length: inputs up to the fixtures' DSDTs (8 KiB) keep it
	# above 10,000 runs a second, so that a long run (PMPROBE_FUZZ_RUNS=1000000) is minutes.
	acpi-aml) set -- -max_len=8192 ;;
	acpi-*) set -- -max_len=65536 ;;
	tree) set -- -max_len=16384 "-dict=$here/text.dict" ;;
	walk) set -- -max_len=16384 ;;
	*) set -- -max_len=8192 -use_value_profile=1 "-dict=$here/text.dict" ;;
	esac
	bin=$work/fuzz-$target
	cc -fsanitize=fuzzer,address,undefined -o "$bin" "$here/fuzz-$target.c" "$work/libcore.a"
	seed_target "$target"
	mkdir -p "$work/corpus-$target"

	# Every crash ever found stays fixed.
	n=$(find "$here/regress/$target" -type f 2>/dev/null | wc -l)
	if [ "$n" -gt 0 ]; then
		if ! (cd "$work" && "$bin" "$here/regress/$target"/* >"$work/$target-regress.log" 2>&1)
		then
			tail -n 40 "$work/$target-regress.log" >&2
			echo "FAIL: fuzz-$target: a kept regression input crashes again" >&2
			status=1
			continue
		fi
		echo "ok: fuzz-$target: $n regression inputs replayed"
	fi

	if [ -n "${PMPROBE_FUZZ_RUNS:-}" ]; then
		limit="-runs=$PMPROBE_FUZZ_RUNS"
		# fuzz-walk makes each tree on disk: a thousand system calls an input, not microseconds.
		[ "$target" != walk ] || limit="-runs=$(((PMPROBE_FUZZ_RUNS + 99) / 100))"
	else
		limit="-max_total_time=$seconds"
	fi
	# -timeout: one input's limit, which only a hang reaches, even on a loaded machine.
	if (cd "$work" && "$bin" "$limit" "$@" -timeout=300 -print_final_stats=1 \
		"$work/corpus-$target" "$work/seeds-$target" >"$work/$target.log" 2>&1); then
		runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" |
			grep -o '[0-9]*$')
		echo "ok: fuzz-$target: $runs runs ($limit), no crash"
	else
		tail -n 40 "$work/$target.log" >&2
		echo "FAIL: fuzz-$target crashed; inputs kept in $work" >&2
		status=1
	fi
done
[ "$status" = 1 ] || [ -n "${PMPROBE_FUZZ_KEEP:-}" ] || rm -rf "$work"
exit $status
