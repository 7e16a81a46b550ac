/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Benchmark floor for --format xml: floor 1, then its answer written as XML through libxml2, so
 * the loading of libxml2 (and ICU, zlib, liblzma behind it) is in the floor. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <unistd.h>

int
main(void)
{
	char buf[4096];
	int fd = open("/sys/power/state", O_RDONLY | O_CLOEXEC);
	ssize_t n;
	xmlDocPtr doc;
	xmlChar *out = NULL;
	int len = 0;

	if (fd < 0)
		return 1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n < 0)
		return 1;
	buf[n] = '\0';
	doc = xmlNewDoc(BAD_CAST "1.0");
	xmlDocSetRootElement(doc, xmlNewNode(NULL, BAD_CAST "state"));
	xmlNodeSetContent(xmlDocGetRootElement(doc), BAD_CAST buf);
	xmlDocDumpFormatMemory(doc, &out, &len, 1);
	fwrite(out, 1, (size_t)len, stdout);
	xmlFree(out);
	xmlFreeDoc(doc);
	return 0;
}
