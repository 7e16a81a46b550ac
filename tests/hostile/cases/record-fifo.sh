# SPDX-License-Identifier: GPL-2.0-or-later
# A FIFO without a writer where RECORD belongs.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': Invalid argument$
fifo RECORD
