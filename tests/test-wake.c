/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the wake probe: its parsers, the sysroot walk of sys/devices, readlink, and
 * the libkmod lookup on this host, and a tree's own lib/modules lists, parsed without libkmod,
 * against libkmod's answers on the same directories. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cmocka.h>

#include <pmprobe/pmprobe.h>

#include "macro.h"
#include "probe.h"
#include "report.h"
#include "source.h"
#include "testutil.h"
#include "wake-group.h"

static void
test_wake_parse_state(void **state)
{
	(void)state;
	assert_int_equal(wake_parse_state("enabled"), 1);
	assert_int_equal(wake_parse_state("disabled"), 0);
	assert_int_equal(wake_parse_state(""), -EBADMSG); /* a device that cannot wake */
	assert_int_equal(wake_parse_state("Enabled"), -EBADMSG);
	assert_int_equal(wake_parse_state("enabled "), -EBADMSG);
	assert_int_equal(wake_parse_state("maybe"), -EBADMSG);
}

/* The writers show the devices of each group in wake_groups[]: every group wake_group() gives
 * is one of its entries (the same string, not a copy of the name), and each entry is given. */
static void
test_wake_groups_one_list(void **state)
{
	static const char *const subsystems[] = {"acpi", "rtc", "usb", "pci", "platform", NULL};
	static const char *const sysnames[] = {"PNP0C0D:00", "LNXSLPBN:00", "x"};
	size_t n = 0, seen[16] = {0};

	(void)state;
	while (wake_groups[n])
		n++;
	assert_true(n > 0 && n < ELEMENTSOF(seen));
	for (size_t s = 0; s < ELEMENTSOF(subsystems); s++)
		for (size_t i = 0; i < ELEMENTSOF(sysnames); i++)
			for (unsigned bits = 0; bits < 8; bits++) {
				const char *g = wake_group(subsystems[s], sysnames[i], bits & 1,
							   (bits >> 1) & 1, (bits >> 2) & 1);
				size_t k = 0;

				while (k < n && wake_groups[k] != g)
					k++;
				assert_true(k < n);
				seen[k]++;
			}
	for (size_t k = 0; k < n; k++)
		assert_true(seen[k] > 0);
}

static void
test_wake_groups(void **state)
{
	(void)state;
	assert_string_equal(wake_group("acpi", "PNP0C0D:00", 0, 0, 0), "button");
	assert_string_equal(wake_group("acpi", "PNP0C0C:01", 0, 0, 0), "button");
	assert_string_equal(wake_group("acpi", "LNXPWRBN:00", 0, 0, 0), "button");
	assert_string_equal(wake_group("acpi", "PNP0C0A:00", 0, 0, 0), "other"); /* a battery */
	/* An id alone is not a button: only the acpi subsystem's. */
	assert_string_equal(wake_group("platform", "PNP0C0D:00", 0, 0, 0), "other");
	assert_string_equal(wake_group("pnp", "00:01", 0, 1, 0), "rtc");
	assert_string_equal(wake_group("rtc", "rtc0", 0, 0, 0), "rtc");
	assert_string_equal(wake_group("pci", "0000:03:00.0", 1, 0, 0), "network");
	assert_string_equal(wake_group("pci", "0000:00:14.0", 0, 0, 0), "pci");
	assert_string_equal(wake_group("usb", "1-3", 0, 0, 1), "usb-input");
	assert_string_equal(wake_group("usb", "usb1", 0, 0, 0), "usb");
	assert_string_equal(wake_group(NULL, "x", 0, 0, 0), "other");
	assert_string_equal(wake_button_kind("PNP0C0D:00"), "lid");
	assert_string_equal(wake_button_kind("PNP0C0C:00"), "power-button");
	assert_string_equal(wake_button_kind("PNP0C0E:00"), "sleep-button");
	assert_string_equal(wake_button_kind("LNXSLPBN:00"), "sleep-button");
	assert_null(wake_button_kind("PNP0C0F:00"));
}

static void
test_wake_initstate(void **state)
{
	(void)state;
	assert_int_equal(module_state_from_initstate("live"), MODULE_LOADED);
	assert_int_equal(module_state_from_initstate("coming"), MODULE_LOADING);
	assert_int_equal(module_state_from_initstate("going"), MODULE_LOADING);
	assert_int_equal(module_state_from_initstate("Live"), MODULE_UNKNOWN);
	assert_int_equal(module_state_from_initstate(""), MODULE_UNKNOWN);
	assert_string_equal(module_state_to_string(MODULE_LOADABLE), "loadable");
	assert_string_equal(module_state_to_string((enum module_state)99), "unknown");
}

static void
test_wake_platform(void **state)
{
	char *amd[] = {(char *)"PNP0D80:00", (char *)"AMDI0007:00", NULL};
	char *intel[] = {(char *)"INT33A1:00", NULL};
	char *lps0[] = {(char *)"PNP0D80:00", NULL};
	char *none[] = {(char *)"AMDI000C:00", (char *)"AMDI0005", (char *)"PNP0D8:00", NULL};
	char *first[] = {(char *)"AMDI0005:00", NULL};
	char *last[] = {(char *)"AMDI000B:01", NULL};
	char *surface[] = {(char *)"PNP0D80:00", (char *)"AMD0005:00", NULL};

	(void)state;
	assert_int_equal(pmc_platform_from_acpi(amd), PMC_AMD);
	assert_int_equal(pmc_platform_from_acpi(first), PMC_AMD);
	assert_int_equal(pmc_platform_from_acpi(last), PMC_AMD);
	assert_int_equal(pmc_platform_from_acpi(surface), PMC_AMD);
	assert_int_equal(pmc_platform_from_acpi(intel), PMC_INTEL);
	assert_int_equal(pmc_platform_from_acpi(lps0), PMC_INTEL);
	assert_int_equal(pmc_platform_from_acpi(none), PMC_NONE);
	assert_int_equal(pmc_platform_from_acpi(NULL), PMC_NONE);
}

/* A device as the kernel shows one: uevent, a subsystem link, power/wakeup. */
static void
make_device(const char *root, const char *dev, const char *wakeup)
{
	char path[512];

	snprintf(path, sizeof(path), "sys/devices/%s/uevent", dev);
	tu_write(root, path, "DRIVER=x\n");
	snprintf(path, sizeof(path), "sys/devices/%s/power/wakeup", dev);
	tu_write(root, path, wakeup);
	snprintf(path, sizeof(path), "sys/devices/%s/subsystem", dev);
	tu_symlink(root, path, "../../bus/platform");
}

static char *
enumerate_skipping(const char *root, const char *const *skip, int *ret)
{
	struct source *src = NULL;
	char **list = NULL, *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	assert_int_equal(source_new_sysroot(root, &src), 0);
	*ret = source_enumerate(src, PATH_SYS_DEVICES, "power/wakeup", skip, &list);
	for (char **p = list; *ret >= 0 && *p; p++)
		fprintf(f, "%s%s", p == list ? "" : " ", *p);
	fclose(f);
	strv_free(list);
	source_free(src);
	return out;
}

static char *
enumerate_joined(const char *root, int *ret)
{
	return enumerate_skipping(root, NULL, ret);
}

/* Subsystems left out, as libudev's nomatch leaves them out: by the `subsystem` link's name. */
static void
test_wake_walk_skips_subsystems(void **state)
{
	static const char *const skip[] = {"memory", "cpu", NULL};
	char *root = tu_root_new(), *got;
	int r;

	(void)state;
	make_device(root, "a", "enabled\n");
	for (int i = 0; i < 2; i++) {
		char path[128];

		snprintf(path, sizeof(path), "sys/devices/system/memory/memory%d/uevent", i);
		tu_write(root, path, "");
		snprintf(path, sizeof(path), "sys/devices/system/memory/memory%d/power/wakeup", i);
		tu_write(root, path, "enabled\n");
		snprintf(path, sizeof(path), "sys/devices/system/memory/memory%d/subsystem", i);
		/* memory0's subsystem only begins like a skipped one */
		tu_symlink(root, path, i ? "../../../../bus/memory" : "../../../../bus/memory2");
	}
	got = enumerate_joined(root, &r);
	assert_int_equal(r, 0);
	assert_string_equal(got, "a system/memory/memory0 system/memory/memory1");
	free(got);
	got = enumerate_skipping(root, skip, &r);
	assert_int_equal(r, 0);
	assert_string_equal(got, "a system/memory/memory0");
	free(got);
	tu_root_free(root);
}

static void
test_wake_walk(void **state)
{
	char *root = tu_root_new(), *outside = tu_root_new(), *got, deep[1024] = "d";
	int r;

	(void)state;
	make_device(root, "b/two", "disabled\n");
	make_device(root, "a", "enabled\n");
	/* power/wakeup but no uevent: no device to udev either */
	tu_write(root, "sys/devices/nouevent/power/wakeup", "enabled\n");
	/* a subsystem that is a file, not a link */
	tu_write(root, "sys/devices/filesub/uevent", "");
	tu_write(root, "sys/devices/filesub/power/wakeup", "enabled\n");
	tu_write(root, "sys/devices/filesub/subsystem", "");
	/* power/wakeup a symlink, power a symlink: not followed */
	tu_write(root, "sys/devices/linkwake/uevent", "");
	tu_symlink(root, "sys/devices/linkwake/subsystem", "../../bus/x");
	tu_symlink(root, "sys/devices/linkwake/power", "../a/power");
	/* a loop and a way out: never followed */
	tu_symlink(root, "sys/devices/a/loop", "..");
	make_device(outside, "escaped", "enabled\n");
	tu_symlink(root, "sys/devices/out", outside);
	/* nesting deeper than any kernel's: what is below the bound is not looked at */
	for (int i = 1; i < 40; i++) {
		if (i == 5)
			make_device(root, deep, "enabled\n");
		strcat(deep, "/d");
	}
	make_device(root, deep, "enabled\n");
	got = enumerate_joined(root, &r);
	assert_int_equal(r, 0);
	assert_string_equal(got, "a b/two d/d/d/d/d");
	free(got);
	tu_root_free(outside);
	tu_root_free(root);
}

/* Timed-wake of a tree whose sys/class/rtc/rtc0 is a link into sys/devices, as on a live host,
 * probed with @sections: the verdict with its reasons, and whether the walk ran. */
static char *
timed_wake_of(const char *root, unsigned sections, int *ret_walked)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_sections(ctx, sections), 0);
	assert_int_equal(pmprobe_get_sections(ctx), sections);
	assert_int_equal(pmprobe_probe(ctx, &report), 0);
	fputs(pmprobe_verdict_to_string(
		      pmprobe_report_get_verdict(report, PMPROBE_TARGET_TIMED_WAKE)),
	      f);
	for (size_t i = 0; i < pmprobe_report_get_n_reasons(report, PMPROBE_TARGET_TIMED_WAKE); i++)
		fprintf(f, " %s",
			pmprobe_reason_to_string((enum pmprobe_reason)pmprobe_report_get_reason(
				report, PMPROBE_TARGET_TIMED_WAKE, i)));
	fclose(f);
	*ret_walked = report->evidence.wake.probed;
	pmprobe_report_unref(report);
	pmprobe_unref(ctx);
	return out;
}

static void
test_wake_rtc_holder_by_link(void **state)
{
	static const char *const values[] = {"enabled\n", "disabled\n", "maybe\n"};
	static const char *const expect[] = {"yes rtc-alarm-can-wake",
					     "no rtc-alarm-not-allowed-to-wake",
					     "unknown rtc-wakeup-unknown wakeup-malformed"};
	char *root = tu_root_new(), *full, *reduced;
	int walked;

	(void)state;
	assert_int_equal(pmprobe_set_sections(NULL, 0), -EINVAL);
	tu_write(root, "sys/devices/pnp0/00:01/rtc/rtc0/wakealarm", "");
	tu_symlink(root, "sys/class/rtc/rtc0", "../../devices/pnp0/00:01/rtc/rtc0");
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		tu_write(root, "sys/devices/pnp0/00:01/power/wakeup", values[i]);
		if (i == 0) {
			tu_write(root, "sys/devices/pnp0/00:01/uevent", "DRIVER=rtc_cmos\n");
			tu_symlink(root, "sys/devices/pnp0/00:01/subsystem", "../../bus/pnp");
		}
		full = timed_wake_of(root, PMPROBE_SECTIONS_ALL, &walked);
		assert_true(walked);
		reduced = timed_wake_of(root, PMPROBE_SECTION_CPU, &walked);
		assert_false(walked); /* the link named the device: no walk */
		assert_string_equal(full, expect[i]);
		/* the same verdict; the walk's informative reason only with the wake section */
		assert_true(strncmp(reduced, full, strlen(reduced)) == 0);
		assert_true(i < 2 ? streq(reduced, full)
				  : streq(reduced, "unknown rtc-wakeup-unknown"));
		free(full);
		free(reduced);
	}
	/* A link that names no device below sys/devices: the walk decides, as on a tree. */
	tu_remove(root, "sys/class/rtc/rtc0");
	tu_symlink(root, "sys/class/rtc/rtc0", "../../elsewhere/rtc/rtc0");
	tu_write(root, "sys/elsewhere/rtc/rtc0/wakealarm", "");
	reduced = timed_wake_of(root, 0, &walked);
	assert_true(walked); /* and it finds pnp0/00:01, which holds an rtc/rtc0 */
	assert_string_equal(reduced, expect[2]);
	free(reduced);
	tu_root_free(root);
}

/* "reason" when @target's verdict carries it, "fact" when the report has fact @key, joined. */
static char *
platform_of(const char *root, unsigned sections, const char *reason, const char *key)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	int has_reason = 0, has_fact = 0;
	char *out = NULL;

	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_set_sections(ctx, sections), 0);
	assert_int_equal(pmprobe_probe(ctx, &report), 0);
	for (size_t i = 0; i < pmprobe_report_get_n_reasons(report, PMPROBE_TARGET_SUSPEND); i++)
		has_reason |= streq(
			pmprobe_reason_to_string((enum pmprobe_reason)pmprobe_report_get_reason(
				report, PMPROBE_TARGET_SUSPEND, i)),
			reason);
	for (size_t i = 0; i < pmprobe_report_get_n_facts(report); i++) {
		const char *k, *v, *p;

		pmprobe_report_get_fact(report, i, &k, &v, &p);
		has_fact |= streq(k, key);
	}
	assert_true(asprintf(&out, "%s%s", has_reason ? "reason" : "", has_fact ? " fact" : "") >
		    0);
	pmprobe_report_unref(report);
	pmprobe_unref(ctx);
	return out;
}

/* Without the wake section only the platform's own driver is looked up; the reason stays. */
static void
test_wake_platform_reduced(void **state)
{
	char *root = tu_root_new(), *got;

	(void)state;
	tu_write(root, "sys/power/state", "freeze mem\n");
	tu_write(root, "sys/power/mem_sleep", "[s2idle]\n");
	tu_write(root, "sys/bus/acpi/devices/AMDI0007:00/.keep", "");
	got = platform_of(root, PMPROBE_SECTIONS_ALL, "s2idle-without-pmc-driver",
			  "platform.intel_pmc_core");
	assert_string_equal(got, "reason fact");
	free(got);
	got = platform_of(root, 0, "s2idle-without-pmc-driver", "platform.intel_pmc_core");
	assert_string_equal(got, "reason");
	free(got);
	got = platform_of(root, 0, "s2idle-without-pmc-driver", "platform.amd_pmc");
	assert_string_equal(got, "reason fact");
	free(got);
	/* pm-utils had no platform drivers nor timed wake: without the section, none is read. */
	{
		struct pmprobe_ctx *ctx = NULL;
		struct pmprobe_report *report = NULL;

		assert_int_equal(pmprobe_new(&ctx, root), 0);
		assert_int_equal(pmprobe_set_policy(ctx, PMPROBE_POLICY_PM_UTILS), 0);
		assert_int_equal(pmprobe_set_sections(ctx, 0), 0);
		assert_int_equal(pmprobe_probe(ctx, &report), 0);
		for (size_t i = 0; i < pmprobe_report_get_n_facts(report); i++) {
			const char *k, *v, *p;

			pmprobe_report_get_fact(report, i, &k, &v, &p);
			assert_false(streq(k, "platform") || streq(k, "platform.amd_pmc"));
		}
		assert_int_equal(pmprobe_report_get_verdict(report, PMPROBE_TARGET_TIMED_WAKE),
				 PMPROBE_NO);
		pmprobe_report_unref(report);
		pmprobe_unref(ctx);
	}
	tu_root_free(root);
}

static void
test_wake_walk_bounded(void **state)
{
	char *root = tu_root_new(), *got, dev[64];
	int r;

	(void)state;
	/* No sys/devices: no device, as udev answers. */
	got = enumerate_joined(root, &r);
	assert_int_equal(r, 0);
	assert_string_equal(got, "");
	free(got);
	for (unsigned i = 0; i <= SOURCE_DEVICES_MAX; i++) {
		snprintf(dev, sizeof(dev), "platform/dev%u", i);
		make_device(root, dev, "enabled\n");
	}
	got = enumerate_joined(root, &r);
	assert_int_equal(r, -E2BIG);
	free(got);
	tu_root_free(root);
}

static void
test_wake_readlink(void **state)
{
	char *root = tu_root_new(), *target = NULL;
	struct source *src = NULL;

	(void)state;
	make_device(root, "a", "enabled\n");
	tu_symlink(root, "sys/devices/a/driver", "../../nowhere/drv"); /* dangling */
	assert_int_equal(source_new_sysroot(root, &src), 0);
	assert_int_equal(source_readlink(src, PATH_SYS_DEVICES, "a/subsystem", &target), 0);
	assert_string_equal(target, "../../bus/platform");
	free(target);
	assert_int_equal(source_readlink(src, PATH_SYS_DEVICES, "a/driver", &target), 0);
	assert_string_equal(target, "../../nowhere/drv");
	free(target);
	target = NULL;
	assert_int_equal(source_readlink(src, PATH_SYS_DEVICES, "a/uevent", &target), -ENOLINK);
	assert_int_equal(source_readlink(src, PATH_SYS_DEVICES, "a/none", &target), -ENOENT);
	assert_int_equal(source_readlink(src, PATH_SYS_DEVICES, "../a", &target), -EINVAL);
	assert_null(target);
	source_free(src);
	tu_root_free(root);
}

/* This host: whatever libkmod says of a module must be what /sys/module shows. */
static void
test_wake_kmod_live(void **state)
{
	static const char *const names[] = {"kernel", "printk", "amd_pmc", "intel_pmc_core",
					    "pmprobe_no_such_module"};
	struct utsname u;
	char index[512];
	int have_index;

	(void)state;
	assert_non_null(probe_kmod_lookup);
	assert_int_equal(uname(&u), 0);
	snprintf(index, sizeof(index), "/lib/modules/%s/modules.dep.bin", u.release);
	have_index = access(index, R_OK) == 0;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char dir[256], init[300], text[32] = "";
		enum module_state k = MODULE_UNKNOWN;
		struct stat st;
		FILE *f;
		int r = probe_kmod_lookup(NULL, names[i], &k);

		snprintf(dir, sizeof(dir), "/sys/module/%s", names[i]);
		snprintf(init, sizeof(init), "%s/initstate", dir);
		f = fopen(init, "re");
		if (f) {
			assert_non_null(fgets(text, sizeof(text), f));
			fclose(f);
			assert_int_equal(r, 1);
			assert_int_equal(k,
					 strncmp(text, "live", 4) ? MODULE_LOADING : MODULE_LOADED);
		} else if (stat(dir, &st) == 0 && !have_index) {
			/* libkmod says "coming" without modules.builtin: no answer. */
			assert_int_equal(r, -ENOENT);
		} else if (stat(dir, &st) == 0) {
			assert_true((r == 1 && k == MODULE_BUILTIN) ||
				    (r == 0 && k == MODULE_ABSENT));
		} else if (!have_index) {
			/* No lib/modules for this kernel (a VM booted without modules). */
			assert_int_equal(r, -ENOENT);
		} else {
			assert_int_equal(r, 0);
			assert_true(k == MODULE_ABSENT || k == MODULE_LOADABLE ||
				    k == MODULE_BUILTIN);
		}
	}
}

/* The running kernel's own lists, read through the live source, answer as libkmod does for
 * every module sys/module does not show; without a module directory neither answers. */
static void
test_wake_live_module_kmod_parity(void **state)
{
	static const char *const names[] = {"kernel",	      "printk", "amd_pmc",
					    "intel_pmc_core", "crc32c", "pmprobe_no_such_module"};
	struct source *src = NULL;

	(void)state;
	assert_non_null(probe_kmod_lookup);
	assert_int_equal(source_new_udev(&src), 0);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		enum module_state k = MODULE_UNKNOWN, l = MODULE_UNKNOWN;
		char dir[256];
		struct stat st;
		int rl, rk;

		snprintf(dir, sizeof(dir), "/sys/module/%s", names[i]);
		if (stat(dir, &st) == 0)
			continue; /* sys/module answers first (probe-wake.c) */
		rl = probe_live_module(src, names[i], &l);
		rk = probe_kmod_lookup(NULL, names[i], &k);
		if (rl == -ENODEV)
			assert_true(rk < 0);
		else if (rl == 0 && rk >= 0 && k != l)
			fail_msg("%s: libkmod says %s, the lists %s", names[i],
				 module_state_to_string(k), module_state_to_string(l));
	}
	source_free(src);
}

/* A lib/modules/<release> made here with depmod -b: amd_pmc a module file, intel_pmc_core and
 * crc_t10dif built in; libkmod answers from that directory only. */
static int
make_modules(const char *root, const char *release)
{
	char dir[512], cmd[2048], *path;
	FILE *f;

	snprintf(dir, sizeof(dir), "lib/modules/%s/kernel/drivers/platform/x86/amd/pmc", release);
	tu_mkdir(root, dir);
	path = tu_path(root, dir);
	snprintf(cmd, sizeof(cmd),
		 "printf '%s' | cc -x c -c -o '%s/amd-pmc.ko' - 2>/dev/null && "
		 "{ [ -x /usr/sbin/depmod ] || command -v depmod >/dev/null; }",
		 "__attribute__((section(\".modinfo\"), used)) static const char l[] = "
		 "\"license=GPL\";\\n__attribute__((section(\".gnu.linkonce.this_module\"), used)) "
		 "static char m[64];\\n",
		 path);
	free(path);
	if (system(cmd) != 0)
		return -1;
	snprintf(dir, sizeof(dir), "lib/modules/%s/modules.builtin", release);
	tu_write(root, dir,
		 "kernel/drivers/platform/x86/intel/pmc/intel_pmc_core.ko\n"
		 "kernel/crypto/crc-t10dif.ko\n");
	snprintf(cmd, sizeof(cmd), "PATH=/usr/sbin:/sbin:$PATH depmod -b '%s' '%s' 2>/dev/null",
		 root, release);
	if (system(cmd) != 0)
		return -1;
	snprintf(dir, sizeof(dir), "%s/lib/modules/%s/modules.dep", root, release);
	f = fopen(dir, "re");
	if (!f)
		return -1;
	fclose(f);
	return 0;
}

static const char *
fact_value(const struct pmprobe_report *rep, const char *key, const char **ret_path)
{
	for (size_t i = 0; i < pmprobe_report_get_n_facts(rep); i++) {
		const char *k, *v;

		if (pmprobe_report_get_fact(rep, i, &k, &v, ret_path) >= 0 && !strcmp(k, key))
			return v;
	}
	return NULL;
}

static void
test_wake_kmod_tree(void **state)
{
	static const struct {
		const char *name;
		enum module_state state;
	} names[] = {
		{"amd_pmc", MODULE_LOADABLE},
		{"intel_pmc_core", MODULE_BUILTIN},
		{"crc_t10dif", MODULE_BUILTIN},
		{"pmprobe_no_such_module", MODULE_ABSENT},
	};
	char *root = tu_root_new(), *dir = NULL;
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *rep = NULL;
	struct source *src = NULL;
	const char *path = NULL;

	(void)state;
	if (make_modules(root, "6.1.0-test") < 0) {
		tu_root_free(root);
		skip(); /* no cc or depmod */
	}
	/* libkmod on the depmod output, and the tree's parser on the same files: one answer. */
	assert_true(asprintf(&dir, "%s/lib/modules/6.1.0-test", root) > 0);
	tu_write(root, "RECORD", "kernel: 6.1.0-test\nwritable: sys/power/state\n");
	assert_int_equal(source_new_sysroot(root, &src), 0);
	for (size_t i = 0; i < ELEMENTSOF(names); i++) {
		enum module_state k = MODULE_UNKNOWN, t = MODULE_UNKNOWN;

		assert_int_equal(probe_kmod_lookup(dir, names[i].name, &k), 0);
		assert_int_equal(k, names[i].state);
		assert_int_equal(probe_tree_module(src, names[i].name, &t), 0);
		assert_int_equal(t, names[i].state);
	}
	source_free(src);
	free(dir);

	/* Through the probe: an AMD laptop in s2idle whose amd_pmc is a module not loaded. */
	tu_write(root, "sys/power/state", "freeze mem\n");
	tu_write(root, "sys/power/mem_sleep", "[s2idle]\n");
	tu_mkdir(root, "sys/bus/acpi/devices/AMDI0007:00");
	assert_int_equal(pmprobe_new(&ctx, root), 0);
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	assert_string_equal(fact_value(rep, "platform.amd_pmc", &path), "loadable");
	assert_string_equal(path, "lib/modules");
	assert_string_equal(fact_value(rep, "platform.intel_pmc_core", NULL), "builtin");
	assert_int_equal(pmprobe_report_get_verdict(rep, PMPROBE_TARGET_SUSPEND), PMPROBE_YES);
	assert_int_equal(pmprobe_report_get_reason(rep, PMPROBE_TARGET_SUSPEND, 1),
			 PMPROBE_REASON_S2IDLE_WITHOUT_PMC_DRIVER);
	pmprobe_report_unref(rep);
	/* sys/module says loaded: the tree's own answer wins. */
	tu_write(root, "sys/module/amd_pmc/initstate", "live\n");
	assert_int_equal(pmprobe_probe(ctx, &rep), 0);
	assert_string_equal(fact_value(rep, "platform.amd_pmc", &path), "loaded");
	assert_string_equal(path, "sys/module");
	assert_int_equal(pmprobe_report_get_n_reasons(rep, PMPROBE_TARGET_SUSPEND), 1);
	pmprobe_report_unref(rep);
	pmprobe_unref(ctx);
	tu_root_free(root);
}

/* Module names of a list's lines (every @step-th, at most @max), as the parser derives them. */
static size_t
list_names(const char *buf, size_t len, size_t step, char names[][64], size_t max)
{
	size_t n = 0, line = 0;

	for (size_t off = 0; off < len && n < max; line++) {
		const char *l = buf + off, *nl = memchr(l, '\n', len - off);
		size_t llen = nl ? (size_t)(nl - l) : len - off, end = strcspn(l, ":\n");
		const char *base = memrchr(l, '/', end < llen ? end : llen);

		off += llen + 1;
		base = base ? base + 1 : l;
		if (line % step == 0 && strcspn(base, ".:\n") < 64)
			snprintf(names[n++], 64, "%.*s", (int)strcspn(base, ".:\n"), base);
	}
	return n;
}

/* This host's lib/modules/<release>, copied into a tree: for a sample of the modules its lists
 * name, and one they do not, the tree's parser answers as libkmod does on the host's files. */
static void
test_wake_tree_module_host_parity(void **state)
{
	static char names[160][64];
	char host[300], rel[300], *root;
	struct source *src = NULL;
	struct utsname u;
	size_t n = 0;

	(void)state;
	assert_int_equal(uname(&u), 0);
	snprintf(host, sizeof(host), "/lib/modules/%s", u.release);
	if (access(host, R_OK) != 0 || !probe_kmod_lookup)
		skip(); /* no modules for this kernel (a container, a VM without modules) */
	root = tu_root_new();
	for (int i = 0; i < 2; i++) {
		const char *file = i ? "modules.builtin" : "modules.dep";
		size_t len = 0;
		uint8_t *buf = tu_load_file(host, file, &len);

		if (!buf)
			continue;
		snprintf(rel, sizeof(rel), "lib/modules/%s/%s", u.release, file);
		tu_write_bytes(root, rel, buf, len);
		n += list_names((const char *)buf, len, 1 + len / 40000, names + n, 75);
		free(buf);
	}
	snprintf(names[n++], 64, "amd_pmc");
	snprintf(names[n++], 64, "intel_pmc_core");
	snprintf(names[n++], 64, "pmprobe_no_such_module");
	snprintf(rel, sizeof(rel), "kernel: %s\n", u.release);
	tu_write(root, "RECORD", rel);
	assert_int_equal(source_new_sysroot(root, &src), 0);
	for (size_t i = 0; i < n; i++) {
		enum module_state k = MODULE_UNKNOWN, t = MODULE_UNKNOWN;
		int rk = probe_kmod_lookup(host, names[i], &k),
		    rt = probe_tree_module(src, names[i], &t);

		if (rk < 0 || rt < 0) {
			/* Neither answers without both lists (libkmod: without its indexes). */
			assert_true(rt < 0);
			continue;
		}
		if (k != t)
			fail_msg("%s: libkmod says %s, the tree's lists %s", names[i],
				 module_state_to_string(k), module_state_to_string(t));
	}
	source_free(src);
	tu_root_free(root);
}

/* What a tree's lists cannot tell is no answer, and nothing but the tree's own files decides. */
static void
test_wake_tree_module_bounds(void **state)
{
	char *root = tu_root_new(), *outside = tu_root_new(), *target;
	struct source *src = NULL;
	enum module_state k = MODULE_UNKNOWN;

	(void)state;
	tu_write(root, "RECORD", "kernel: 6.1.0-test\n");
	/* No lib/modules at all. */
	assert_int_equal(source_new_sysroot(root, &src), 0);
	assert_int_equal(probe_tree_module(src, "amd_pmc", &k), -ENOENT);
	/* modules.dep without modules.builtin: loadable is known, absent is not. */
	tu_write(root, "lib/modules/6.1.0-test/modules.dep", "kernel/x/amd-pmc.ko.xz:\n");
	assert_int_equal(probe_tree_module(src, "amd_pmc", &k), 0);
	assert_int_equal(k, MODULE_LOADABLE);
	assert_int_equal(probe_tree_module(src, "intel_pmc_core", &k), -ENOENT);
	/* A FIFO for a list is an error, not a wait. */
	tu_remove(root, "lib/modules/6.1.0-test/modules.dep");
	tu_mkfifo(root, "lib/modules/6.1.0-test/modules.dep");
	assert_true(probe_tree_module(src, "amd_pmc", &k) < 0);
	source_free(src);
	/* Two releases, neither RECORD's kernel: which one is the tree's is not known. */
	tu_write(root, "RECORD", "kernel: 6.2.0\n");
	tu_write(root, "lib/modules/6.1.0-other/modules.dep", "");
	assert_int_equal(source_new_sysroot(root, &src), 0);
	assert_int_equal(probe_tree_module(src, "amd_pmc", &k), -ENOENT);
	source_free(src);
	/* lib, an absolute link to a directory outside that says built in: resolved in the root,
	 * it names nothing there. */
	tu_remove(root, "lib/modules/6.1.0-test/modules.dep");
	tu_remove(root, "lib/modules/6.1.0-test");
	tu_remove(root, "lib/modules/6.1.0-other/modules.dep");
	tu_remove(root, "lib/modules/6.1.0-other");
	tu_remove(root, "lib/modules");
	tu_remove(root, "lib");
	tu_write(outside, "lib/modules/6.2.0/modules.dep", "");
	tu_write(outside, "lib/modules/6.2.0/modules.builtin", "kernel/x/amd_pmc.ko\n");
	target = tu_path(outside, "lib");
	tu_symlink(root, "lib", target);
	assert_int_equal(source_new_sysroot(root, &src), 0);
	assert_int_equal(probe_tree_module(src, "amd_pmc", &k), -ENOENT);
	source_free(src);
	free(target);
	tu_root_free(outside);
	tu_root_free(root);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wake_parse_state),
		cmocka_unit_test(test_wake_groups),
		cmocka_unit_test(test_wake_groups_one_list),
		cmocka_unit_test(test_wake_initstate),
		cmocka_unit_test(test_wake_platform),
		cmocka_unit_test(test_wake_walk),
		cmocka_unit_test(test_wake_walk_skips_subsystems),
		cmocka_unit_test(test_wake_rtc_holder_by_link),
		cmocka_unit_test(test_wake_platform_reduced),
		cmocka_unit_test(test_wake_walk_bounded),
		cmocka_unit_test(test_wake_readlink),
		cmocka_unit_test(test_wake_kmod_live),
		cmocka_unit_test(test_wake_live_module_kmod_parity),
		cmocka_unit_test(test_wake_kmod_tree),
		cmocka_unit_test(test_wake_tree_module_host_parity),
		cmocka_unit_test(test_wake_tree_module_bounds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
