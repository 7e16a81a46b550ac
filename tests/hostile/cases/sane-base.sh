# SPDX-License-Identifier: GPL-2.0-or-later
# The base tree itself, unchanged: every other case is this tree and one change.
# shellcheck shell=sh
# explain: ^  power\.state +present +"freeze mem disk"
:
