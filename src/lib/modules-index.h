/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The module lists depmod writes (modules.dep, modules.builtin), parsed from bytes. */
#pragma once

#include <stddef.h>

/* The longest module name the kernel takes (MODULE_NAME_LEN less a pointer, include/linux/
 * module.h's MAX_PARAM_PREFIX_LEN). */
#define MODULE_NAME_MAX 55u

enum modules_list {
	MODULES_DEP,	 /* "PATH: DEP...": a module file of the kernel */
	MODULES_BUILTIN, /* "PATH": a module built into the kernel */
};

/* Whether the list @buf of @len bytes (any bytes: NULs, no final newline) names the module
 * @name, which is compared as the kernel spells module names ('-' is '_'). A line names the
 * module of its path's last component up to its first '.', as depmod and libkmod derive it.
 * Returns: 1 named, 0 not, -EINVAL when @name is no module name. */
int modules_list_has(const char *buf, size_t len, enum modules_list kind, const char *name);
