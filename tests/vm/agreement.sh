#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Usage: agreement.sh PMPROBE FIXTURES_DIR
# For every fixtures/sysfs/qemu-* tree (recorded by tests/vm/run in a QEMU guest), compares
# pmprobe's verdicts (--sysroot, policy feasible) with what the real operation did in that guest,
# from the `observed:` lines of its RECORD:
#   freeze -> freeze, standby -> standby, disk -> hibernate,
#   mem:<the variant selected in the tree's mem_sleep> (mem without mem_sleep) -> suspend,
#   timed-wake (an RTC alarm woke the guest from a sleep state) -> timed-wake.
# yes agrees with `ok`; no agrees with `fails` and `hangs`; unknown claims nothing and is counted
# apart (undecided: the tree lacks what the answer needs). A difference passes only when the RECORD
# explains it (`expected-difference: <operation> <why>`); an explanation without a difference
# fails too, so stale ones do not linger. Prints one line per comparison and a summary.
set -u
pmprobe=$1
fixtures=$2
agree=0 explained=0 disagree=0 stale=0 undecided=0 cases=0

while read -r fx; do
	[ -f "$fx/RECORD" ] || continue
	name=$(basename "$fx")
	cases=$((cases + 1))
	verdicts=$("$pmprobe" --sysroot "$fx" --policy feasible) || {
		echo "$name: pmprobe failed"
		disagree=$((disagree + 1))
		continue
	}
	mem=mem
	if [ -f "$fx/sys/power/mem_sleep" ]; then
		sel=$(grep -o '\[[a-z0-9]*\]' "$fx/sys/power/mem_sleep" | tr -d '[]')
		[ -n "$sel" ] && mem=mem:$sel
	fi
	for pair in freeze:freeze standby:standby disk:hibernate "$mem:suspend" timed-wake:timed-wake; do
		op=${pair%:*} target=${pair##*:}
		observed=$(awk -v op="$op" '$1 == "observed:" && $2 == op {o = $3} END {print o}' "$fx/RECORD")
		[ -n "$observed" ] || continue
		verdict=$(awk -v t="$target" '$1 == t {print $2}' <<<"$verdicts")
		why=$(awk -v op="$op" '$1 == "expected-difference:" && $2 == op {$1 = $2 = ""; print; exit}' "$fx/RECORD")
		if [ "$verdict" = unknown ] && [ -z "$why" ]; then
			echo "$name: $op: undecided: pmprobe $target unknown, observed $observed"
			undecided=$((undecided + 1))
		elif { [ "$verdict" = yes ] && [ "$observed" = ok ]; } ||
			{ [ "$verdict" = no ] && [ "$observed" != ok ]; }; then
			if [ -n "$why" ]; then
				echo "$name: $op: STALE expected-difference: pmprobe $target $verdict, observed $observed"
				stale=$((stale + 1))
			else
				echo "$name: $op: agree: pmprobe $target $verdict, observed $observed"
				agree=$((agree + 1))
			fi
		elif [ -n "$why" ]; then
			echo "$name: $op: explained: pmprobe $target $verdict, observed $observed:$why"
			explained=$((explained + 1))
		else
			echo "$name: $op: DISAGREE: pmprobe $target $verdict, observed $observed"
			disagree=$((disagree + 1))
		fi
	done
done < <(find "$fixtures" -mindepth 1 -maxdepth 1 -type d -name 'qemu-*' | sort)

echo "cases $cases, operations $((agree + explained + disagree + stale + undecided)): agree $agree, explained $explained, disagree $disagree, stale $stale, undecided $undecided"
[ "$cases" -gt 0 ] || { echo "no qemu-* fixture"; exit 1; }
[ "$disagree" = 0 ] && [ "$stale" = 0 ]
