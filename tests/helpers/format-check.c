/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Checks pmprobe's structured outputs of one probe: both XML documents validate against their
 * RelaxNG schemas, the JSON parses and says what the XML says, each verdict agrees with its
 * reasons' effects, and the libvirt element names exactly the targets whose verdict is yes.
 * Usage: format-check REPORT.rng LIBVIRT.rng|- REPORT.xml REPORT.json LIBVIRT.xml
 * (`-`: libvirt's schema is not installed; everything else is checked, then exit 77). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

static int failures;

static void
fail(const char *format, ...)
{
	va_list ap;

	fputs("FAIL: ", stderr);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputc('\n', stderr);
	failures++;
}

static int
validate(const char *schema_path, xmlDocPtr doc, const char *what)
{
	xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewParserCtxt(schema_path);
	xmlRelaxNGPtr schema = pctxt ? xmlRelaxNGParse(pctxt) : NULL;
	xmlRelaxNGValidCtxtPtr vctxt = schema ? xmlRelaxNGNewValidCtxt(schema) : NULL;
	int r = -1;

	if (!vctxt)
		fail("cannot load the schema '%s'", schema_path);
	else if ((r = xmlRelaxNGValidateDoc(vctxt, doc)) != 0)
		fail("%s does not validate against '%s'", what, schema_path);
	else
		printf("ok: %s validates against %s\n", what, schema_path);
	xmlRelaxNGFreeValidCtxt(vctxt);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctxt);
	return r;
}

/* The next element sibling from @n on (n itself included). */
static xmlNodePtr
element(xmlNodePtr n)
{
	while (n && n->type != XML_ELEMENT_NODE)
		n = n->next;
	return n;
}

static const char *
jstr(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || json_object_is_type(v, json_type_null))
		return NULL;
	return json_object_is_type(v, json_type_string) ? json_object_get_string(v)
							: "<not a string>";
}

/* Compares an XML attribute (or element text) with a JSON member; both may be absent. */
static void
same(const char *where, const char *what, xmlChar *xml, const char *json)
{
	if ((xml == NULL) != (json == NULL) || (xml && strcmp((const char *)xml, json) != 0))
		fail("%s: %s is '%s' in XML, '%s' in JSON", where, what,
		     xml ? (const char *)xml : "(absent)", json ? json : "(absent)");
	xmlFree(xml);
}

static json_object *
jarray(json_object *o, const char *key, const char *where)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_array)) {
		fail("%s: JSON has no array '%s'", where, key);
		return NULL;
	}
	return v;
}

/* A verdict follows from its reasons' effects: no when one blocks, else unknown when one is
 * unknown, else yes (doc/policies.md). */
static void
check_effects(xmlNodePtr t, const char *where)
{
	xmlChar *verdict = xmlGetProp(t, BAD_CAST "verdict");
	int blocks = 0, unknown = 0;
	const char *want;

	for (xmlNodePtr r = element(t->children); r; r = element(r->next)) {
		xmlChar *effect = xmlGetProp(r, BAD_CAST "effect");

		blocks += effect && !xmlStrcmp(effect, BAD_CAST "blocks");
		unknown += effect && !xmlStrcmp(effect, BAD_CAST "unknown");
		xmlFree(effect);
	}
	want = blocks ? "no" : unknown ? "unknown" : "yes";
	if (!verdict || xmlStrcmp(verdict, BAD_CAST want))
		fail("%s: verdict '%s' with %d blocking and %d unknown reasons (that is '%s')",
		     where, verdict ? (const char *)verdict : "(absent)", blocks, unknown, want);
	xmlFree(verdict);
}

static void
compare_target(xmlNodePtr t, json_object *jt, const char *where)
{
	json_object *reasons = jarray(jt, "reasons", where);
	size_t n = reasons ? json_object_array_length(reasons) : 0, i = 0;
	xmlNodePtr r;

	same(where, "name", xmlGetProp(t, BAD_CAST "name"), jstr(jt, "name"));
	same(where, "verdict", xmlGetProp(t, BAD_CAST "verdict"), jstr(jt, "verdict"));
	check_effects(t, where);
	for (r = element(t->children); r; r = element(r->next), i++) {
		json_object *jr = i < n ? json_object_array_get_idx(reasons, i) : NULL;

		if (!jr) {
			fail("%s: more reasons in XML than in JSON", where);
			return;
		}
		same(where, "reason code", xmlGetProp(r, BAD_CAST "code"), jstr(jr, "code"));
		same(where, "reason effect", xmlGetProp(r, BAD_CAST "effect"), jstr(jr, "effect"));
		same(where, "reason description", xmlNodeGetContent(r), jstr(jr, "description"));
	}
	if (i != n)
		fail("%s: %zu reasons in XML, %zu in JSON", where, i, n);
}

static void
compare_fact(xmlNodePtr f, json_object *jf, const char *where)
{
	xmlNodePtr v = element(f->children);
	json_object *enc;

	same(where, "key", xmlGetProp(f, BAD_CAST "key"), jstr(jf, "key"));
	same(where, "state", xmlGetProp(f, BAD_CAST "state"), jstr(jf, "state"));
	same(where, "errno", xmlGetProp(f, BAD_CAST "errno"), jstr(jf, "errno"));
	same(where, "path", xmlGetProp(f, BAD_CAST "path"), jstr(jf, "path"));
	same(where, "value", v ? xmlNodeGetContent(v) : NULL, jstr(jf, "value"));
	same(where, "value encoding", v ? xmlGetProp(v, BAD_CAST "encoding") : NULL,
	     json_object_object_get_ex(jf, "value_encoding", &enc) ? json_object_get_string(enc)
								   : NULL);
}

/* A JSON scalar or array of strings as the XML writes it, whitespace collapsed, in @buf. */
static const char *
jtext(json_object *v, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	if (json_object_is_type(v, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(v) && n < size; i++)
			n += (size_t)snprintf(
				buf + n, size - n, "%s%s", i ? " " : "",
				json_object_get_string(json_object_array_get_idx(v, i)));
		return buf;
	}
	snprintf(buf, size, "%s", json_object_get_string(v));
	return buf;
}

static void
collapse(char *s)
{
	char *o = s;

	for (char *c = s; *c; c++)
		if (*c != ' ' || (o > s && o[-1] != ' '))
			*o++ = *c;
	if (o > s && o[-1] == ' ')
		o--;
	*o = '\0';
}

static xmlNodePtr
child_named(xmlNodePtr e, const char *name)
{
	for (xmlNodePtr c = element(e->children); c; c = element(c->next))
		if (!xmlStrcmp(c->name, BAD_CAST name))
			return c;
	return NULL;
}

/* The CPU section has one shape in both (src/lib/format-cpu.h): an attribute is the member of
 * its name (a number as text, a word list as an array), a child element is the member of its
 * name (an object, or an array of the child's elements in order), an element's text is its
 * "description", and a null member is an absent attribute. */
static void
compare_tree(xmlNodePtr e, json_object *o, const char *where)
{
	char x[8192], j[8192], sub[256];

	if (!json_object_is_type(o, json_type_object)) {
		fail("%s: not an object in JSON", where);
		return;
	}
	json_object_object_foreach(o, key, v)
	{
		xmlNodePtr c = child_named(e, key);
		xmlChar *attr = xmlGetProp(e, BAD_CAST key);

		snprintf(sub, sizeof(sub), "%s/%s", where, key);
		if (c && json_object_is_type(v, json_type_array)) {
			size_t n = json_object_array_length(v), i = 0;

			for (xmlNodePtr item = element(c->children); item;
			     item = element(item->next), i++) {
				snprintf(sub, sizeof(sub), "%s/%s[%zu]", where, key, i);
				if (i < n)
					compare_tree(item, json_object_array_get_idx(v, i), sub);
			}
			if (i != n)
				fail("%s/%s: %zu in XML, %zu in JSON", where, key, i, n);
		} else if (c) {
			compare_tree(c, v, sub);
		} else if (!strcmp(key, "description")) {
			same(sub, "text", xmlNodeGetContent(e), jstr(o, key));
		} else if (!v || json_object_is_type(v, json_type_null)) {
			if (attr)
				fail("%s: in XML, null in JSON", sub);
		} else if (!attr) {
			fail("%s: in JSON, absent in XML", sub);
		} else {
			snprintf(x, sizeof(x), "%s", (const char *)attr);
			collapse(x);
			jtext(v, j, sizeof(j));
			collapse(j);
			if (strcmp(x, j) != 0)
				fail("%s: '%s' in XML, '%s' in JSON", sub, x, j);
		}
		xmlFree(attr);
	}
	for (xmlAttrPtr a = e->properties; a; a = a->next)
		if (!json_object_object_get_ex(o, (const char *)a->name, NULL))
			fail("%s: attribute %s is not in JSON", where, (const char *)a->name);
	for (xmlNodePtr c = element(e->children); c; c = element(c->next))
		if (!json_object_object_get_ex(o, (const char *)c->name, NULL))
			fail("%s: element %s is not in JSON", where, (const char *)c->name);
}

/* Every target and fact, in order, with every field; the CPU section. */
static void
compare_wake_group(xmlNodePtr g, json_object *jg, const char *where)
{
	static const char *const attrs[][2] = {
		{"sysname", "sysname"},
		{"subsystem", "subsystem"},
		{"driver", "driver"},
		{"wakeup", "wakeup"},
		{"kind", "kind"},
		{"wakeup-count", "wakeup_count"},
		{"active-count", "active_count"},
		{"path", "path"},
	};
	json_object *list = jarray(jg, "devices", where);
	size_t i = 0, n = list ? json_object_array_length(list) : 0;

	same(where, "name", xmlGetProp(g, BAD_CAST "name"), jstr(jg, "name"));
	for (xmlNodePtr d = element(g->children); d && list; d = element(d->next), i++) {
		if (i >= n) {
			fail("%s: more devices in XML", where);
			return;
		}
		for (size_t a = 0; a < sizeof(attrs) / sizeof(attrs[0]); a++)
			same(where, attrs[a][1], xmlGetProp(d, BAD_CAST attrs[a][0]),
			     jstr(json_object_array_get_idx(list, i), attrs[a][1]));
	}
	if (i != n)
		fail("%s: %zu devices in XML, %zu in JSON", where, i, n);
}

/* The wake section: counts, each group's devices, the RTCs and the platform, in order. */
static void
compare_wake(xmlNodePtr wake, json_object *j)
{
	json_object *jw, *groups, *rtcs, *platform, *v;
	size_t ng = 0, nr = 0;
	char where[64];

	if (!json_object_object_get_ex(j, "wake", &jw)) {
		fail("wake: in XML, not in JSON");
		return;
	}
	same("wake", "devices", xmlGetProp(wake, BAD_CAST "devices"),
	     json_object_object_get_ex(jw, "devices", &v) ? json_object_get_string(v) : NULL);
	same("wake", "enabled", xmlGetProp(wake, BAD_CAST "enabled"),
	     json_object_object_get_ex(jw, "enabled", &v) ? json_object_get_string(v) : NULL);
	groups = jarray(jw, "groups", "wake");
	rtcs = jarray(jw, "rtcs", "wake");
	if (!groups || !rtcs || !json_object_object_get_ex(jw, "platform", &platform))
		return;
	for (xmlNodePtr e = element(wake->children); e; e = element(e->next)) {
		if (!xmlStrcmp(e->name, BAD_CAST "group")) {
			snprintf(where, sizeof(where), "wake.group[%zu]", ng);
			compare_wake_group(e, json_object_array_get_idx(groups, ng++), where);
		} else if (!xmlStrcmp(e->name, BAD_CAST "rtc")) {
			json_object *jr = json_object_array_get_idx(rtcs, nr++);

			snprintf(where, sizeof(where), "wake.rtc[%zu]", nr - 1);
			same(where, "name", xmlGetProp(e, BAD_CAST "name"), jstr(jr, "name"));
			same(where, "device wakeup", xmlGetProp(e, BAD_CAST "device-wakeup"),
			     jstr(jr, "device_wakeup"));
		} else {
			same("wake.platform", "name", xmlGetProp(e, BAD_CAST "name"),
			     jstr(platform, "name"));
		}
	}
	if (ng != json_object_array_length(groups) || nr != json_object_array_length(rtcs))
		fail("wake: groups or RTCs differ in number");
}

/* Every target and fact, in order, with every field. */
static void
compare_report(xmlDocPtr doc, json_object *j)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), sec;
	json_object *format, *list;
	xmlChar *xformat = xmlGetProp(root, BAD_CAST "format");
	char where[64];

	if (!xformat || !json_object_object_get_ex(j, "format", &format) ||
	    json_object_get_int(format) != atoi((const char *)xformat))
		fail("format differs");
	xmlFree(xformat);
	same("report", "pmprobe version", xmlGetProp(root, BAD_CAST "pmprobe-version"),
	     jstr(j, "pmprobe_version"));
	same("report", "policy", xmlGetProp(root, BAD_CAST "policy"), jstr(j, "policy"));
	same("report", "backend", xmlGetProp(root, BAD_CAST "backend"), jstr(j, "backend"));
	for (sec = element(root->children); sec; sec = element(sec->next)) {
		int targets = !xmlStrcmp(sec->name, BAD_CAST "targets");
		size_t n, i = 0;

		if (!xmlStrcmp(sec->name, BAD_CAST "cpu")) {
			if (!json_object_object_get_ex(j, "cpu", &list))
				fail("the XML has a CPU section, the JSON none");
			else
				compare_tree(sec, list, "cpu");
			continue;
		}

		if (!xmlStrcmp(sec->name, BAD_CAST "wake")) {
			compare_wake(sec, j);
			continue;
		}
		list = jarray(j, targets ? "targets" : "facts", "report");
		if (!list)
			continue;
		n = json_object_array_length(list);
		for (xmlNodePtr e = element(sec->children); e; e = element(e->next), i++) {
			if (i >= n) {
				fail("%s: more in XML than in JSON", (const char *)sec->name);
				break;
			}
			snprintf(where, sizeof(where), "%s[%zu]", (const char *)sec->name, i);
			if (targets)
				compare_target(e, json_object_array_get_idx(list, i), where);
			else
				compare_fact(e, json_object_array_get_idx(list, i), where);
		}
		if (i != n)
			fail("%s: %zu in XML, %zu in JSON", (const char *)sec->name, i, n);
	}
	if (json_object_object_get_ex(j, "cpu", NULL) && !child_named(root, "cpu"))
		fail("the JSON has a CPU section, the XML none");
}

/* What libvirt's element must be for the verdicts in the report, byte for byte. */
static void
check_libvirt(xmlDocPtr report, const char *path)
{
	static const char *const map[][2] = {
		{"suspend", "suspend_mem"},
		{"hibernate", "suspend_disk"},
		{"suspend-hybrid", "suspend_hybrid"},
	};
	char inner[256] = "", want[512], got[512];
	size_t n;
	FILE *f;

	for (size_t i = 0; i < 3; i++) {
		xmlNodePtr t = element(element(xmlDocGetRootElement(report)->children)->children);

		for (; t; t = element(t->next)) {
			xmlChar *name = xmlGetProp(t, BAD_CAST "name");
			xmlChar *verdict = xmlGetProp(t, BAD_CAST "verdict");

			if (!xmlStrcmp(name, BAD_CAST map[i][0]) &&
			    !xmlStrcmp(verdict, BAD_CAST "yes"))
				snprintf(inner + strlen(inner), sizeof(inner) - strlen(inner),
					 "  <%s/>\n", map[i][1]);
			xmlFree(name);
			xmlFree(verdict);
		}
	}
	if (inner[0])
		snprintf(want, sizeof(want), "<power_management>\n%s</power_management>\n", inner);
	else
		snprintf(want, sizeof(want), "<power_management/>\n");
	f = fopen(path, "re");
	if (!f) {
		fail("cannot read '%s'", path);
		return;
	}
	n = fread(got, 1, sizeof(got) - 1, f);
	got[n] = '\0';
	fclose(f);
	if (strcmp(want, got) != 0)
		fail("libvirt element is\n%s\nexpected\n%s", got, want);
	else
		printf("ok: libvirt element matches the verdicts\n");
}

int
main(int argc, char **argv)
{
	xmlDocPtr report, libvirt;
	json_object *j;
	int skip_libvirt;

	if (argc != 6) {
		fprintf(stderr, "usage: format-check REPORT.rng LIBVIRT.rng|- REPORT.xml "
				"REPORT.json LIBVIRT.xml\n");
		return 2;
	}
	skip_libvirt = !strcmp(argv[2], "-");
	report = xmlReadFile(argv[3], NULL, XML_PARSE_NONET);
	libvirt = xmlReadFile(argv[5], NULL, XML_PARSE_NONET);
	j = json_object_from_file(argv[4]);
	if (!report || !libvirt || !j) {
		fail("%s", !report    ? "report XML is not well-formed"
			   : !libvirt ? "libvirt XML is not well-formed"
				      : "report JSON does not parse");
		return 1;
	}
	validate(argv[1], report, "report XML");
	if (!skip_libvirt)
		validate(argv[2], libvirt, "libvirt XML");
	compare_report(report, j);
	if (!failures)
		printf("ok: JSON and XML report the same\n");
	check_libvirt(report, argv[5]);
	json_object_put(j);
	xmlFreeDoc(report);
	xmlFreeDoc(libvirt);
	xmlCleanupParser();
	if (failures)
		return 1;
	if (skip_libvirt) {
		fprintf(stderr, "SKIP: libvirt's schema is not installed (Debian: libvirt0)\n");
		return 77;
	}
	return 0;
}
