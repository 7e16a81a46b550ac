# SPDX-License-Identifier: GPL-2.0-or-later
# A /sys/power/state of exactly 64 KiB: read, but more tokens than a list holds.
# shellcheck shell=sh
# explain: ^  power\.state +malformed +"freeze mem disk x x x
{ printf 'freeze mem disk '; yes x | tr '\n' ' '; } | head -c 65536 >sys/power/state
