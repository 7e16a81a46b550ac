# SPDX-License-Identifier: GPL-2.0-or-later
# RECORD missing entirely: the tree reads as it would replayed as /sys, writability from its own files.
# shellcheck shell=sh
# explain: ^  power\.state\.writable +present +"yes"
# unprivileged-explain: ^  power\.state\.writable +present +"no"
# unprivileged-explain: ^  power\.state\.writable-by-root +present +"yes"
# unprivileged-expect: feasible  suspend                 yes      mem-sleep-deep firmware-declares-s3 state-needs-privileges
# unprivileged-expect: feasible  hibernate               yes      state-needs-privileges disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4
# unprivileged-expect: feasible  suspend-hybrid          yes      state-needs-privileges disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 disk-mode-suspend
# unprivileged-expect: feasible  freeze                  yes      state-has-freeze state-needs-privileges
# unprivileged-expect: feasible  standby                 no       state-lacks-standby state-needs-privileges
# unprivileged-expect: feasible  suspend-then-hibernate  yes      mem-sleep-deep firmware-declares-s3 state-needs-privileges disk-mode-selected resume-on-swap-partition swap-enough rtc-wakes-from-s4 rtc-alarm-can-wake
rm RECORD
