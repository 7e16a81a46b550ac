/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The evidence of the boot paths that resume without resume=: initramfs-tools' RESUME=, an
 * initrd that runs systemd (dracut, mkinitcpio's systemd hook), systemd's version and EFI. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "macro.h"
#include "probe.h"
#include "resume-config.h"

#define EFIVAR_MAX 4096u

/* systemd's vendor GUID for its EFI variables (src/fundamental/efivars-fundamental.h). */
#define HIBERNATE_LOCATION "HibernateLocation-8cf2644b-4b0b-428f-9387-6d876050dc67"

/* Where distributions install libsystemd-shared-<version>.so, below usr: Arch's lib/systemd,
 * Fedora's lib64/systemd, Debian's and Ubuntu's lib/<multiarch triplet>/systemd. */
static const char *const systemd_dirs[] = {
	"lib/systemd",
	"lib64/systemd",
	"lib/x86_64-linux-gnu/systemd",
	"lib/aarch64-linux-gnu/systemd",
	"lib/i386-linux-gnu/systemd",
	"lib/arm-linux-gnueabihf/systemd",
	"lib/powerpc64le-linux-gnu/systemd",
	"lib/s390x-linux-gnu/systemd",
	"lib/riscv64-linux-gnu/systemd",
};

/* One initramfs-tools file: RESUME= in it overrides an earlier one (mkinitramfs sources
 * initramfs.conf, then conf.d/). Returns: the read's result (-EBADMSG: a bad value), or -ENOMEM. */
static int
itools_file(struct source *src, struct evidence *ev, const char *key, const char *name,
	    struct resume_paths *p)
{
	_cleanup_free_ char *text = NULL, *value = NULL, *path = NULL;
	int r;

	if (asprintf(&path, "etc/%s", name) < 0)
		return -ENOMEM;
	r = source_read_text(src, PATH_ETC, name, &text);
	if (r == -ENOMEM)
		return r;
	if (r >= 0)
		r = initramfs_conf_resume(text, &value);
	if (r == -ENOMEM)
		return r;
	if (r == -EBADMSG)
		probe_log_malformed(src, PATH_ETC, name, "a RESUME= over 255 bytes or with a NUL");
	if (r > 0) {
		free(p->resume);
		p->resume = TAKE_PTR(value);
	}
	if ((r < 0 ? evidence_add_fact(ev, key, path, r, NULL)
		   : evidence_add_factf(ev, key, path, 0, "%s%s", r > 0 ? "RESUME=" : "",
					r > 0 ? p->resume : "(no RESUME=)")) < 0)
		return -ENOMEM;
	return r < 0 ? r : 0;
}

static int
probe_initrd(struct source *src, struct evidence *ev, struct resume_paths *p)
{
	_cleanup_free_ char *text = NULL;
	int r;

	p->itools_r =
		itools_file(src, ev, "resume.initramfs-tools", "initramfs-tools/initramfs.conf", p);
	if (p->itools_r == -ENOMEM)
		return -ENOMEM;
	p->itools_resume_r = itools_file(src, ev, "resume.initramfs-tools.conf.d",
					 "initramfs-tools/conf.d/resume", p);
	if (p->itools_resume_r == -ENOMEM)
		return -ENOMEM;
	r = source_file_type(src, PATH_ETC, "dracut.conf");
	if (r == -ENOMEM)
		return r;
	p->dracut = r == S_IFREG;
	if (evidence_add_fact(ev, "resume.dracut", "etc/dracut.conf", p->dracut ? 0 : -ENOENT,
			      p->dracut ? "present" : NULL) < 0)
		return -ENOMEM;
	r = source_read_text(src, PATH_ETC, "mkinitcpio.conf", &text);
	if (r == -ENOMEM)
		return r;
	p->mkinitcpio_systemd = r < 0 ? r : mkinitcpio_hooks_systemd(text);
	return evidence_add_fact(ev, "resume.mkinitcpio", "etc/mkinitcpio.conf",
				 p->mkinitcpio_systemd < 0 ? p->mkinitcpio_systemd : 0,
				 p->mkinitcpio_systemd > 0    ? "HOOKS with systemd"
				 : p->mkinitcpio_systemd == 0 ? "HOOKS without systemd"
							      : NULL);
}

/* The first libsystemd-shared-<version>.so; looked at so that `record` keeps it. */
static int
probe_systemd(struct source *src, struct evidence *ev, struct resume_paths *p)
{
	_cleanup_free_ char *path = NULL;

	for (size_t i = 0; i < ELEMENTSOF(systemd_dirs) && !p->systemd; i++) {
		char **list = NULL;

		if (source_list(src, PATH_USR, systemd_dirs[i], &list) == -ENOMEM)
			return -ENOMEM;
		for (char **e = list; e && *e && !p->systemd; e++) {
			unsigned v = systemd_version_from_name(*e);
			_cleanup_free_ char *name = NULL;

			if (!v)
				continue;
			if (asprintf(&name, "%s/%s", systemd_dirs[i], *e) < 0 ||
			    asprintf(&path, "usr/%s", name) < 0) {
				strv_free(list);
				return -ENOMEM;
			}
			if (source_file_type(src, PATH_USR, name) == S_IFREG)
				p->systemd = v;
			else {
				free(path);
				path = NULL;
			}
		}
		strv_free(list);
	}
	return evidence_add_factf(ev, "resume.systemd", path ? path : "usr/lib/systemd",
				  p->systemd ? 0 : -ENOENT, "%u", p->systemd);
}

static int
probe_efi(struct source *src, struct evidence *ev, struct resume_paths *p)
{
	_cleanup_free_ uint8_t *buf = NULL;
	size_t len = 0;
	int r;

	r = source_file_type(src, PATH_EFIVARS, NULL);
	if (r == -ENOMEM)
		return r;
	p->efi = r == S_IFDIR;
	r = evidence_add_fact(ev, "resume.efi", "sys/firmware/efi/efivars", p->efi ? 0 : -ENOENT,
			      p->efi ? "EFI boot" : NULL);
	if (r < 0 || !p->efi)
		return r;
	/* Present only between a hibernation and the resume that clears it. */
	r = source_read_blob(src, PATH_EFIVARS, HIBERNATE_LOCATION, EFIVAR_MAX, &buf, &len);
	if (r == -ENOMEM)
		return r;
	p->hibernate_location = r >= 0 && len > 4;
	if (r >= 0 && len <= 4)
		probe_log_malformed(src, PATH_EFIVARS, HIBERNATE_LOCATION,
				    "no bytes after the variable's attributes");
	return evidence_add_fact(ev, "resume.efi.HibernateLocation",
				 "sys/firmware/efi/efivars/" HIBERNATE_LOCATION,
				 r >= 0 && len <= 4 ? -EBADMSG
				 : r < 0	    ? r
						    : 0,
				 p->hibernate_location ? "set" : NULL);
}

int
probe_resume_paths(struct source *src, struct evidence *ev, struct host_facts *f)
{
	struct resume_paths *p = &f->resume_paths;
	int r;

	/* Only when the kernel knows no resume device and the command line names none. */
	if (f->resume_r < 0 || f->resume_major || f->resume_minor || f->cmdline_r < 0 ||
	    f->cmdline.noresume || (f->cmdline.resume && f->cmdline.resume[0]))
		return 0;
	p->probed = 1;
	r = probe_initrd(src, ev, p);
	if (r == -ENOMEM)
		return r;
	/* Without an initrd that could resume, neither systemd nor EFI changes the answer. */
	if (p->itools_r == -ENOENT && p->itools_resume_r == -ENOENT && !p->dracut &&
	    p->mkinitcpio_systemd == -ENOENT)
		return 0;
	r = probe_systemd(src, ev, p);
	if (r >= 0)
		r = probe_efi(src, ev, p);
	return r;
}
