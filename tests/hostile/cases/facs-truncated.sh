# SPDX-License-Identifier: GPL-2.0-or-later
# The FACS cut after 8 bytes.
# shellcheck shell=sh
# explain: ^  acpi\.FACS +malformed
cut_to sys/firmware/acpi/tables/FACS 8
