/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libxml2's text writer as a table of functions, loaded only when XML output is asked for. */
#pragma once

#include <libxml/xmlwriter.h>

#include "dlopen-util.h"

#define XML_SONAME "libxml2.so.2"

/* Every libxml2 function the writers (format-xml.c, format-libvirt.c) call; nothing else of
 * libxml2 may be used in the library, which does not link it. */
#define XML_API_FUNCTIONS(X)                                                                       \
	X(xmlBufferCreate)                                                                         \
	X(xmlBufferFree)                                                                           \
	X(xmlBufferContent)                                                                        \
	X(xmlNewTextWriterMemory)                                                                  \
	X(xmlFreeTextWriter)                                                                       \
	X(xmlTextWriterSetIndent)                                                                  \
	X(xmlTextWriterSetIndentString)                                                            \
	X(xmlTextWriterStartDocument)                                                              \
	X(xmlTextWriterEndDocument)                                                                \
	X(xmlTextWriterStartElement)                                                               \
	X(xmlTextWriterEndElement)                                                                 \
	X(xmlTextWriterWriteAttribute)                                                             \
	X(xmlTextWriterWriteFormatAttribute)                                                       \
	X(xmlTextWriterWriteString)                                                                \
	X(xmlTextWriterFlush)

/* One member per function, named and typed as libxml2's headers declare it:
 * api->xmlTextWriterStartElement(w, name). */
struct xml_api {
	void *handle;
	XML_API_FUNCTIONS(DLOPEN_POINTER)
};

/* Loads @soname and resolves XML_API_FUNCTIONS into @api, which is zeroed first.
 * Returns: 0, or -ENOTSUP when it cannot be loaded or lacks one of the functions. */
int xml_api_open_library(struct xml_api *api, const char *soname);
/* xml_api_open_library() of libxml2 (XML_SONAME). */
int xml_api_open(struct xml_api *api);
/* Drops the reference xml_api_open() took; for a zeroed or closed @api, nothing. */
void xml_api_close(struct xml_api *api);

struct pmprobe_report;
typedef int (*xml_write_fn)(const struct xml_api *api, xmlTextWriterPtr w,
			    const struct pmprobe_report *report);
/* Loads libxml2, runs @write on a memory writer and returns the document as a new C string
 * (free() it) that ends with one line ending.
 * Returns: 0, -ENOTSUP (no libxml2), -ENOMEM, or the error @write returned. */
int xml_write_document(xml_write_fn write, const struct pmprobe_report *report, char **ret);
