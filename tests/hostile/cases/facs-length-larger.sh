# SPDX-License-Identifier: GPL-2.0-or-later
# The FACS's length field says 4096, the file has 64 bytes.
# shellcheck shell=sh
# explain: ^  acpi\.FACS +malformed
le32 4096 | poke sys/firmware/acpi/tables/FACS 4
