# SPDX-License-Identifier: GPL-2.0-or-later
# Symlink loops below sys/devices and a link out of the root to another tree's wake device.
# shellcheck shell=sh
# explain: ^  wake\.devices +present +"1 with power/wakeup, 1 enabled"
# explain-not: wake\.other\.escaped
mkdir -p "$BAIT/devices/escaped/power"
printf 'enabled\n' >"$BAIT/devices/escaped/power/wakeup"
: >"$BAIT/devices/escaped/uevent"
ln -s ../bus/pnp "$BAIT/devices/escaped/subsystem"
ln -s .. sys/devices/pnp0/00:01/loop
ln -s loop2 sys/devices/loop1
ln -s loop1 sys/devices/loop2
ln -s "$BAIT/devices" sys/devices/out
ln -s "$(dotdots)${BAIT#/}/devices" sys/devices/pnp0/out
