# SPDX-License-Identifier: GPL-2.0-or-later
# nohibernate after a NUL byte on the command line: the text ends at the NUL.
# shellcheck shell=sh
# explain: ^  proc\.cmdline +present +"quiet"  
put proc/cmdline 'quiet\000nohibernate\n'
