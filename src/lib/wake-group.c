/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The groups wake devices are sorted into, by their names alone: the one list of them. */
#include <string.h>

#include "macro.h"
#include "wake-group.h"

enum {
	WAKE_GROUP_BUTTON,
	WAKE_GROUP_RTC,
	WAKE_GROUP_NETWORK,
	WAKE_GROUP_USB_INPUT,
	WAKE_GROUP_USB,
	WAKE_GROUP_PCI,
	WAKE_GROUP_OTHER,
	_WAKE_GROUP_MAX
};

const char *const wake_groups[_WAKE_GROUP_MAX + 1] = {
	[WAKE_GROUP_BUTTON] = "button",	  [WAKE_GROUP_RTC] = "rtc",
	[WAKE_GROUP_NETWORK] = "network", [WAKE_GROUP_USB_INPUT] = "usb-input",
	[WAKE_GROUP_USB] = "usb",	  [WAKE_GROUP_PCI] = "pci",
	[WAKE_GROUP_OTHER] = "other",	  [_WAKE_GROUP_MAX] = NULL,
};

const char *
wake_button_kind(const char *sysname)
{
	if (has_prefix(sysname, "PNP0C0D"))
		return "lid";
	if (has_prefix(sysname, "PNP0C0C") || has_prefix(sysname, "LNXPWRBN"))
		return "power-button";
	if (has_prefix(sysname, "PNP0C0E") || has_prefix(sysname, "LNXSLPBN"))
		return "sleep-button";
	return NULL;
}

const char *
wake_group(const char *subsystem, const char *sysname, int has_net, int has_rtc, int usb_hid)
{
	if (subsystem && streq(subsystem, "acpi") && wake_button_kind(sysname))
		return wake_groups[WAKE_GROUP_BUTTON];
	if (has_rtc || (subsystem && streq(subsystem, "rtc")))
		return wake_groups[WAKE_GROUP_RTC];
	if (has_net)
		return wake_groups[WAKE_GROUP_NETWORK];
	if (subsystem && streq(subsystem, "usb"))
		return wake_groups[usb_hid ? WAKE_GROUP_USB_INPUT : WAKE_GROUP_USB];
	if (subsystem && streq(subsystem, "pci"))
		return wake_groups[WAKE_GROUP_PCI];
	return wake_groups[WAKE_GROUP_OTHER];
}
