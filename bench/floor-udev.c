/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Benchmark floor for a libudev reader: /sys/power/state through libudev, as the live backend. */
#define _POSIX_C_SOURCE 200809L
#include <libudev.h>
#include <stddef.h>

int
main(void)
{
	struct udev *udev = udev_new();
	struct udev_device *dev;
	const char *value = NULL;

	if (!udev)
		return 1;
	dev = udev_device_new_from_syspath(udev, "/sys/power");
	if (dev)
		value = udev_device_get_sysattr_value(dev, "state");
	udev_device_unref(dev);
	udev_unref(udev);
	return value == NULL;
}
