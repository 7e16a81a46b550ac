# SPDX-License-Identifier: GPL-2.0-or-later
# A directory where RECORD belongs.
# shellcheck shell=sh
# unusable: ^pmprobe: cannot read '.*': Is a directory$
rm RECORD
mkdir RECORD
