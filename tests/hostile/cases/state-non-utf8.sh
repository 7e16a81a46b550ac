# SPDX-License-Identifier: GPL-2.0-or-later
# Bytes that are not UTF-8 among the tokens of /sys/power/state.
# shellcheck shell=sh
# explain: ^  power\.state +present
# json: "value_encoding": *"base64"
put sys/power/state 'freeze mem disk \377\376\n'
