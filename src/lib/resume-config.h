/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The evidence a resume path without resume= leaves: initrd configuration and systemd's version,
 * parsed from text and file names (no I/O). */
#pragma once

/* The last RESUME= assignment of an initramfs-tools configuration file (a shell fragment that
 * mkinitramfs sources): quotes removed. Returns: 1 and *ret (free() it; "" for RESUME=), 0 when
 * the text assigns none, -EBADMSG for a value over 255 bytes or with a NUL, -ENOMEM. */
int initramfs_conf_resume(const char *text, char **ret);
/* Whether mkinitcpio.conf's last HOOKS= array names the `systemd` hook (an initrd that runs
 * systemd). Returns: 1, 0, or -EBADMSG when no HOOKS= line exists. */
int mkinitcpio_hooks_systemd(const char *text);
/* systemd's major version from its shared library's name, "libsystemd-shared-255.so",
 * "libsystemd-shared-255.4-1.fc40.so". Returns: the version (1..99999), or 0 for another name. */
unsigned systemd_version_from_name(const char *name);
