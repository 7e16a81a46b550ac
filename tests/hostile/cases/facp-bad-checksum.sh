# SPDX-License-Identifier: GPL-2.0-or-later
# One byte of the FADT's OEM revision changed: the checksum fails, the fields still count.
# shellcheck shell=sh
# explain: ^  acpi\.FACP +present +.*checksum INVALID
printf '\377' | poke sys/firmware/acpi/tables/FACP 24
