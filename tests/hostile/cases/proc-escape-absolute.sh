# SPDX-License-Identifier: GPL-2.0-or-later
# proc an absolute symlink to another tree's /proc.
# shellcheck shell=sh
# explain: ^  proc\.cmdline +missing
# explain: ^  proc\.swaps +missing
# expect: feasible  hibernate               unknown  disk-mode-selected cmdline-unreadable swap-unreadable rtc-wakes-from-s4
# expect: feasible  suspend-hybrid          unknown  disk-mode-selected cmdline-unreadable swap-unreadable rtc-wakes-from-s4 disk-mode-suspend
# expect: feasible  suspend-then-hibernate  unknown  mem-sleep-deep firmware-declares-s3 disk-mode-selected cmdline-unreadable swap-unreadable rtc-wakes-from-s4 rtc-alarm-can-wake
rm -r proc
ln -s "$BAIT/proc" proc
