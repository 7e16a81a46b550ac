# SPDX-License-Identifier: GPL-2.0-or-later
# EXPECTED is a character device without a driver (240:0): check must not open it.
# shellcheck shell=sh
# explain: ^Verdicts:
# check-error: ^cannot read EXPECTED: Invalid argument$
# Opening 240:0 fails (ENXIO) where it is tried: "Invalid argument" says the type was checked
# first. Without CAP_MKNOD a FIFO stands in (the same answer, but it proves less).
rm EXPECTED
mknod EXPECTED c 240 0 2>/dev/null || mkfifo EXPECTED
