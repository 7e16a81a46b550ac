/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libvirt's <power_management> element of its host capabilities, from a report's verdicts. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

#include "format-xml-loader.h"
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
write_power_management(const struct xml_api *api, xmlTextWriterPtr w,
		       const struct pmprobe_report *report)
{
	if (api->xmlTextWriterSetIndent(w, 1) < 0 ||
	    api->xmlTextWriterSetIndentString(w, BAD_CAST "  ") < 0)
		return -ENOMEM;
	/* No XML declaration: this is an element for a larger document, as libvirt prints it. */
	if (api->xmlTextWriterStartElement(w, BAD_CAST "power_management") < 0)
		return -ENOMEM;
	for (size_t i = 0; i < ELEMENTSOF(libvirt_targets); i++) {
		if (pmprobe_report_get_verdict(report, libvirt_targets[i].target) != PMPROBE_YES)
			continue;
		if (api->xmlTextWriterStartElement(w, BAD_CAST libvirt_targets[i].element) < 0 ||
		    api->xmlTextWriterEndElement(w) < 0)
			return -ENOMEM;
	}
	if (api->xmlTextWriterEndElement(w) < 0 || api->xmlTextWriterFlush(w) < 0)
		return -ENOMEM;
	return 0;
}

PMP_EXPORT int
pmprobe_report_to_libvirt_xml(const struct pmprobe_report *report, char **ret)
{
	assert_return(report && ret, -EINVAL);
	return xml_write_document(write_power_management, report, ret);
}
