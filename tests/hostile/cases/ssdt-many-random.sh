# SPDX-License-Identifier: GPL-2.0-or-later
# 100 SSDTs of random bytes: a bounded number is read, none counts.
# shellcheck shell=sh
# explain: ^  acpi\.SSDT1 +malformed
# explain: ^  acpi\.SSDT100 +malformed
i=1
while [ $i -le 100 ]; do random_bytes $i 64 >sys/firmware/acpi/tables/SSDT$i; i=$((i + 1)); done
