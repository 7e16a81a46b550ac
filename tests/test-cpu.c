/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the CPU section: its parsers (cpu-parse.c) and its reading (probe-cpu.c) of
 * small trees, good and bad. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "source.h"
#include "testutil.h"

#define CPU "sys/devices/system/cpu/"

static void
test_cpu_list_count(void **state)
{
	(void)state;
	assert_int_equal(cpu_list_count("0"), 1);
	assert_int_equal(cpu_list_count("0-3"), 4);
	assert_int_equal(cpu_list_count("0-3,8,10-11"), 7);
	assert_int_equal(cpu_list_count("0 1 2 3"), 4);
	assert_int_equal(cpu_list_count("0 1 2 3 "), 4); /* affected_cpus ends in a space */
	assert_int_equal(cpu_list_count("4-7"), 4);
	assert_int_equal(cpu_list_count(""), 0);
	assert_int_equal(cpu_list_count("3-1"), -EBADMSG);
	assert_int_equal(cpu_list_count("0,,1"), -EBADMSG);
	assert_int_equal(cpu_list_count("0,"), -EBADMSG);
	assert_int_equal(cpu_list_count("a"), -EBADMSG);
	assert_int_equal(cpu_list_count("0-"), -EBADMSG);
	assert_int_equal(cpu_list_count("-1"), -EBADMSG);
	assert_int_equal(cpu_list_count("0  1"), -EBADMSG);
	assert_int_equal(cpu_list_count("99999999"), -EBADMSG);
	assert_int_equal(cpu_list_count("0-65535,0-65535"), -EBADMSG); /* over 65536 */
}

static void
test_cpu_number_parse(void **state)
{
	uint64_t v = 7;

	(void)state;
	assert_int_equal(cpu_number_parse("3600000", 1000000000, &v), 0);
	assert_int_equal(v, 3600000);
	assert_int_equal(cpu_number_parse("0", 1, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(cpu_number_parse("2", 1, &v), -EBADMSG);
	assert_int_equal(cpu_number_parse("", 10, &v), -EBADMSG);
	assert_int_equal(cpu_number_parse("<unknown>", 10, &v), -EBADMSG);
	assert_int_equal(cpu_number_parse("-1", 10, &v), -EBADMSG);
	assert_int_equal(cpu_number_parse("1.5", 10, &v), -EBADMSG);
	assert_int_equal(cpu_number_parse("99999999999999999999999", UINT64_MAX, &v), -EBADMSG);
	assert_int_equal(v, 0); /* untouched on failure */
}

static void
test_cpu_words(void **state)
{
	(void)state;
	assert_true(cpu_words_has("performance powersave ", "powersave"));
	assert_true(cpu_words_has("performance\tpowersave", "performance"));
	assert_false(cpu_words_has("performance powersave", "power"));
	assert_false(cpu_words_has("performance powersave", ""));
	assert_false(cpu_words_has("", "powersave"));
	assert_true(cpu_epp_is_known("balance_performance",
				     "default performance balance_performance power"));
	assert_false(cpu_epp_is_known("balanced", "default performance balance_performance"));
	assert_true(cpu_epp_is_known("128", NULL)); /* a raw value */
	assert_true(cpu_epp_is_known("255", "default"));
	assert_false(cpu_epp_is_known("256", "default"));
	assert_false(cpu_epp_is_known("", "default"));
	assert_false(cpu_epp_is_known("power", NULL));
}

static void
test_cpu_list_format(void **state)
{
	static const unsigned a[] = {0, 1, 2, 3, 8, 10, 11};
	static const unsigned b[] = {5};
	char *s;

	(void)state;
	s = cpu_list_format(a, sizeof(a) / sizeof(a[0]));
	assert_string_equal(s, "0-3,8,10-11");
	free(s);
	s = cpu_list_format(b, 1);
	assert_string_equal(s, "5");
	free(s);
	s = cpu_list_format(NULL, 0);
	assert_string_equal(s, "");
	free(s);
}

static void
test_cpuidle_states_equal(void **state)
{
	struct cpuidle_state a[2] = {
		{.index = 0, .name = (char *)"POLL", .desc = (char *)"x"},
		{.index = 1, .name = (char *)"C1", .latency = {0, 2}, .residency = {0, 2}},
	};
	struct cpuidle_state b[2];

	(void)state;
	memcpy(b, a, sizeof(a));
	b[0].desc = (char *)"descriptions do not count";
	assert_true(cpuidle_states_equal(a, 2, b, 2));
	assert_false(cpuidle_states_equal(a, 2, b, 1));
	b[1].latency.v = 3;
	assert_false(cpuidle_states_equal(a, 2, b, 2));
	b[1].latency.v = 2;
	b[1].disable = (struct cpu_number){0, 1};
	assert_false(cpuidle_states_equal(a, 2, b, 2));
	b[1].disable = a[1].disable;
	b[1].index = 2;
	assert_false(cpuidle_states_equal(a, 2, b, 2));
	b[1].index = 1;
	b[1].name = NULL; /* read for a group's first CPU only */
	b[1].residency.v = 9;
	assert_true(cpuidle_states_equal(a, 2, b, 2));
}

static void
test_cpu_reasons_bounded(void **state)
{
	struct cpu_facts c = {0};
	char path[32];

	(void)state;
	assert_int_equal(cpu_add_reason(&c, PMPROBE_REASON_EPP_UNKNOWN, "a"), 0);
	assert_int_equal(cpu_add_reason(&c, PMPROBE_REASON_EPP_UNKNOWN, "a"), 0);
	assert_int_equal(c.n_reasons, 1);
	for (int i = 0; i < 1000; i++) {
		snprintf(path, sizeof(path), "p%d", i);
		assert_int_equal(cpu_add_reason(&c, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, path),
				 0);
	}
	assert_int_equal(c.n_reasons, CPU_REASONS_WITH_PATH);
	/* Full: a new code still comes in, once, without a path. */
	assert_int_equal(cpu_add_reason(&c, PMPROBE_REASON_CPU_LIMIT_EXCEEDED, "x"), 0);
	assert_int_equal(cpu_add_reason(&c, PMPROBE_REASON_CPU_LIMIT_EXCEEDED, "y"), 0);
	assert_int_equal(c.n_reasons, CPU_REASONS_WITH_PATH + 1);
	assert_null(c.reasons[CPU_REASONS_WITH_PATH].path);
	for (size_t i = 0; i < c.n_reasons; i++)
		free(c.reasons[i].path);
	free(c.reasons);
}

static struct cpu_facts *
probe_tree(const char *root)
{
	struct source *src = NULL;
	struct cpu_facts *c = NULL;

	assert_int_equal(source_new_sysroot(root, &src), 0);
	assert_int_equal(probe_cpu(src, &c), 0);
	source_free(src);
	return c;
}

static int
has_reason(const struct cpu_facts *c, enum pmprobe_reason code, const char *path)
{
	for (size_t i = 0; i < c->n_reasons; i++)
		if (c->reasons[i].code == code &&
		    (!path || (c->reasons[i].path && !strcmp(c->reasons[i].path, path))))
			return 1;
	return 0;
}

static void
write_policy(const char *root, int n, const char *gov, const char *min, const char *epp)
{
	char rel[128];

#define P(file, value)                                                                             \
	do {                                                                                       \
		snprintf(rel, sizeof(rel), CPU "cpufreq/policy%d/%s", n, file);                    \
		tu_write(root, rel, value);                                                        \
	} while (0)
	P("affected_cpus", "0 1 \n");
	P("related_cpus", "0 1 \n");
	P("scaling_driver", "intel_pstate\n");
	P("scaling_available_governors", "performance powersave \n");
	P("scaling_governor", gov);
	P("scaling_min_freq", min);
	P("scaling_max_freq", "3600000\n");
	P("scaling_cur_freq", "1000000\n");
	P("cpuinfo_min_freq", "400000\n");
	P("cpuinfo_max_freq", "3600000\n");
	P("energy_performance_preference", epp);
	P("energy_performance_available_preferences", "default performance power \n");
#undef P
}

static void
test_probe_cpu_good(void **state)
{
	const char *root = *state;
	struct cpu_facts *c;

	tu_write(root, CPU "cpu0/power/energy_perf_bias", "6\n");
	tu_write(root, CPU "cpu1/power/energy_perf_bias", "6\n");
	tu_write(root, CPU "intel_pstate/status", "active\n");
	write_policy(root, 0, "powersave\n", "400000\n", "performance\n");
	tu_write(root, CPU "cpuidle/current_driver", "intel_idle\n");
	tu_write(root, CPU "cpuidle/current_governor_ro", "menu\n");
	for (int cpu = 0; cpu < 2; cpu++) {
		char rel[96];

		snprintf(rel, sizeof(rel), CPU "cpu%d/cpuidle/state0/name", cpu);
		tu_write(root, rel, "POLL\n");
		snprintf(rel, sizeof(rel), CPU "cpu%d/cpuidle/state0/latency", cpu);
		tu_write(root, rel, "0\n");
		snprintf(rel, sizeof(rel), CPU "cpu%d/cpuidle/state1/name", cpu);
		tu_write(root, rel, "C1\n");
		snprintf(rel, sizeof(rel), CPU "cpu%d/cpuidle/state1/latency", cpu);
		tu_write(root, rel, cpu ? "3\n" : "2\n"); /* two groups */
	}
	tu_write(root, CPU "cpu0/cpuidle/state1/desc", "MWAIT 0x00\n");
	tu_mkdir(root, CPU "cpufreq_not_a_policy");
	tu_mkdir(root, CPU "cpu01"); /* not how the kernel names CPUs */

	c = probe_tree(root);
	assert_int_equal(c->n_cpus, 2);
	assert_int_equal(c->n_reasons, 0);
	assert_int_equal(c->n_policies, 1);
	assert_string_equal(c->policies[0].affected_cpus, "0 1");
	assert_string_equal(c->policies[0].governors, "performance powersave");
	assert_int_equal(c->policies[0].freq[CPUFREQ_SCALING_MIN].r, 0);
	assert_int_equal(c->policies[0].freq[CPUFREQ_SCALING_MIN].v, 400000);
	assert_int_equal(c->policies[0].boost.r, -ENOENT);
	assert_string_equal(c->idle_governor, "menu");
	assert_int_equal(c->n_idle_groups, 2);
	assert_string_equal(c->idle_groups[0].cpus_text, "0");
	assert_string_equal(c->idle_groups[0].states[1].desc, "MWAIT 0x00");
	assert_int_equal(c->idle_groups[1].states[1].latency.v, 3);
	assert_int_equal(c->idle_groups[0].states[1].residency.r, -ENOENT);
	assert_int_equal(c->n_bias_groups, 1);
	assert_string_equal(c->bias_groups[0].cpus_text, "0-1");
	assert_string_equal(c->summary, "2 CPUs, intel_pstate active, governor powersave, EPP "
					"performance; idle: intel_idle driver, 2 states in 2 CPU "
					"groups");
	cpu_facts_free(c);
}

/* Every bad value gets its reason and is left out; nothing else is lost. */
static void
test_probe_cpu_bad_values(void **state)
{
	const char *root = *state;
	struct cpu_facts *c;

	tu_mkdir(root, CPU "cpu0");
	write_policy(root, 0, "ondemand\n", "400000\n", "balanced\n");
	write_policy(root, 1, "powersave\n", "fast\n", "42\n");
	write_policy(root, 2, "powersave\n", "3600001\n", "power\n");
	tu_write(root, CPU "cpufreq/policy2/affected_cpus", "0-\n");
	tu_write(root, CPU "cpufreq/policy2/boost", "2\n");
	tu_remove(root, CPU "cpufreq/policy2/scaling_driver");
	tu_mkdir(root, CPU "cpufreq/policy2/scaling_driver"); /* a directory: unreadable */
	tu_write(root, CPU "cpu0/power/energy_perf_bias", "16\n");
	tu_write(root, CPU "cpuidle/current_driver", "acpi_idle\n");
	tu_write(root, CPU "cpu0/cpuidle/state0/latency", "lots\n");
	tu_write(root, "sys/firmware/acpi/platform_profile", "turbo\n");
	tu_write(root, "sys/firmware/acpi/platform_profile_choices", "low-power balanced\n");

	c = probe_tree(root);
	assert_true(has_reason(c, PMPROBE_REASON_GOVERNOR_NOT_AVAILABLE,
			       CPU "cpufreq/policy0/scaling_governor"));
	assert_true(has_reason(c, PMPROBE_REASON_EPP_UNKNOWN,
			       CPU "cpufreq/policy0/energy_performance_preference"));
	assert_false(has_reason(c, PMPROBE_REASON_EPP_UNKNOWN,
				CPU "cpufreq/policy1/energy_performance_preference"));
	assert_true(has_reason(c, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED,
			       CPU "cpufreq/policy1/scaling_min_freq"));
	assert_int_equal(c->policies[1].freq[CPUFREQ_SCALING_MIN].r, -EBADMSG);
	assert_true(has_reason(c, PMPROBE_REASON_CPUFREQ_MIN_ABOVE_MAX, CPU "cpufreq/policy2"));
	assert_int_equal(c->policies[2].freq[CPUFREQ_SCALING_MIN].v, 3600001); /* still there */
	assert_true(has_reason(c, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED,
			       CPU "cpufreq/policy2/affected_cpus"));
	assert_null(c->policies[2].affected_cpus);
	assert_true(
		has_reason(c, PMPROBE_REASON_CPUFREQ_VALUE_MALFORMED, CPU "cpufreq/policy2/boost"));
	assert_true(has_reason(c, PMPROBE_REASON_CPU_VALUE_UNREADABLE,
			       CPU "cpufreq/policy2/scaling_driver"));
	assert_null(c->policies[2].driver);
	assert_true(has_reason(c, PMPROBE_REASON_ENERGY_PERF_BIAS_MALFORMED,
			       CPU "cpu0/power/energy_perf_bias"));
	assert_true(has_reason(c, PMPROBE_REASON_CPUIDLE_VALUE_MALFORMED,
			       CPU "cpu0/cpuidle/state0/latency"));
	assert_true(has_reason(c, PMPROBE_REASON_PLATFORM_PROFILE_UNKNOWN,
			       "sys/firmware/acpi/platform_profile"));
	assert_string_equal(c->platform_profile, "turbo");
	/* One driver known (intel_pstate twice, one unreadable), no mode file. */
	assert_string_equal(c->summary,
			    "1 CPU, intel_pstate, 3 policies, governor "
			    "ondemand/powersave, EPP balanced/42/power; idle: acpi_idle "
			    "driver, 1 state; platform profile turbo");
	cpu_facts_free(c);
}

static void
test_probe_cpu_empty_and_bounded(void **state)
{
	const char *root = *state;
	struct cpu_facts *c;
	char rel[96];

	c = probe_tree(root); /* no sys/devices/system/cpu at all */
	assert_int_equal(c->n_cpus, 0);
	assert_int_equal(c->n_reasons, 0);
	assert_string_equal(c->summary, "not recorded (no sys/devices/system/cpu)");
	cpu_facts_free(c);

	tu_write(root, CPU "cpuidle/current_driver", "none\n");
	for (int i = 0; i < CPUIDLE_STATES_MAX + 3; i++) {
		snprintf(rel, sizeof(rel), CPU "cpu0/cpuidle/state%d/name", i);
		tu_write(root, rel, "S\n");
	}
	for (int i = 0; i < CPUFREQ_POLICIES_MAX + 2; i++) {
		snprintf(rel, sizeof(rel), CPU "cpufreq/policy%d", i);
		tu_mkdir(root, rel);
	}
	c = probe_tree(root);
	assert_int_equal(c->n_policies, CPUFREQ_POLICIES_MAX);
	assert_int_equal(c->idle_groups[0].n_states, CPUIDLE_STATES_MAX);
	assert_true(has_reason(c, PMPROBE_REASON_CPU_LIMIT_EXCEEDED, CPU "cpufreq"));
	assert_true(has_reason(c, PMPROBE_REASON_CPU_LIMIT_EXCEEDED, CPU "cpu0/cpuidle"));
	cpu_facts_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cpu_list_count),
		cmocka_unit_test(test_cpu_number_parse),
		cmocka_unit_test(test_cpu_words),
		cmocka_unit_test(test_cpu_list_format),
		cmocka_unit_test(test_cpuidle_states_equal),
		cmocka_unit_test(test_cpu_reasons_bounded),
		cmocka_unit_test_setup_teardown(test_probe_cpu_good, tu_setup_root,
						tu_teardown_root),
		cmocka_unit_test_setup_teardown(test_probe_cpu_bad_values, tu_setup_root,
						tu_teardown_root),
		cmocka_unit_test_setup_teardown(test_probe_cpu_empty_and_bounded, tu_setup_root,
						tu_teardown_root),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
