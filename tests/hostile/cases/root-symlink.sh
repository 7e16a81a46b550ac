# SPDX-License-Identifier: GPL-2.0-or-later
# The root a symlink to the tree.
# shellcheck shell=sh
# root: root
# explain: ^  power\.state +present
mkdir tree
mv EXPECTED RECORD proc sys tree/
ln -s tree root
