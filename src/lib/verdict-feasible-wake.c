/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The feasible policy on timed wake (an RTC alarm that may wake the host) and on the platform
 * driver s2idle needs. No I/O. */
#include <errno.h>
#include <string.h>

#include "macro.h"
#include "verdict-feasible.h"

/* Whether the RTC with an alarm may wake the host: rtcwake refuses an RTC whose device's
 * power/wakeup is not "enabled", and the kernel's alarm timer (systemd's timed wake) uses only
 * an RTC whose device may wake (device_may_wakeup()). */
static void
rtc_wake(const struct wake_facts *w, struct verdict *v)
{
	switch (w->rtc_wake) {
	case 1:
		verdict_add(v, PMPROBE_REASON_RTC_ALARM_CAN_WAKE, REASON_INFO);
		break;
	case 0:
		verdict_add(v, PMPROBE_REASON_RTC_ALARM_NOT_ALLOWED_TO_WAKE, REASON_BLOCKS_NO);
		break;
	case -EBADMSG:
		verdict_add(v, PMPROBE_REASON_RTC_WAKEUP_UNKNOWN, REASON_BLOCKS_UNKNOWN);
		break;
	case -ENXIO:
		verdict_add(v, PMPROBE_REASON_RTC_DEVICE_NOT_IN_TREE, REASON_BLOCKS_UNKNOWN);
		break;
	default:
		if ((w->devices_r < 0 && w->devices_r != -ENOENT) || w->no_devices_dir)
			verdict_add(v, PMPROBE_REASON_WAKE_DEVICES_UNREADABLE,
				    REASON_BLOCKS_UNKNOWN);
		else
			verdict_add(v, PMPROBE_REASON_RTC_DEVICE_CANNOT_WAKE, REASON_BLOCKS_NO);
	}
}

void
feasible_timed_wake(const struct host_facts *f, struct verdict *v)
{
	const struct wake_facts *w = &f->wake;

	/* One RTC that may wake is enough: rtc0 is looked at even when the list is not. */
	if (f->n_wake_alarms && w->rtc_wake == 1)
		verdict_add(v, PMPROBE_REASON_RTC_ALARM_CAN_WAKE, REASON_INFO);
	else if (w->rtc_list_r < 0 && w->rtc_list_r != -ENOENT)
		verdict_add(v, PMPROBE_REASON_RTC_UNREADABLE, REASON_BLOCKS_UNKNOWN);
	else if (w->n_rtcs == 0)
		verdict_add(v, PMPROBE_REASON_NO_RTC, REASON_BLOCKS_NO);
	else if (f->n_wake_alarms == 0)
		verdict_add(v, PMPROBE_REASON_RTC_WITHOUT_ALARM, REASON_BLOCKS_NO);
	else
		rtc_wake(w, v);
	if (w->n_odd)
		verdict_add(v, PMPROBE_REASON_WAKEUP_MALFORMED, REASON_INFO);
	if (w->devices_r < 0 && w->devices_r != -ENOENT)
		verdict_add(v, PMPROBE_REASON_WAKE_DEVICES_UNREADABLE, REASON_INFO);
	/* Waking from hibernation (S4) is the firmware's: the FADT's RTC_S4 flag. */
	feasible_firmware_timed_wake(f, v);
}

void
feasible_platform_suspend(const struct host_facts *f, struct verdict *v)
{
	const char *sel = token_list_selected(&f->mem_sleep);
	enum module_state d = f->wake.pmc_driver;

	if (f->wake.platform == PMC_NONE || !sel || !streq(sel, "s2idle"))
		return;
	if (d == MODULE_ABSENT || d == MODULE_NOT_LOADED || d == MODULE_LOADABLE)
		verdict_add(v, PMPROBE_REASON_S2IDLE_WITHOUT_PMC_DRIVER, REASON_INFO);
}
