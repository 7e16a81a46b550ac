/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the output writers (format-*.c): libvirt element, XML and JSON reports. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <pmprobe/pmprobe.h>

#include "format.h"
#include "report.h"
#include "testutil.h"

/* A report whose listed targets are yes, the others no (or unknown when @unknown). */
static struct pmprobe_report *
report_with(const enum pmprobe_target *yes, size_t n_yes, int unknown)
{
	struct pmprobe_report *r = NULL;

	assert_int_equal(report_new(PMPROBE_POLICY_FEASIBLE, "sysroot", &r), 0);
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		int is_yes = 0;

		for (size_t i = 0; i < n_yes; i++)
			is_yes |= yes[i] == (enum pmprobe_target)t;
		if (!is_yes)
			verdict_add(&r->verdicts[t], PMPROBE_REASON_STATE_MISSING,
				    unknown ? REASON_BLOCKS_UNKNOWN : REASON_BLOCKS_NO);
	}
	return r;
}

static void
assert_libvirt(struct pmprobe_report *r, const char *want)
{
	char *text = NULL;

	assert_int_equal(pmprobe_report_to_libvirt_xml(r, &text), 0);
	assert_string_equal(text, want);
	free(text);
	pmprobe_report_unref(r);
}

static void
test_format_libvirt_none(void **state)
{
	(void)state;
	assert_libvirt(report_with(NULL, 0, 0), "<power_management/>\n");
}

static void
test_format_libvirt_unknown_is_not_supported(void **state)
{
	(void)state;
	assert_libvirt(report_with(NULL, 0, 1), "<power_management/>\n");
}

static void
test_format_libvirt_all_in_libvirt_order(void **state)
{
	static const enum pmprobe_target yes[] = {
		PMPROBE_TARGET_SUSPEND_HYBRID,
		PMPROBE_TARGET_HIBERNATE,
		PMPROBE_TARGET_SUSPEND,
		PMPROBE_TARGET_FREEZE,
	};

	(void)state;
	assert_libvirt(report_with(yes, 4, 0), "<power_management>\n"
					       "  <suspend_mem/>\n"
					       "  <suspend_disk/>\n"
					       "  <suspend_hybrid/>\n"
					       "</power_management>\n");
}

static void
test_format_libvirt_hibernate_only(void **state)
{
	static const enum pmprobe_target yes[] = {PMPROBE_TARGET_HIBERNATE};

	(void)state;
	assert_libvirt(report_with(yes, 1, 0),
		       "<power_management>\n  <suspend_disk/>\n</power_management>\n");
}

static void
test_format_libvirt_freeze_alone_is_not_libvirt(void **state)
{
	static const enum pmprobe_target yes[] = {PMPROBE_TARGET_FREEZE,
						  PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE};

	(void)state;
	assert_libvirt(report_with(yes, 2, 0), "<power_management/>\n");
}

static void
test_format_invalid_arguments(void **state)
{
	struct pmprobe_report *r = report_with(NULL, 0, 0);
	char *text = NULL;

	(void)state;
	assert_int_equal(pmprobe_report_to_xml(NULL, &text), -EINVAL);
	assert_int_equal(pmprobe_report_to_json(NULL, &text), -EINVAL);
	assert_int_equal(pmprobe_report_to_libvirt_xml(NULL, &text), -EINVAL);
	assert_int_equal(pmprobe_report_to_xml(r, NULL), -EINVAL);
	assert_int_equal(pmprobe_report_to_json(r, NULL), -EINVAL);
	assert_int_equal(pmprobe_report_to_libvirt_xml(r, NULL), -EINVAL);
	assert_null(text);
	pmprobe_report_unref(r);
}

/* The facts every document test writes: one of each state, and values that are not text. */
static struct pmprobe_report *
report_with_facts(void)
{
	static const enum pmprobe_target yes[] = {PMPROBE_TARGET_SUSPEND};
	struct pmprobe_report *r = report_with(yes, 1, 0);

	verdict_add(&r->verdicts[PMPROBE_TARGET_SUSPEND], PMPROBE_REASON_MEM_SLEEP_DEEP,
		    REASON_INFO);
	assert_int_equal(
		evidence_add_fact(&r->evidence, "power.state", "sys/power/state", 0, "freeze mem"),
		0);
	assert_int_equal(
		evidence_add_fact(&r->evidence, "power.disk", "sys/power/disk", -ENOENT, NULL), 0);
	assert_int_equal(evidence_add_fact(&r->evidence, "acpi.FACP",
					   "sys/firmware/acpi/tables/FACP", -EACCES, NULL),
			 0);
	assert_int_equal(
		evidence_add_fact(&r->evidence, "proc.cmdline", "proc/cmdline", 0, "a\x01z\xff"),
		0);
	assert_int_equal(evidence_add_fact(&r->evidence, "rtc.r\x1btc.wakealarm",
					   "sys/class/rtc/r\x1btc", 0, "Grüße\n\tok"),
			 0);
	assert_int_equal(evidence_add_fact(&r->evidence, "power.mem_sleep", "sys/power/mem_sleep",
					   -EBADMSG, "s2idle [deep] [shallow]"),
			 0);
	assert_int_equal(
		evidence_add_fact(&r->evidence, "power.image_size", "sys/power/image_size", 0, ""),
		0);
	return r;
}

static xmlNodePtr
nth_element(xmlNodePtr n, int i)
{
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && i-- == 0)
			return n;
	return NULL;
}

static void
assert_prop(xmlNodePtr n, const char *name, const char *want)
{
	xmlChar *v = xmlGetProp(n, BAD_CAST name);

	if (!want) {
		assert_null(v);
		return;
	}
	assert_non_null(v);
	assert_string_equal((const char *)v, want);
	xmlFree(v);
}

static void
assert_value(xmlNodePtr fact, const char *want, const char *encoding)
{
	xmlNodePtr v = nth_element(fact->children, 0);
	xmlChar *text;

	if (!want) {
		assert_null(v);
		return;
	}
	assert_non_null(v);
	assert_string_equal((const char *)v->name, "value");
	assert_prop(v, "encoding", encoding);
	text = xmlNodeGetContent(v);
	assert_string_equal((const char *)text, want);
	xmlFree(text);
}

static void
test_format_xml_report(void **state)
{
	struct pmprobe_report *r = report_with_facts();
	xmlNodePtr root, targets, facts, t, f;
	char *text = NULL;
	xmlDocPtr doc;

	(void)state;
	assert_int_equal(pmprobe_report_to_xml(r, &text), 0);
	assert_true(!strncmp(text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39));
	doc = xmlReadMemory(text, (int)strlen(text), "report.xml", NULL, XML_PARSE_NONET);
	assert_non_null(doc);
	root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "pmprobe-report");
	assert_prop(root, "format", "2");
	assert_prop(root, "pmprobe_version", PMPROBE_VERSION);
	assert_prop(root, "policy", "feasible");
	assert_prop(root, "backend", "sysroot");
	targets = nth_element(root->children, 0);
	facts = nth_element(root->children, 1);
	assert_string_equal((const char *)targets->name, "targets");
	assert_string_equal((const char *)facts->name, "facts");
	assert_null(nth_element(targets->children, _PMPROBE_TARGET_MAX));
	t = nth_element(targets->children, 0);
	assert_prop(t, "name", "suspend");
	assert_prop(t, "verdict", "yes");
	assert_prop(nth_element(t->children, 0), "code", "mem-sleep-deep");
	t = nth_element(targets->children, 1);
	assert_prop(t, "name", "hibernate");
	assert_prop(t, "verdict", "no");

	f = nth_element(facts->children, 0);
	assert_prop(f, "key", "power.state");
	assert_prop(f, "state", "present");
	assert_prop(f, "errno", NULL);
	assert_prop(f, "path", "sys/power/state");
	assert_value(f, "freeze mem", NULL);
	f = nth_element(facts->children, 1);
	assert_prop(f, "state", "missing");
	assert_value(f, NULL, NULL);
	f = nth_element(facts->children, 2);
	assert_prop(f, "state", "unreadable");
	assert_prop(f, "errno", "EACCES");
	f = nth_element(facts->children, 3);
	assert_value(f, "YQF6/w==", "base64");
	f = nth_element(facts->children, 4);
	assert_prop(f, "key", "rtc.r\\x1btc.wakealarm");
	assert_prop(f, "path", "sys/class/rtc/r\\x1btc");
	assert_value(f, "Grüße\n\tok", NULL);
	f = nth_element(facts->children, 5);
	assert_prop(f, "state", "malformed");
	assert_value(f, "s2idle [deep] [shallow]", NULL);
	f = nth_element(facts->children, 6);
	assert_value(f, "", NULL);
	assert_null(nth_element(facts->children, 7));
	xmlFreeDoc(doc);
	free(text);
	pmprobe_report_unref(r);
}

static const char *
jget(json_object *o, const char *key)
{
	json_object *v;

	assert_true(json_object_object_get_ex(o, key, &v));
	return json_object_is_type(v, json_type_null) ? NULL : json_object_get_string(v);
}

static void
test_format_json_report(void **state)
{
	struct pmprobe_report *r = report_with_facts();
	json_object *doc, *targets, *facts, *f, *v;
	char *text = NULL;

	(void)state;
	assert_int_equal(pmprobe_report_to_json(r, &text), 0);
	assert_int_equal(text[strlen(text) - 1], '\n');
	doc = json_tokener_parse(text);
	assert_non_null(doc);
	assert_true(json_object_object_get_ex(doc, "format", &v));
	assert_int_equal(json_object_get_int(v), 2);
	assert_string_equal(jget(doc, "pmprobe_version"), PMPROBE_VERSION);
	assert_string_equal(jget(doc, "policy"), "feasible");
	assert_string_equal(jget(doc, "backend"), "sysroot");
	assert_true(json_object_object_get_ex(doc, "targets", &targets));
	assert_int_equal(json_object_array_length(targets), _PMPROBE_TARGET_MAX);
	assert_string_equal(jget(json_object_array_get_idx(targets, 0), "name"), "suspend");
	assert_string_equal(jget(json_object_array_get_idx(targets, 0), "verdict"), "yes");
	assert_true(json_object_object_get_ex(doc, "facts", &facts));
	assert_int_equal(json_object_array_length(facts), 7);
	f = json_object_array_get_idx(facts, 0);
	assert_string_equal(jget(f, "value"), "freeze mem");
	assert_null(jget(f, "errno"));
	assert_false(json_object_object_get_ex(f, "value_encoding", NULL));
	f = json_object_array_get_idx(facts, 1);
	assert_string_equal(jget(f, "state"), "missing");
	assert_null(jget(f, "value"));
	f = json_object_array_get_idx(facts, 2);
	assert_string_equal(jget(f, "errno"), "EACCES");
	f = json_object_array_get_idx(facts, 3);
	assert_string_equal(jget(f, "value"), "YQF6/w==");
	assert_string_equal(jget(f, "value_encoding"), "base64");
	f = json_object_array_get_idx(facts, 4);
	assert_string_equal(jget(f, "key"), "rtc.r\\x1btc.wakealarm");
	assert_string_equal(jget(f, "value"), "Grüße\n\tok");
	free(text);
	/* --json=short: the same document on one line. */
	assert_int_equal(pmprobe_report_to_json_ext(r, PMPROBE_JSON_SHORT, &text), 0);
	assert_ptr_equal(strchr(text, '\n'), text + strlen(text) - 1);
	assert_true(!strncmp(text, "{\"format\":2,\"pmprobe_version\":", 30));
	v = json_tokener_parse(text);
	assert_non_null(v);
	assert_true(json_object_equal(v, doc));
	json_object_put(v);
	free(text);
	text = NULL;
	assert_int_equal(pmprobe_report_to_json_ext(r, 1u << 7, &text), -EINVAL);
	assert_null(text);
	json_object_put(doc);
	pmprobe_report_unref(r);
}

/* The whole report for people: the host and policy, one line a target (the codes of what decides
 * marked), and with PMPROBE_TEXT_EXPLAIN every fact, escaped, and each reason's sentence. */
static void
test_format_text_report(void **state)
{
	struct pmprobe_report *r = report_with_facts();
	char *text = NULL;

	(void)state;
	assert_int_equal(pmprobe_report_to_text(r, 0, &text), 0);
	assert_true(has_prefix(text, "Host: this machine (live)\nPolicy: feasible\n\nsuspend "));
	assert_non_null(
		strstr(text, "\nhibernate                no       state-missing (blocks)\n"));
	assert_null(strstr(text, "Evidence"));
	assert_null(strstr(text, " \n"));
	free(text);
	text = NULL;
	assert_int_equal(pmprobe_report_to_text(r, PMPROBE_TEXT_EXPLAIN, &text), 0);
	assert_non_null(strstr(text, "\nEvidence ("));
	assert_non_null(strstr(text, "  rtc.r\\x1btc.wakealarm "));
	assert_non_null(strstr(text, "\"a\\x01z\xff\""));
	assert_non_null(strstr(text, "\nVerdicts:\nsuspend"));
	assert_non_null(strstr(text, "\n    informs  mem-sleep-deep: "));
	free(text);
	text = NULL;
	r->sysroot = strdup("/tmp/a\x1b"
			    "b");
	assert_int_equal(pmprobe_report_to_text(r, 0, &text), 0);
	assert_true(has_prefix(text, "Host: /tmp/a\\x1bb\n"));
	free(text);
	text = NULL;
	assert_int_equal(pmprobe_report_to_text(r, 1u << 4, &text), -EINVAL);
	assert_int_equal(pmprobe_report_to_text(NULL, 0, &text), -EINVAL);
	assert_null(text);
	pmprobe_report_unref(r);
}

/* The wake section through the walk: the same names in text, XML and JSON; a count that is no
 * number is absent in text and XML and null in JSON. */
static void
test_format_wake_section(void **state)
{
	struct pmprobe_report *r = report_with(NULL, 0, 0);
	char *text = NULL;

	(void)state;
	assert_int_equal(pmprobe_report_section_to_text(r, PMPROBE_SECTION_WAKE, &text), -ENODATA);
	assert_int_equal(pmprobe_report_section_to_text(r, 1u << 5, &text), -EINVAL);
	r->evidence.wake.probed = 1;
	r->evidence.wake.n_enabled = 1;
	r->evidence.wake.devices_r = -EACCES;
	assert_int_equal(evidence_add_wake_device(
				 &r->evidence,
				 &(struct report_wake_device){
					 .group = (char *)"button",
					 .sysname = (char *)"PNP0C0D:00",
					 .wakeup = (char *)"enabled",
					 .kind = (char *)"lid",
					 .wakeup_count = (char *)"7",
					 .active_count = (char *)"x",
					 .path = (char *)"sys/devices/LNXSYSTM:00/power/wakeup",
				 }),
			 0);
	assert_int_equal(evidence_add_rtc(&r->evidence, "rtc0", 1), 0);
	assert_int_equal(evidence_set_rtc_wakeup(&r->evidence, "rtc0", "unknown"), 0);
	r->evidence.wake.platform = "amd";
	evidence_add_platform_driver(&r->evidence, "amd_pmc", "loaded");
	assert_int_equal(pmprobe_report_section_to_text(r, PMPROBE_SECTION_WAKE, &text), 0);
	assert_string_equal(
		text, "Wake sources (read only, no verdict): 1 with power/wakeup, 1 enabled\n"
		      "  wake devices=1 enabled=1 complete=no\n"
		      "    group name=button\n"
		      "      device sysname=PNP0C0D:00 wakeup=enabled kind=lid wakeup_count=7 "
		      "path=sys/devices/LNXSYSTM:00/power/wakeup\n"
		      "    rtc name=rtc0 wakealarm=yes device_wakeup=unknown\n"
		      "    platform name=amd\n"
		      "      driver name=amd_pmc state=loaded\n");
	free(text);
	assert_int_equal(pmprobe_report_to_json_ext(r, PMPROBE_JSON_SHORT, &text), 0);
	assert_non_null(strstr(text, "\"wake\":{\"devices\":1,\"enabled\":1,\"complete\":false,"
				     "\"groups\":[{\"name\":\"button\",\"devices\":[{\"sysname\":"
				     "\"PNP0C0D:00\",\"subsystem\":null,\"driver\":null,\"wakeup\":"
				     "\"enabled\",\"kind\":\"lid\",\"wakeup_count\":7,"
				     "\"active_count\":null,"));
	assert_non_null(strstr(text,
			       "\"rtcs\":[{\"name\":\"rtc0\",\"wakealarm\":true,"
			       "\"device_wakeup\":\"unknown\"}],\"platform\":{\"name\":\"amd\","
			       "\"drivers\":[{\"name\":\"amd_pmc\",\"state\":\"loaded\"}]}}"));
	free(text);
	pmprobe_report_unref(r);
}

/* The JSON written as the walk goes prints as json-c prints the same document: parsed by json-c
 * and printed again with the flags the writer used to give json-c, the bytes are the same, in
 * both layouts (a duplicate key, a spacing or an escape of its own would differ). */
static void
assert_json_as_json_c(const struct pmprobe_report *r)
{
	static const struct {
		unsigned ours;
		int json_c;
	} layouts[] = {
		{0, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED},
		{PMPROBE_JSON_SHORT, JSON_C_TO_STRING_PLAIN},
	};

	for (size_t i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++) {
		char *text = NULL, *again = NULL;
		json_object *doc;

		assert_int_equal(pmprobe_report_to_json_ext(r, layouts[i].ours, &text), 0);
		doc = json_tokener_parse(text);
		assert_non_null(doc);
		assert_true(asprintf(&again, "%s\n",
				     json_object_to_json_string_ext(
					     doc, JSON_C_TO_STRING_NOSLASHESCAPE |
							  layouts[i].json_c)) > 0);
		assert_string_equal(text, again);
		json_object_put(doc);
		free(again);
		free(text);
	}
}

static void
json_as_json_c_on(const char *root, void *userdata)
{
	(void)userdata;
	for (int policy = 0; policy < 2; policy++) {
		struct pmprobe_ctx *ctx = NULL;
		struct pmprobe_report *r = NULL;

		assert_int_equal(pmprobe_new(&ctx, root), 0);
		assert_int_equal(pmprobe_set_policy(ctx, policy ? PMPROBE_POLICY_PM_UTILS
								: PMPROBE_POLICY_FEASIBLE),
				 0);
		assert_int_equal(pmprobe_probe(ctx, &r), 0);
		assert_json_as_json_c(r);
		pmprobe_report_unref(r);
		pmprobe_unref(ctx);
	}
}

static void
test_format_json_as_json_c(void **state)
{
	struct pmprobe_report *r = report_with_facts();

	(void)state;
	assert_json_as_json_c(r);
	pmprobe_report_unref(r);
	assert_true(tu_for_each_fixture(json_as_json_c_on, NULL) > 10);
}

static void
test_format_is_text(void **state)
{
	static const char *const text[] = {
		"", "plain", "tab\tand\nnewline", "Grüße", "\xf0\x9f\x98\x80", "\xef\xbf\xbd",
	};
	static const char *const not_text[] = {
		"\x01",		    /* C0 control */
		"a\rb",		    /* carriage return: XML parsers turn it into a newline */
		"\x7f",		    /* DEL */
		"\xc2\x85",	    /* C1 control (NEL) */
		"\xff",		    /* never in UTF-8 */
		"\xc3",		    /* truncated */
		"\xc0\xaf",	    /* overlong '/' */
		"\xe0\x80\xaf",	    /* overlong, three bytes */
		"\xed\xa0\x80",	    /* surrogate */
		"\xef\xbf\xbe",	    /* U+FFFE */
		"\xf4\x90\x80\x80", /* beyond U+10FFFF */
	};

	(void)state;
	for (size_t i = 0; i < sizeof(text) / sizeof(text[0]); i++)
		assert_true(format_is_text(text[i]));
	for (size_t i = 0; i < sizeof(not_text) / sizeof(not_text[0]); i++)
		assert_false(format_is_text(not_text[i]));
}

static void
assert_value_as(const char *in, const char *want, int want_base64)
{
	char *out = NULL;
	int base64 = -1;

	assert_int_equal(format_value(in, &out, &base64), 0);
	assert_string_equal(out, want);
	assert_int_equal(base64, want_base64);
	free(out);
}

static void
test_format_value_base64(void **state)
{
	(void)state;
	assert_value_as("text", "text", 0);
	assert_value_as("\x01", "AQ==", 1);
	assert_value_as("a\x01", "YQE=", 1);
	assert_value_as("ab\x01", "YWIB", 1);
	assert_value_as("abc\r", "YWJjDQ==", 1);
}

static void
test_format_name_escapes(void **state)
{
	char *out = NULL, buf[16];

	(void)state;
	assert_int_equal(format_name("rtc.\n\xff\x7f.x", &out), 0);
	assert_string_equal(out, "rtc.\\x0a\\xff\\x7f.x");
	free(out);
	assert_int_equal(format_name("sys/power/state", &out), 0);
	assert_string_equal(out, "sys/power/state");
	free(out);
	assert_string_equal(format_errno(EACCES, buf, sizeof(buf)), "EACCES");
	assert_string_equal(format_errno(4000, buf, sizeof(buf)), "4000");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_libvirt_none),
		cmocka_unit_test(test_format_libvirt_unknown_is_not_supported),
		cmocka_unit_test(test_format_libvirt_all_in_libvirt_order),
		cmocka_unit_test(test_format_libvirt_hibernate_only),
		cmocka_unit_test(test_format_libvirt_freeze_alone_is_not_libvirt),
		cmocka_unit_test(test_format_invalid_arguments),
		cmocka_unit_test(test_format_xml_report),
		cmocka_unit_test(test_format_json_report),
		cmocka_unit_test(test_format_json_as_json_c),
		cmocka_unit_test(test_format_wake_section),
		cmocka_unit_test(test_format_text_report),
		cmocka_unit_test(test_format_is_text),
		cmocka_unit_test(test_format_value_base64),
		cmocka_unit_test(test_format_name_escapes),
	};

	return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
