/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The feasible policy on resume without resume= on the command line: the boot paths of current
 * distributions (doc/policies.md, "Resume"). No I/O. */
#include <errno.h>
#include <string.h>

#include "macro.h"
#include "verdict-feasible.h"

/* systemd 255 records the hibernation location in an EFI variable and resumes from it in an
 * initrd that runs systemd; it refuses to hibernate without a resume device and without EFI. */
#define SYSTEMD_HIBERNATE_LOCATION 255

static int
unreadable(int r)
{
	return r < 0 && r != -ENOENT;
}

/* initramfs-tools: the initrd resumes from RESUME= (hooks/resume copies it in when mkinitramfs
 * runs; scripts/local-premount/resume writes it to /sys/power/resume at boot). "none": never;
 * unset, empty or "auto": the largest swap found when the initrd was built. */
static int
initramfs_tools(const struct resume_paths *p, struct verdict *v, const char **ret_spec)
{
	if (unreadable(p->itools_r) || unreadable(p->itools_resume_r)) {
		verdict_add(v, PMPROBE_REASON_INITRAMFS_CONFIG_UNREADABLE, REASON_BLOCKS_UNKNOWN);
		return 0;
	}
	if (!p->resume || !p->resume[0] || streq(p->resume, "auto")) {
		verdict_add(v, PMPROBE_REASON_RESUME_CHOSEN_AT_INITRD_BUILD, REASON_BLOCKS_UNKNOWN);
		return 0;
	}
	if (streq(p->resume, "none")) {
		verdict_add(v, PMPROBE_REASON_INITRAMFS_RESUME_NONE, REASON_BLOCKS_NO);
		return 0;
	}
	verdict_add(v, PMPROBE_REASON_RESUME_FROM_INITRAMFS_CONFIG, REASON_INFO);
	*ret_spec = p->resume;
	return 1;
}

int
feasible_resume_without_cmdline(const struct host_facts *f, struct verdict *v,
				const char **ret_spec)
{
	const struct resume_paths *p = &f->resume_paths;
	int itools = p->itools_r != -ENOENT || p->itools_resume_r != -ENOENT;
	int initrd = itools || p->dracut || p->mkinitcpio_systemd != -ENOENT;

	/* No initrd that resumes without resume=, or no systemd-sleep to set the resume device
	 * before hibernating: the kernel refuses with 0:0 (swsusp_swap_check()). */
	if (!p->probed || !initrd || !p->systemd) {
		verdict_add(v, PMPROBE_REASON_NO_RESUME_DEVICE, REASON_BLOCKS_NO);
		return 0;
	}
	/* sleep.c execute(): without a resume device, only the EFI variable will do. */
	if (p->systemd >= SYSTEMD_HIBERNATE_LOCATION && !p->efi) {
		verdict_add(v, PMPROBE_REASON_SYSTEMD_NEEDS_RESUME_DEVICE, REASON_BLOCKS_NO);
		return 0;
	}
	if (itools)
		return initramfs_tools(p, v, ret_spec);
	if (p->systemd >= SYSTEMD_HIBERNATE_LOCATION && (p->dracut || p->mkinitcpio_systemd > 0)) {
		verdict_add(v, PMPROBE_REASON_RESUME_FROM_EFI_HIBERNATE_LOCATION, REASON_INFO);
		*ret_spec = NULL;
		return 1;
	}
	/* dracut's resume module writes resume= for the host's swap into the initrd it builds. */
	if (p->dracut) {
		verdict_add(v, PMPROBE_REASON_RESUME_CHOSEN_AT_INITRD_BUILD, REASON_BLOCKS_UNKNOWN);
		return 0;
	}
	/* mkinitcpio without its systemd hook resumes only from resume=. */
	verdict_add(v, PMPROBE_REASON_NO_RESUME_DEVICE, REASON_BLOCKS_NO);
	return 0;
}
