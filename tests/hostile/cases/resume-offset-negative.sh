# SPDX-License-Identifier: GPL-2.0-or-later
# A negative resume_offset, unused with a swap partition.
# shellcheck shell=sh
# explain: ^  power\.resume_offset +malformed +"-5"
put sys/power/resume_offset '-5\n'
