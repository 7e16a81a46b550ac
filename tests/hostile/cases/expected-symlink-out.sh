# SPDX-License-Identifier: GPL-2.0-or-later
# EXPECTED is a symlink out of the tree: check must not follow it (it read it with plain open()).
# shellcheck shell=sh
# explain: ^Verdicts:
# check-error: ^cannot read EXPECTED: Too many levels of symbolic links$
cp EXPECTED "$BAIT/EXPECTED.expected-symlink-out"
rm EXPECTED
ln -s "$BAIT/EXPECTED.expected-symlink-out" EXPECTED
