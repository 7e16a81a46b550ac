# SPDX-License-Identifier: GPL-2.0-or-later
# An empty directory as the root (but for the EXPECTED that check reads).
# shellcheck shell=sh
# explain: ^  power\.state +missing
# expect: feasible  suspend                 no       state-missing
# expect: feasible  hibernate               no       state-missing no-hibernation-support cmdline-unreadable no-resume-device
# expect: feasible  suspend-hybrid          no       state-missing no-hibernation-support cmdline-unreadable no-resume-device
# expect: feasible  freeze                  no       state-missing
# expect: feasible  standby                 no       state-missing
# expect: feasible  suspend-then-hibernate  no       state-missing no-hibernation-support cmdline-unreadable no-resume-device no-rtc
# expect: pm-utils  suspend                 no       state-missing pmu-not-applicable
# expect: pm-utils  hibernate               no       disk-file-missing state-missing
# expect: pm-utils  suspend-hybrid          no       disk-file-missing state-missing no-wake-alarm suspend-unavailable hibernate-unavailable
# expect: feasible  timed-wake              no       no-rtc
for f in *; do [ "$f" = EXPECTED ] || rm -r "$f"; done
