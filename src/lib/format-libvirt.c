/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libvirt's <power_management> element of its host capabilities, from a report's verdicts. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include <pmprobe/pmprobe.h>

#include "macro.h"

/* libvirt's names (virNodeSuspendTarget), in the order libvirt writes them. The early drafts'
 * <S3/> and <S4/> became these. */
static const struct {
	enum pmprobe_target target;
	const char *element;
} libvirt_targets[] = {
	{PMPROBE_TARGET_SUSPEND, "suspend_mem"},
	{PMPROBE_TARGET_HIBERNATE, "suspend_disk"},
	{PMPROBE_TARGET_SUSPEND_HYBRID, "suspend_hybrid"},
};

static int
write_power_management(xmlTextWriterPtr w, const struct pmprobe_report *report)
{
	if (xmlTextWriterSetIndent(w, 1) < 0 || xmlTextWriterSetIndentString(w, BAD_CAST "  ") < 0)
		return -ENOMEM;
	/* No XML declaration: this is an element for a larger document, as libvirt prints it. */
	if (xmlTextWriterStartElement(w, BAD_CAST "power_management") < 0)
		return -ENOMEM;
	for (size_t i = 0; i < ELEMENTSOF(libvirt_targets); i++) {
		if (pmprobe_report_get_verdict(report, libvirt_targets[i].target) != PMPROBE_YES)
			continue;
		if (xmlTextWriterStartElement(w, BAD_CAST libvirt_targets[i].element) < 0 ||
		    xmlTextWriterEndElement(w) < 0)
			return -ENOMEM;
	}
	if (xmlTextWriterEndElement(w) < 0 || xmlTextWriterFlush(w) < 0)
		return -ENOMEM;
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_libvirt_xml(const struct pmprobe_report *report, char **ret)
{
	xmlBufferPtr buf;
	xmlTextWriterPtr w;
	char *out = NULL;
	size_t len;
	int r;

	assert_return(report && ret, -EINVAL);
	buf = xmlBufferCreate();
	if (!buf)
		return -ENOMEM;
	w = xmlNewTextWriterMemory(buf, 0);
	if (!w) {
		xmlBufferFree(buf);
		return -ENOMEM;
	}
	r = write_power_management(w, report);
	xmlFreeTextWriter(w);
	if (r >= 0) {
		/* One element, one line ending, as the document it came from would have it. */
		len = strlen((const char *)xmlBufferContent(buf));
		out = malloc(len + 2);
		if (out) {
			memcpy(out, xmlBufferContent(buf), len);
			if (len == 0 || out[len - 1] != '\n')
				out[len++] = '\n';
			out[len] = '\0';
		} else {
			r = -ENOMEM;
		}
	}
	xmlBufferFree(buf);
	if (r < 0)
		return r;
	*ret = out;
	return 0;
}
