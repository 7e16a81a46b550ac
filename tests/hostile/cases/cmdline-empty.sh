# SPDX-License-Identifier: GPL-2.0-or-later
# An empty /proc/cmdline.
# shellcheck shell=sh
# explain: ^  proc\.cmdline +present +""
put proc/cmdline ''
