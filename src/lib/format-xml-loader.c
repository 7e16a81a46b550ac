/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Loads libxml2 with dlopen() on demand, so that programs which never write XML never map it. */
#include <dlfcn.h>
#include <errno.h>
#include <string.h>

#include "format-xml-loader.h"

/* libxml2 pulls in ICU, libstdc++, liblzma and zlib: most of what `pmprobe` spent starting up
 * when libpmprobe linked it, though only --format xml and libvirt need it. Each writer call
 * opens it and closes it again, so the library keeps no global state. */
int
xml_api_open_library(struct xml_api *api, const char *soname)
{
	unsigned missing = 0;

	memset(api, 0, sizeof(*api));
	/* RTLD_NODELETE: once loaded, libxml2 stays. It keeps per-thread state with a destructor in
	 * its own code, which a thread that wrote XML runs when it exits, after our dlclose(); and
	 * later calls then cost a reference count and a few lookups, not a load. */
	api->handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
	if (!api->handle)
		return -ENOTSUP;
#define XML_API_RESOLVE(name)                                                                      \
	api->name = (__typeof__(api->name))dlsym(api->handle, #name);                              \
	missing += !api->name;
	XML_API_FUNCTIONS(XML_API_RESOLVE)
#undef XML_API_RESOLVE
	if (missing) {
		xml_api_close(api);
		return -ENOTSUP;
	}
	return 0;
}

int
xml_api_open(struct xml_api *api)
{
	return xml_api_open_library(api, XML_SONAME);
}

void
xml_api_close(struct xml_api *api)
{
	if (api->handle)
		dlclose(api->handle);
	memset(api, 0, sizeof(*api));
}
