# SPDX-License-Identifier: GPL-2.0-or-later
# 100000 empty sibling directories below sys/devices: the walk must cost a few syscalls each.
# shellcheck shell=sh
# The walk stat'ed power/wakeup, uevent and subsystem in every directory and opened a DIR
# stream: 12 syscalls each, 1.2 million here. Now 4 (open, getdents64 twice,
# close): the bound below is 5 a directory. Counted with strace, never timed.
# explain: ^Verdicts:
# syscalls-max: 500000
mkdir -p sys/devices/platform
(cd sys/devices/platform && seq 100000 | sed 's/^/n/' | xargs mkdir)
