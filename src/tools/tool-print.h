/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the tools print of values from files: escaped. */
#pragma once

#include <stdio.h>

/* Prints @s with control bytes and backslashes as \xNN: it comes from files. */
void tool_print_escaped(FILE *out, const char *s);
