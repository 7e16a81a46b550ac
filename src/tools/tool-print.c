/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the tools print of values from files: escaped. The report's own text is the library's
 * (pmprobe_report_to_text()). */
#include <stdio.h>

#include "tool-print.h"

/* Root names, check's messages and EXPECTED's words come from files anyone may have written:
 * control bytes, DEL and backslashes are shown as \xNN, never sent to the terminal. */
void
tool_print_escaped(FILE *out, const char *s)
{
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c < 0x20 || *c == 0x7f || *c == '\\')
			fprintf(out, "\\x%02x", *c);
		else
			fputc(*c, out);
	}
}
