# SPDX-License-Identifier: GPL-2.0-or-later
# A size of 2^64-1 KiB in /proc/swaps: parsed, and room for any image.
# shellcheck shell=sh
# explain: ^  swap\.0 +present +"/dev/nvme0n1p3 partition size=18446744073709551615 KiB used=0 KiB"
swap_line 18446744073709551615 0
