/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the ACPI tables add to the feasible policy's answers: evidence, never a changed verdict. */
#include <errno.h>
#include <string.h>

#include "macro.h"
#include "verdict-feasible.h"

/* Tables that exist but could not be read (root only, mode 0400): say so, claim nothing. */
static int
firmware_known(const struct firmware_facts *fw, struct verdict *v)
{
	int unreadable_fadt = fw->fadt_r < 0 && fw->fadt_r != -ENOENT && fw->fadt_r != -EBADMSG;
	int unreadable_aml = fw->aml_r < 0 && fw->aml_r != -ENOENT && fw->aml_r != -EBADMSG;

	if (unreadable_fadt || unreadable_aml) {
		verdict_add(v, PMPROBE_REASON_FIRMWARE_UNREADABLE, REASON_INFO);
		return 0;
	}
	return fw->fadt_r >= 0;
}

static int
fadt_flag(const struct firmware_facts *fw, unsigned bit)
{
	return acpi_fadt_flag(&fw->fadt, bit) == 1;
}

/* The variant the kernel selects at boot (kernel/power/suspend.c, drivers/acpi/x86/s2idle.c):
 * mem_sleep_default= when offered; else s2idle on low-power-S0 firmware with an LPS0 device;
 * else deep when offered; else s2idle. */
static const char *
predicted_mem_sleep(const struct host_facts *f)
{
	const char *want = f->cmdline_r >= 0 ? f->cmdline.mem_sleep_default : NULL;

	if (want && token_list_has(&f->mem_sleep, want))
		return want;
	if (fadt_flag(&f->fw, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE) && f->fw.sleep.lps0)
		return "s2idle";
	return token_list_has(&f->mem_sleep, "deep") ? "deep" : "s2idle";
}

/* Whether deep is offered is not known when state, or mem_sleep beside a mem, could not be read
 * or parsed (a missing file is known: before 4.10 there is no mem_sleep). */
static int
deep_known(const struct host_facts *f)
{
	if (f->state_r < 0)
		return f->state_r == -ENOENT;
	return !token_list_has(&f->state, "mem") || f->mem_sleep_r >= 0 ||
	       f->mem_sleep_r == -ENOENT;
}

void
feasible_firmware_suspend(const struct host_facts *f, struct verdict *v)
{
	const struct firmware_facts *fw = &f->fw;
	const char *sel = token_list_selected(&f->mem_sleep);
	int deep, s3;

	if (!firmware_known(fw, v))
		return;
	/* Before 4.10 there is no mem_sleep and mem is S3. */
	deep = f->state_r >= 0 && token_list_has(&f->state, "mem") &&
	       (f->mem_sleep_r == -ENOENT || token_list_has(&f->mem_sleep, "deep"));
	if (fadt_flag(fw, ACPI_FADT_F_HW_REDUCED_ACPI) &&
	    (!acpi_fadt_has(&fw->fadt, ACPI_FADT_SLEEP_CONTROL_REG) ||
	     !fw->fadt.sleep_control_reg.address || !fw->fadt.sleep_status_reg.address))
		verdict_add(v, PMPROBE_REASON_HW_REDUCED_WITHOUT_SLEEP_REGISTERS, REASON_INFO);
	if (sel && streq(sel, "s2idle") && !fadt_flag(fw, ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE))
		verdict_add(v, PMPROBE_REASON_S2IDLE_WITHOUT_LOW_POWER_S0, REASON_INFO);
	if (fw->aml_r < 0)
		return;
	s3 = fw->sleep.state[3] != ACPI_SLEEP_ABSENT;
	if (deep_known(f)) {
		if (deep && s3)
			verdict_add(v, PMPROBE_REASON_FIRMWARE_DECLARES_S3, REASON_INFO);
		else if (deep && !fw->sleep.partial)
			verdict_add(v, PMPROBE_REASON_DEEP_WITHOUT_FIRMWARE_S3, REASON_INFO);
		else if (!deep && s3)
			verdict_add(v, PMPROBE_REASON_FIRMWARE_S3_NOT_OFFERED, REASON_INFO);
		else if (!deep && !fw->sleep.partial)
			verdict_add(v, PMPROBE_REASON_FIRMWARE_NO_S3, REASON_INFO);
		/* Either declaration reason above: say when \_S3 exists only behind a condition. */
		if (fw->sleep.state[3] == ACPI_SLEEP_CONDITIONAL)
			verdict_add(v, PMPROBE_REASON_FIRMWARE_S3_CONDITIONAL, REASON_INFO);
	}
	if (sel && f->mem_sleep_r >= 0 && !streq(sel, predicted_mem_sleep(f)))
		verdict_add(v, PMPROBE_REASON_MEM_SLEEP_DEFAULT_DIFFERS, REASON_INFO);
}

/* Whether an RTC alarm can wake the machine from hibernation: the FADT's RTC_S4 flag. */
static void
rtc_s4(const struct firmware_facts *fw, struct verdict *v)
{
	if (acpi_fadt_has(&fw->fadt, ACPI_FADT_FLAGS))
		verdict_add(v,
			    fadt_flag(fw, ACPI_FADT_F_RTC_S4)
				    ? PMPROBE_REASON_RTC_WAKES_FROM_S4
				    : PMPROBE_REASON_RTC_CANNOT_WAKE_FROM_S4,
			    REASON_INFO);
}

void
feasible_firmware_hibernate(const struct host_facts *f, struct verdict *v)
{
	const struct firmware_facts *fw = &f->fw;

	if (!firmware_known(fw, v))
		return;
	if (fw->aml_r >= 0 && !fw->sleep.partial && fw->sleep.state[4] == ACPI_SLEEP_ABSENT)
		verdict_add(v, PMPROBE_REASON_FIRMWARE_NO_S4, REASON_INFO);
	rtc_s4(fw, v);
}

void
feasible_firmware_timed_wake(const struct host_facts *f, struct verdict *v)
{
	if (firmware_known(&f->fw, v))
		rtc_s4(&f->fw, v);
}
