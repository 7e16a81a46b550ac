# SPDX-License-Identifier: GPL-2.0-or-later
# sys a symlink through /proc/self/root to the host's /sys.
# shellcheck shell=sh
# explain: ^  power\.state +missing
# expect: feasible  suspend                 no       state-missing
# expect: feasible  hibernate               no       state-missing no-hibernation-support resume-on-swap-partition swap-enough
# expect: feasible  suspend-hybrid          no       state-missing no-hibernation-support resume-on-swap-partition swap-enough
# expect: feasible  freeze                  no       state-missing
# expect: feasible  standby                 no       state-missing
# expect: feasible  suspend-then-hibernate  no       state-missing no-hibernation-support resume-on-swap-partition swap-enough no-rtc
# expect: pm-utils  suspend                 no       state-missing pmu-not-applicable
# expect: pm-utils  hibernate               no       disk-file-missing state-missing
# expect: pm-utils  suspend-hybrid          no       disk-file-missing state-missing no-wake-alarm suspend-unavailable hibernate-unavailable
# expect: feasible  timed-wake              no       no-rtc
rm -r sys
ln -s /proc/self/root/sys sys
