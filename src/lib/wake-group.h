/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The groups wake devices are sorted into, by their names alone: the one list of them. */
#pragma once

/* The group names in the order the report shows them, NULL-terminated. */
extern const char *const wake_groups[];

/* Returns: the group of a device with power/wakeup, one of wake_groups[] (static). */
const char *wake_group(const char *subsystem, const char *sysname, int has_net, int has_rtc,
		       int usb_hid);
/* Returns: "lid", "power-button", "sleep-button", or NULL: what an ACPI button's id says. */
const char *wake_button_kind(const char *sysname);
