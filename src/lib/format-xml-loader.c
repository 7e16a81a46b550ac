/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Loads libxml2 with dlopen() on demand, so that programs which never write XML never map it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dlopen-util.h"
#include "format-xml-loader.h"
#include "macro.h"

/* libxml2 pulls in ICU, libstdc++, liblzma and zlib: most of what `pmprobe` spent starting up
 * when libpmprobe linked it, though only --format xml and libvirt need it. Each writer call
 * opens it and closes it again, so the library keeps no global state. */
int
xml_api_open_library(struct xml_api *api, const char *soname)
{
#define XML_API_SYM(name) DLOPEN_SYM(api, name)
	const struct dlopen_sym syms[] = {XML_API_FUNCTIONS(XML_API_SYM)};
#undef XML_API_SYM

	memset(api, 0, sizeof(*api));
	return dlopen_many(&api->handle, soname, syms, ELEMENTSOF(syms));
}

int
xml_api_open(struct xml_api *api)
{
	return xml_api_open_library(api, XML_SONAME);
}

void
xml_api_close(struct xml_api *api)
{
	dlopen_close(&api->handle);
	memset(api, 0, sizeof(*api));
}

int
xml_write_document(xml_write_fn write, const struct pmprobe_report *report, char **ret)
{
	_cleanup_(xml_api_close) struct xml_api api = {0};
	xmlBufferPtr buf;
	xmlTextWriterPtr w;
	char *out = NULL;
	size_t len;
	int r;

	r = xml_api_open(&api);
	if (r < 0)
		return r;
	buf = api.xmlBufferCreate();
	if (!buf)
		return -ENOMEM;
	w = api.xmlNewTextWriterMemory(buf, 0);
	if (!w) {
		api.xmlBufferFree(buf);
		return -ENOMEM;
	}
	r = write(&api, w, report);
	api.xmlFreeTextWriter(w); /* flushes into buf */
	if (r >= 0) {
		/* One line ending at the end, as a document in a file would have it. */
		len = strlen((const char *)api.xmlBufferContent(buf));
		out = malloc(len + 2);
		if (out) {
			memcpy(out, api.xmlBufferContent(buf), len);
			if (len == 0 || out[len - 1] != '\n')
				out[len++] = '\n';
			out[len] = '\0';
		} else {
			r = -ENOMEM;
		}
	}
	api.xmlBufferFree(buf);
	if (r < 0)
		return r;
	*ret = out;
	return 0;
}
