/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Symbolic errno names ("EACCES"), stable across locales, for reports and manifests. */
#pragma once

/* Returns: the name of the positive errno @err, static; NULL when the C library knows none. */
const char *errno_to_name(int err);
/* Returns: the positive errno called @name, or -EINVAL. */
int errno_from_name(const char *name);
