# SPDX-License-Identifier: GPL-2.0-or-later
# Helpers shared by build.sh, run.sh and the case snippets of the hostile-tree suite.
# shellcheck shell=sh

# meta KEY FILE: the values of a case's `# KEY: value` header lines, one a line.
meta() {
	sed -n "s/^# $1: //p" "$2"
}

# view_meta VIEW KEY FILE: `# unprivileged-KEY:` lines in the unprivileged view when the case
# has them, else `# KEY:` lines.
view_meta() {
	if [ "$1" = unprivileged ] && [ -n "$(meta "unprivileged-$2" "$3")" ]; then
		meta "unprivileged-$2" "$3"
	else
		meta "$2" "$3"
	fi
}

# detect_view DIR: `privileged` when this caller reads a file of mode 000 (root, or
# CAP_DAC_OVERRIDE), else `unprivileged`. Modes mean something only in the second view.
detect_view() {
	probe=$1/.view-probe
	echo x >"$probe"
	chmod 000 "$probe"
	if cat "$probe" >/dev/null 2>&1; then
		echo privileged
	else
		echo unprivileged
	fi
	rm -f "$probe"
}

# The case snippets run in the case's tree with these.

# put PATH FORMAT [ARG...]: replace PATH (file, directory or link) by printf's output.
put() {
	target=$1
	shift
	mkdir -p "$(dirname "$target")"
	rm -rf "$target"
	# shellcheck disable=SC2059 # the format is the caller's, on purpose
	printf -- "$@" >"$target"
}

# fill PATH BYTES WORD: replace PATH by exactly BYTES bytes of "WORD WORD WORD ...".
fill() {
	rm -rf "$1"
	yes "$3" | tr '\n' ' ' | head -c "$2" >"$1"
}

# random_bytes SEED COUNT: COUNT bytes from a fixed linear congruential generator (the
# ZX81's, exact in any awk's doubles), so every build makes the same "random" file.
random_bytes() {
	# shellcheck disable=SC2059 # the format is octal escapes only, made here
	printf "$(awk -v x="$1" -v n="$2" 'BEGIN {
		for (i = 0; i < n; i++) { x = (x * 75 + 74) % 65537; printf "\\%03o", x % 256 }
	}')"
}

# le32 N: N as four little-endian bytes.
le32() {
	# shellcheck disable=SC2059
	printf "$(awk -v n="$1" 'BEGIN {
		for (i = 0; i < 4; i++) { printf "\\%03o", n % 256; n = int(n / 256) }
	}')"
}

# poke FILE OFFSET: overwrite FILE's bytes at OFFSET with stdin, in place.
poke() {
	dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

# cut_to FILE BYTES: keep the first BYTES bytes of FILE.
cut_to() {
	head -c "$2" "$1" >"$1.cut"
	mv "$1.cut" "$1"
}

# fifo PATH: replace PATH by a named pipe with no writer: a read would block forever.
fifo() {
	rm -rf "$1"
	mkfifo "$1"
}

# nest PATH DEPTH: replace PATH by DEPTH directories nested in each other (d/d/d/...),
# made a hundred levels per mkdir so that the whole path may exceed PATH_MAX.
nest() {
	rm -rf "$1"
	mkdir -p "$1"
	(
		cd "$1" || exit
		step=
		i=0
		while [ "$i" -lt 100 ]; do
			step=${step}d/
			i=$((i + 1))
		done
		left=$2
		while [ "$left" -ge 100 ]; do
			mkdir -p "$step"
			cd -P "$step" || exit
			left=$((left - 100))
		done
	)
}

# dotdots: "../" 64 times: from any directory of a tree up past the file system's root.
dotdots() {
	i=0
	while [ "$i" -lt 64 ]; do
		printf ../
		i=$((i + 1))
	done
}

# swap_line SIZE USED [PRIORITY] [NAME]: /proc/swaps with its header and one partition.
swap_line() {
	put proc/swaps 'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n%s partition\t%s\t%s\t\t%s\n' \
		"${4:-/dev/nvme0n1p3}" "$1" "$2" "${3:--2}"
}

# amd_s2idle: an AMD laptop (its PMC in sys/bus/acpi/devices) whose mem_sleep selects s2idle,
# so that the platform driver amd_pmc is looked up and its state decides a suspend reason.
amd_s2idle() {
	mkdir -p sys/bus/acpi/devices/AMDI0007:00
	put sys/power/mem_sleep '[s2idle] deep\n'
}

# modules_lists DEP BUILTIN: lib/modules/<RECORD's kernel>/modules.dep and modules.builtin with
# these lines (printf formats).
modules_lists() {
	put lib/modules/6.1.0-18-amd64/modules.dep "$1"
	put lib/modules/6.1.0-18-amd64/modules.builtin "$2"
}
