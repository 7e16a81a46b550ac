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

/* The one fixed mapping between the formats (src/lib/format-walk.h): a JSON array is an XML
 * element around its items, or, for these names, the items alone in the parent element. */
static const char *const bare_lists[][2] = {
	{"reasons", "reason"}, {"groups", "group"},   {"devices", "device"},
	{"rtcs", "rtc"},       {"drivers", "driver"},
};

static const char *
bare_item(const char *key)
{
	for (size_t i = 0; i < sizeof(bare_lists) / sizeof(bare_lists[0]); i++)
		if (!strcmp(bare_lists[i][0], key))
			return bare_lists[i][1];
	return NULL;
}

/* A kernel CPU list ("0-3,8", "0 1 2 3") as the numbers it names, space-separated, in @buf. */
static void
expand_cpus(const char *list, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (const char *p = list; *p && n < size;) {
		char *end;
		unsigned long a = strtoul(p, &end, 10), b = a;

		if (end == p)
			break;
		if (*end == '-')
			b = strtoul(end + 1, &end, 10);
		for (unsigned long c = a; c <= b && n < size; c++)
			n += (size_t)snprintf(buf + n, size - n, "%s%lu", n ? " " : "", c);
		p = end + strspn(end, ", ");
	}
}

static void compare_tree(xmlNodePtr e, json_object *o, const char *where);

/* The items of a JSON array against XML elements from @item on named @name (NULL: any). */
static void
compare_items(xmlNodePtr item, const char *name, json_object *v, const char *where)
{
	size_t n = json_object_array_length(v), i = 0;
	char sub[256];

	for (; item; item = element(item->next)) {
		if (name && xmlStrcmp(item->name, BAD_CAST name))
			continue;
		snprintf(sub, sizeof(sub), "%s[%zu]", where, i);
		if (i < n)
			compare_tree(item, json_object_array_get_idx(v, i), sub);
		i++;
	}
	if (i != n)
		fail("%s: %zu in XML, %zu in JSON", where, i, n);
}

/* An XML attribute against a JSON scalar or array of scalars. */
static void
compare_attr(const xmlChar *attr, json_object *v, const char *where)
{
	char x[8192], j[8192];

	if (json_object_is_type(v, json_type_boolean)) {
		snprintf(j, sizeof(j), "%s", json_object_get_boolean(v) ? "yes" : "no");
		snprintf(x, sizeof(x), "%s", (const char *)attr);
	} else if (json_object_is_type(v, json_type_array) && json_object_array_length(v) &&
		   json_object_is_type(json_object_array_get_idx(v, 0), json_type_int)) {
		expand_cpus((const char *)attr, x, sizeof(x));
		jtext(v, j, sizeof(j));
	} else {
		snprintf(x, sizeof(x), "%s", (const char *)attr);
		collapse(x);
		jtext(v, j, sizeof(j));
		collapse(j);
	}
	if (strcmp(x, j) != 0)
		fail("%s: '%s' in XML, '%s' in JSON", where, x, j);
}

/* The report has one shape in both, one name per field: an attribute is the member of its name
 * (a number as text, a yes/no as a boolean, a word or CPU list as an array), a child element is
 * the member of its name (an object, or an array of the child's elements in order; bare_lists
 * the items alone), an element's text is its "description", a fact's <value> element the
 * members "value" and "value_encoding", and a null member is an absent attribute. Any name that
 * differs between the formats fails here. */
static void
compare_tree(xmlNodePtr e, json_object *o, const char *where)
{
	char sub[256];

	if (!json_object_is_type(o, json_type_object)) {
		fail("%s: not an object in JSON", where);
		return;
	}
	json_object_object_foreach(o, key, v)
	{
		xmlNodePtr c = child_named(e, key);
		xmlChar *attr = xmlGetProp(e, BAD_CAST key);
		int null = !v || json_object_is_type(v, json_type_null);

		snprintf(sub, sizeof(sub), "%s/%s", where, key);
		if (!strcmp(key, "value_encoding")) {
			c = child_named(e, "value");
			same(sub, "encoding", c ? xmlGetProp(c, BAD_CAST "encoding") : NULL,
			     jstr(o, key));
		} else if (!strcmp(key, "value") && c && !null) {
			same(sub, "text", c ? xmlNodeGetContent(c) : NULL, jstr(o, key));
		} else if (!strcmp(key, "description")) {
			same(sub, "text", xmlNodeGetContent(e), jstr(o, key));
		} else if (c && json_object_is_type(v, json_type_array)) {
			compare_items(element(c->children), NULL, v, sub);
		} else if (!attr && bare_item(key) && json_object_is_type(v, json_type_array)) {
			compare_items(element(e->children), bare_item(key), v, sub);
		} else if (c) {
			compare_tree(c, v, sub);
		} else if (null) {
			if (attr)
				fail("%s: in XML, null in JSON", sub);
		} else if (!attr) {
			fail("%s: in JSON, absent in XML", sub);
		} else {
			compare_attr(attr, v, sub);
		}
		xmlFree(attr);
	}
	for (xmlAttrPtr a = e->properties; a; a = a->next)
		if (!json_object_object_get_ex(o, (const char *)a->name, NULL))
			fail("%s: attribute %s is not in JSON", where, (const char *)a->name);
	for (xmlNodePtr c = element(e->children); c; c = element(c->next)) {
		int known = json_object_object_get_ex(o, (const char *)c->name, NULL);

		for (size_t i = 0; !known && i < sizeof(bare_lists) / sizeof(bare_lists[0]); i++)
			known = !xmlStrcmp(c->name, BAD_CAST bare_lists[i][1]) &&
				json_object_object_get_ex(o, bare_lists[i][0], NULL);
		if (!known)
			fail("%s: element %s is not in JSON", where, (const char *)c->name);
	}
}

/* The whole report, and each target's verdict against its reasons' effects. */
static void
compare_report(xmlDocPtr doc, json_object *j)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), targets = child_named(root, "targets");
	char where[64];
	size_t i = 0;

	compare_tree(root, j, "report");
	for (xmlNodePtr t = targets ? element(targets->children) : NULL; t;
	     t = element(t->next), i++) {
		snprintf(where, sizeof(where), "targets[%zu]", i);
		check_effects(t, where);
	}
	if (!targets)
		fail("report: no targets in XML");
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
