# SPDX-License-Identifier: GPL-2.0-or-later
# EXPECTED names a reason holding a terminal escape sequence: check must print it escaped.
# shellcheck shell=sh
# explain: ^Verdicts:
# check-error: ^EXPECTED:[0-9]+: unknown reason '\\x1b\[2J\\x1b\]0;owned\\x07'$
esc=$(printf '\033[2J\033]0;owned\007')
awk -v w="$esc" '$1 == "feasible" && $2 == "standby" { $0 = $0 " " w } { print }' EXPECTED \
	>EXPECTED.new
mv EXPECTED.new EXPECTED
