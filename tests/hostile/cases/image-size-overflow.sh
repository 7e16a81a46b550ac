# SPDX-License-Identifier: GPL-2.0-or-later
# An image_size of 20 digits, beyond 64 bits; informative only.
# shellcheck shell=sh
# explain: ^  power\.image_size +malformed
put sys/power/image_size '99999999999999999999\n'
