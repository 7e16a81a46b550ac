/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the wake and CPU section getters (report-access.c): on every fixture tree, every
 * value the JSON report has is what the getter of the same key returns, so both cannot drift. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <pmprobe/pmprobe.h>

#include "testutil.h"

/* One getter with the indices it needs bound: the object a JSON object is the twin of. */
struct getter {
	int (*get)(const struct getter *g, const char *key, const char **s, unsigned long long *n);
	const struct pmprobe_report *rep;
	size_t a, b;
	const char *where; /* for messages */
};

#define GETTER_1(name, fn)                                                                         \
	static int name(const struct getter *g, const char *key, const char **s,                   \
			unsigned long long *n)                                                     \
	{                                                                                          \
		return fn(g->rep, g->a, key, s, n);                                                \
	}

static int
get_wake(const struct getter *g, const char *key, const char **s, unsigned long long *n)
{
	return pmprobe_report_get_wake_value(g->rep, key, s, n);
}

static int
get_cpu(const struct getter *g, const char *key, const char **s, unsigned long long *n)
{
	return pmprobe_report_get_cpu_value(g->rep, key, s, n);
}

static int
get_state(const struct getter *g, const char *key, const char **s, unsigned long long *n)
{
	return pmprobe_report_get_cpuidle_state(g->rep, g->a, g->b, key, s, n);
}

GETTER_1(get_source, pmprobe_report_get_wake_source)
GETTER_1(get_rtc, pmprobe_report_get_rtc)
GETTER_1(get_driver, pmprobe_report_get_platform_driver)
GETTER_1(get_idle_group, pmprobe_report_get_cpuidle_group)
GETTER_1(get_bias, pmprobe_report_get_energy_perf_bias)
GETTER_1(get_cpu_reason, pmprobe_report_get_cpu_reason)

/* A policy's JSON "name" is policyN: the getter has its N as "index". */
static int
get_policy(const struct getter *g, const char *key, const char **s, unsigned long long *n)
{
	static char name[32];
	unsigned long long index;
	int r;

	if (strcmp(key, "name") != 0)
		return pmprobe_report_get_cpufreq_policy(g->rep, g->a, key, s, n);
	r = pmprobe_report_get_cpufreq_policy(g->rep, g->a, "index", NULL, &index);
	assert_int_equal(r, PMPROBE_VALUE_NUMBER);
	snprintf(name, sizeof(name), "policy%llu", index);
	*s = name;
	return PMPROBE_VALUE_STRING;
}

/* The words of @s, one space between them. */
static void
normalize_words(const char *s, char *buf, size_t size)
{
	size_t o = 0;

	for (const char *p = s; *p && o + 1 < size;) {
		size_t len = strcspn(p, " \t\n");

		if (len) {
			if (o)
				buf[o++] = ' ';
			o += (size_t)snprintf(buf + o, size - o, "%.*s", (int)len, p);
		}
		p += len;
		p += strspn(p, " \t\n");
	}
	buf[o < size ? o : size - 1] = '\0';
}

/* The kernel CPU list @s ("0-3,8", or "0 1 2 3" as affected_cpus) as the JSON report writes it:
 * its CPUs, one space between. */
static void
expand_cpu_list(const char *s, char *buf, size_t size)
{
	size_t o = 0;

	buf[0] = '\0';
	for (const char *p = s + strspn(s, ", \t\n"); *p; p += strspn(p, ", \t\n")) {
		char *end;
		unsigned long a = strtoul(p, &end, 10), b = a;

		if (*end == '-')
			b = strtoul(end + 1, &end, 10);
		for (unsigned long c = a; c <= b; c++) {
			o += (size_t)snprintf(buf + o, size - o, "%s%lu", o ? " " : "", c);
			assert_true(o < size);
		}
		assert_true(end != p);
		p = end;
	}
}

/* The JSON scalar (or list of scalars, as words) @v as text; NULL for null. */
static const char *
json_text(json_object *v, char *buf, size_t size)
{
	size_t o = 0;

	switch (json_object_get_type(v)) {
	case json_type_null:
		return NULL;
	case json_type_boolean:
		return json_object_get_boolean(v) ? "1" : "0";
	case json_type_int:
		snprintf(buf, size, "%llu", (unsigned long long)json_object_get_uint64(v));
		return buf;
	case json_type_string:
		return json_object_get_string(v);
	case json_type_array:
		buf[0] = '\0';
		for (size_t i = 0; i < json_object_array_length(v); i++) {
			char item[64];
			const char *t =
				json_text(json_object_array_get_idx(v, i), item, sizeof(item));

			o += (size_t)snprintf(buf + o, size - o, "%s%s", i ? " " : "", t ? t : "");
			assert_true(o < size);
		}
		return buf;
	default:
		fail_msg("unexpected JSON type");
	}
	return NULL;
}

static void
compare_value(const struct getter *g, const char *key, json_object *v)
{
	char want_buf[4096], got_buf[4096];
	const char *want = json_text(v, want_buf, sizeof(want_buf)), *s = NULL, *got = NULL;
	unsigned long long n = 0;
	int r = g->get(g, key, &s, &n);

	if (r < 0)
		fail_msg("%s: %s: %s", g->where, key, strerror(-r));
	if (r == PMPROBE_VALUE_STRING) {
		got = s;
		if (json_object_is_type(v, json_type_array) && json_object_array_length(v) > 0 &&
		    json_object_is_type(json_object_array_get_idx(v, 0), json_type_int)) {
			expand_cpu_list(s, got_buf, sizeof(got_buf));
			got = got_buf;
		} else if (json_object_is_type(v, json_type_array)) {
			normalize_words(s, got_buf, sizeof(got_buf));
			got = got_buf;
		}
	} else if (r == PMPROBE_VALUE_NUMBER) {
		snprintf(got_buf, sizeof(got_buf), "%llu", n);
		got = got_buf;
	} else {
		assert_int_equal(r, PMPROBE_VALUE_NULL);
	}
	if (!want != !got || (want && strcmp(want, got) != 0))
		fail_msg("%s: %s: JSON '%s', getter '%s'", g->where, key, want ? want : "(null)",
			 got ? got : "(null)");
}

static int
is_object_list(json_object *v)
{
	return json_object_is_type(v, json_type_array) && json_object_array_length(v) > 0 &&
	       json_object_is_type(json_object_array_get_idx(v, 0), json_type_object);
}

/* Compares every scalar of @obj (nested objects as "a.b") with @g; the lists of objects must be
 * among @lists, which the caller compares. Returns: the number of values compared. */
static int
compare_object(const struct getter *g, json_object *obj, const char *prefix,
	       const char *const *lists)
{
	int n = 0;

	json_object_object_foreach(obj, key, v)
	{
		char path[256];
		int listed = 0;

		snprintf(path, sizeof(path), "%s%s", prefix, key);
		for (const char *const *l = lists; l && *l; l++)
			listed |= !strcmp(*l, path);
		if (listed)
			continue;
		if (is_object_list(v))
			fail_msg("%s: list %s has no getter in this test", g->where, path);
		if (json_object_is_type(v, json_type_object)) {
			char sub[sizeof(path) + 1];

			snprintf(sub, sizeof(sub), "%s.", path);
			n += compare_object(g, v, sub, lists);
		} else if (!strcmp(path, "platform_profile") && !v) {
			/* null: no profile; its members are absent. */
			compare_value(g, "platform_profile.current", NULL);
			n++;
		} else {
			compare_value(g, path, v);
			n++;
		}
	}
	return n;
}

static json_object *
member(json_object *obj, const char *path)
{
	json_object *v = obj;
	char buf[256], *save = NULL;

	snprintf(buf, sizeof(buf), "%s", path);
	for (char *k = strtok_r(buf, ".", &save); k && v; k = strtok_r(NULL, ".", &save))
		if (!json_object_object_get_ex(v, k, &v))
			return NULL;
	return v;
}

static size_t
list_length(json_object *obj, const char *path)
{
	json_object *v = member(obj, path);

	return v ? json_object_array_length(v) : 0;
}

static void
compare_wake(const struct pmprobe_report *rep, json_object *wake, const char *root)
{
	static const char *const lists[] = {"groups", "rtcs", "platform.drivers", NULL};
	struct getter g = {.get = get_wake, .rep = rep, .where = root};
	json_object *groups = member(wake, "groups");
	size_t n_devices = 0, n_sources = (size_t)pmprobe_report_get_n_wake_sources(rep);

	assert_true(compare_object(&g, wake, "", lists) >= 4);
	/* The JSON lists the devices by group; the getters by index, in the same order within
	 * a group. */
	for (size_t i = 0; i < json_object_array_length(groups); i++) {
		json_object *grp = json_object_array_get_idx(groups, i), *devices;
		const char *name = json_object_get_string(member(grp, "name"));
		size_t d = 0;

		devices = member(grp, "devices");
		for (size_t j = 0; j < n_sources; j++) {
			struct getter s = {.get = get_source, .rep = rep, .a = j, .where = root};
			const char *group = NULL;

			assert_int_equal(
				pmprobe_report_get_wake_source(rep, j, "group", &group, NULL),
				PMPROBE_VALUE_STRING);
			if (strcmp(group, name) != 0)
				continue;
			assert_true(d < json_object_array_length(devices));
			assert_true(compare_object(&s, json_object_array_get_idx(devices, d++), "",
						   NULL) >= 8);
		}
		assert_int_equal(d, json_object_array_length(devices));
		n_devices += d;
	}
	assert_int_equal(n_devices, n_sources);

	assert_int_equal(pmprobe_report_get_n_rtcs(rep), list_length(wake, "rtcs"));
	for (size_t i = 0; i < list_length(wake, "rtcs"); i++) {
		struct getter r = {.get = get_rtc, .rep = rep, .a = i, .where = root};

		compare_object(&r, json_object_array_get_idx(member(wake, "rtcs"), i), "", NULL);
	}
	assert_int_equal(pmprobe_report_get_n_platform_drivers(rep),
			 list_length(wake, "platform.drivers"));
	for (size_t i = 0; i < list_length(wake, "platform.drivers"); i++) {
		struct getter r = {.get = get_driver, .rep = rep, .a = i, .where = root};

		compare_object(&r, json_object_array_get_idx(member(wake, "platform.drivers"), i),
			       "", NULL);
	}
}

/* Compares each item of the list at @path with @get, index bound as g.a. */
static void
compare_list(const struct pmprobe_report *rep, json_object *cpu, const char *path, int n,
	     int (*get)(const struct getter *, const char *, const char **, unsigned long long *),
	     const char *root)
{
	json_object *list = member(cpu, path);

	assert_int_equal(n, list ? json_object_array_length(list) : 0);
	for (int i = 0; i < n; i++) {
		static const char *const lists[] = {"states", NULL};
		struct getter g = {.get = get, .rep = rep, .a = (size_t)i, .where = root};

		assert_true(compare_object(&g, json_object_array_get_idx(list, (size_t)i), "",
					   lists) >= 1);
	}
}

static void
compare_cpu(const struct pmprobe_report *rep, json_object *cpu, const char *root)
{
	static const char *const lists[] = {"cpufreq.policies", "cpuidle.groups",
					    "energy_perf_bias", "reasons", NULL};
	struct getter g = {.get = get_cpu, .rep = rep, .where = root};
	json_object *groups = member(cpu, "cpuidle.groups");

	assert_true(compare_object(&g, cpu, "", lists) >= 9);
	compare_list(rep, cpu, "cpufreq.policies", pmprobe_report_get_n_cpufreq_policies(rep),
		     get_policy, root);
	compare_list(rep, cpu, "cpuidle.groups", pmprobe_report_get_n_cpuidle_groups(rep),
		     get_idle_group, root);
	compare_list(rep, cpu, "energy_perf_bias", pmprobe_report_get_n_energy_perf_bias(rep),
		     get_bias, root);
	compare_list(rep, cpu, "reasons", pmprobe_report_get_n_cpu_reasons(rep), get_cpu_reason,
		     root);
	for (size_t i = 0; groups && i < json_object_array_length(groups); i++) {
		json_object *states = member(json_object_array_get_idx(groups, i), "states");

		assert_int_equal(pmprobe_report_get_n_cpuidle_states(rep, i),
				 json_object_array_length(states));
		for (size_t s = 0; s < json_object_array_length(states); s++) {
			struct getter st = {
				.get = get_state, .rep = rep, .a = i, .b = s, .where = root};

			assert_true(compare_object(&st, json_object_array_get_idx(states, s), "",
						   NULL) >= 6);
		}
	}
}

static struct pmprobe_report *
probe(const char *root, unsigned sections)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_sections(ctx, sections), 0);
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	pmprobe_unref(ctx);
	return rep;
}

/* Returns: 1 when the report had a wake section, 2 a CPU section (bits). */
static int
check_fixture(const char *root)
{
	struct pmprobe_report *rep = probe(root, PMPROBE_SECTIONS_ALL);
	json_object *doc, *wake = NULL, *cpu = NULL;
	char *text = NULL;
	int seen = 0;

	assert_int_equal(pmprobe_report_to_json(rep, &text), 0);
	doc = json_tokener_parse(text);
	assert_non_null(doc);
	if (json_object_object_get_ex(doc, "wake", &wake)) {
		compare_wake(rep, wake, root);
		seen |= 1;
	} else {
		assert_int_equal(pmprobe_report_get_n_wake_sources(rep), -ENODATA);
		assert_int_equal(pmprobe_report_get_wake_value(rep, "devices", NULL, NULL),
				 -ENODATA);
	}
	if (json_object_object_get_ex(doc, "cpu", &cpu) && cpu) {
		compare_cpu(rep, cpu, root);
		seen |= 2;
	} else {
		assert_int_equal(pmprobe_report_get_n_cpufreq_policies(rep), -ENODATA);
		assert_int_equal(pmprobe_report_get_cpu_value(rep, "cpus", NULL, NULL), -ENODATA);
	}
	json_object_put(doc);
	free(text);
	pmprobe_report_unref(rep);
	return seen;
}

static void
collect(const char *root, void *userdata)
{
	*(int *)userdata |= check_fixture(root);
}

static void
test_report_access_matches_json_on_every_fixture(void **state)
{
	int seen = 0;

	(void)state;
	assert_true(tu_for_each_fixture(collect, &seen) >= 25);
	assert_int_equal(seen, 3); /* both sections were compared somewhere */
}

/* Values a fixture is known to have, so the comparison above cannot pass on empty sections. */
static void
test_report_access_known_values(void **state)
{
	char root[4096];
	struct pmprobe_report *rep;
	const char *s = NULL;
	unsigned long long n = 0;
	int found = 0;

	(void)state;
	snprintf(root, sizeof(root), "%s/synthetic-cpu-intel-pstate-epp", PMPROBE_FIXTURES_DIR);
	rep = probe(root, PMPROBE_SECTIONS_ALL);
	assert_int_equal(pmprobe_report_get_cpu_value(rep, "cpufreq.intel_pstate_status", &s, NULL),
			 PMPROBE_VALUE_STRING);
	assert_string_equal(s, "active");
	assert_int_equal(pmprobe_report_get_cpu_value(rep, "cpus", NULL, &n), PMPROBE_VALUE_NUMBER);
	assert_int_equal(n, 8);
	assert_true(pmprobe_report_get_n_cpufreq_policies(rep) > 0);
	assert_int_equal(pmprobe_report_get_cpufreq_policy(rep, 0, "scaling_driver", &s, NULL),
			 PMPROBE_VALUE_STRING);
	assert_string_equal(s, "intel_pstate");
	pmprobe_report_unref(rep);

	snprintf(root, sizeof(root), "%s/synthetic-laptop-wake-sources", PMPROBE_FIXTURES_DIR);
	rep = probe(root, PMPROBE_SECTIONS_ALL);
	assert_true(pmprobe_report_get_n_wake_sources(rep) > 0);
	for (int i = 0; i < pmprobe_report_get_n_wake_sources(rep); i++)
		if (pmprobe_report_get_wake_source(rep, (size_t)i, "group", &s, NULL) ==
			    PMPROBE_VALUE_STRING &&
		    !strcmp(s, "button"))
			found = 1;
	assert_true(found);
	assert_true(pmprobe_report_get_n_rtcs(rep) > 0);
	assert_int_equal(pmprobe_report_get_rtc(rep, 0, "name", &s, NULL), PMPROBE_VALUE_STRING);
	assert_string_equal(s, "rtc0");
	pmprobe_report_unref(rep);
}

static void
test_report_access_errors(void **state)
{
	char root[4096];
	struct pmprobe_report *rep;
	const char *s = "untouched";
	unsigned long long n = 42;

	(void)state;
	snprintf(root, sizeof(root), "%s/synthetic-laptop-wake-sources", PMPROBE_FIXTURES_DIR);
	rep = probe(root, PMPROBE_SECTIONS_ALL);
	assert_int_equal(pmprobe_report_get_n_wake_sources(NULL), -EINVAL);
	assert_int_equal(pmprobe_report_get_wake_value(rep, NULL, &s, &n), -EINVAL);
	assert_int_equal(pmprobe_report_get_wake_value(rep, "no-such-key", &s, &n), -ENOENT);
	assert_int_equal(pmprobe_report_get_wake_source(rep, 100000, "sysname", &s, &n), -EINVAL);
	assert_int_equal(pmprobe_report_get_rtc(rep, 100000, "name", &s, &n), -EINVAL);
	assert_int_equal(pmprobe_report_get_cpuidle_state(rep, 100000, 0, "name", &s, &n), -EINVAL);
	/* Out parameters are written only for the type returned. */
	assert_string_equal(s, "untouched");
	assert_int_equal(n, 42);
	assert_int_equal(pmprobe_report_get_wake_value(rep, "devices", &s, &n),
			 PMPROBE_VALUE_NUMBER);
	assert_string_equal(s, "untouched");
	pmprobe_report_unref(rep);

	/* A probe that leaves the sections out has none to give. */
	rep = probe(root, 0);
	assert_int_equal(pmprobe_report_get_n_cpu_reasons(rep), -ENODATA);
	assert_int_equal(pmprobe_report_get_n_cpuidle_states(rep, 0), -ENODATA);
	assert_int_equal(pmprobe_report_get_cpuidle_group(rep, 0, "cpus", &s, &n), -ENODATA);
	pmprobe_report_unref(rep);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_access_matches_json_on_every_fixture),
		cmocka_unit_test(test_report_access_known_values),
		cmocka_unit_test(test_report_access_errors),
	};

	return cmocka_run_group_tests_name("report-access", tests, NULL, NULL);
}
