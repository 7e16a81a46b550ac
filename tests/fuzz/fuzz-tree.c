/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: a whole tree in memory, probed by probe_host and judged by both policies. */
/*
 * The input is sections separated by NUL bytes. The first is control bytes; each other one is
 * `PATH\nCONTENT`, a regular file at PATH relative to the root, or `PATH` alone, a directory.
 * ACPI tables hold NUL bytes: below sys/firmware/acpi/tables, CONTENT is hex digits (anything
 * else between them is skipped).
 * The tree is served by an in-memory source backend that answers as the sysroot backend does
 * (RECORD's `skipped:` and `writable:`, EISDIR, ENOTDIR, the read bound), so the real probe
 * code reads it: nothing touches the disk. Control bytes: [0] picks the target whose scoped probe
 * (the drop-in's) must agree with the full one; [1..16], when present, replace the firmware
 * facts the tables gave, so that the rules meet every combination of them quickly (the ACPI
 * fuzz targets own the table parsers).
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pmprobe/pmprobe.h>

#include "fuzz-util.h"
#include "manifest.h"
#include "probe.h"
#include "report.h"
#include "verdict.h"

#define FILES_MAX 256

struct mem_file {
	const char *path;
	const char *content; /* NULL for a directory */
	size_t len;
};

struct mem_source {
	struct source src;
	struct mem_file files[FILES_MAX];
	size_t n;
	int have_manifest;
	struct manifest manifest;
};

static char *
join(enum path_kind kind, const char *name)
{
	const char *dir = path_kind_dir(kind);
	size_t dlen = strlen(dir), nlen = name ? strlen(name) : 0;
	char *p = malloc(dlen + nlen + 2);

	FUZZ_CHECK(p);
	memcpy(p, dir, dlen);
	p[dlen] = '\0';
	if (name) {
		p[dlen] = '/';
		memcpy(p + dlen + 1, name, nlen + 1);
	}
	return p;
}

static int
is_below(const char *path, const char *dir)
{
	size_t len = strlen(dir);

	return !strncmp(path, dir, len) && path[len] == '/';
}

/* As stat() would answer: directories win over a file of the same name (a tree cannot have
 * both); below a regular file is ENOTDIR. */
static int
mem_type(const struct mem_source *m, const char *path, const struct mem_file **ret)
{
	const struct mem_file *file = NULL;
	char *copy;
	int r = -ENOENT;

	for (size_t i = 0; i < m->n; i++) {
		if (is_below(m->files[i].path, path) ||
		    (!m->files[i].content && !strcmp(m->files[i].path, path)))
			return S_IFDIR;
		if (!file && !strcmp(m->files[i].path, path))
			file = &m->files[i];
	}
	if (file) {
		if (ret)
			*ret = file;
		return S_IFREG;
	}
	copy = strdup(path);
	FUZZ_CHECK(copy);
	for (char *slash = strchr(copy, '/'); slash && r == -ENOENT;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mem_type(m, copy, NULL) == S_IFREG)
			r = -ENOTDIR;
		*slash = '/';
	}
	free(copy);
	return r;
}

static int
mem_read(struct source *src, enum path_kind kind, const char *name, size_t max, char **ret,
	 size_t *ret_len)
{
	struct mem_source *m = (struct mem_source *)src;
	const struct mem_file *f = NULL;
	char *path = join(kind, name), *buf;
	int r;

	/* A file the recorder could not read fails as it did on the recorded host. */
	r = m->have_manifest ? manifest_skipped(&m->manifest, path) : 0;
	if (r > 0) {
		free(path);
		return -r;
	}
	r = mem_type(m, path, &f);
	free(path);
	if (r == S_IFDIR)
		return -EISDIR;
	if (r < 0)
		return r;
	if (f->len > max)
		return -EFBIG;
	buf = malloc(f->len + 1);
	FUZZ_CHECK(buf);
	memcpy(buf, f->content, f->len);
	buf[f->len] = '\0';
	*ret = buf;
	*ret_len = f->len;
	return 0;
}

static int
mem_file_type(struct source *src, enum path_kind kind, const char *name)
{
	char *path = join(kind, name);
	int r = mem_type((struct mem_source *)src, path, NULL);

	free(path);
	return r;
}

static int
mem_writable(struct source *src, enum path_kind kind, const char *name)
{
	struct mem_source *m = (struct mem_source *)src;
	char *path;
	int r;

	if (!m->have_manifest)
		return -ENODATA;
	path = join(kind, name);
	r = manifest_writable(&m->manifest, path);
	free(path);
	return r;
}

/* A recording made as root says root's view; the tree has no file modes to look at. */
static int
mem_root_writable(struct source *src, enum path_kind kind, const char *name)
{
	struct mem_source *m = (struct mem_source *)src;
	int r = mem_writable(src, kind, name);

	return r == 1 || (m->have_manifest && m->manifest.euid == 0) ? r : -ENODATA;
}

static int
mem_list(struct source *src, enum path_kind kind, const char *name, char ***ret)
{
	struct mem_source *m = (struct mem_source *)src;
	char *path = join(kind, name), **l;
	size_t n = 0, plen = strlen(path);
	int r = mem_type(m, path, NULL);

	if (r != S_IFDIR) {
		free(path);
		return r == S_IFREG ? -ENOTDIR : r;
	}
	l = calloc(m->n + 1, sizeof(char *));
	FUZZ_CHECK(l);
	for (size_t i = 0; i < m->n; i++) {
		const char *below = m->files[i].path + plen + 1;
		char *entry;
		int seen = 0;

		if (!is_below(m->files[i].path, path))
			continue;
		entry = strndup(below, strcspn(below, "/"));
		FUZZ_CHECK(entry);
		for (size_t j = 0; j < n && !seen; j++)
			seen = !strcmp(l[j], entry);
		if (seen)
			free(entry);
		else
			l[n++] = entry;
	}
	strv_sort(l, n);
	free(path);
	*ret = l;
	return 0;
}

static void
mem_free(struct source *src _unused_)
{
}

static const struct source_ops mem_ops = {
	.name = "fuzz",
	.read = mem_read,
	.file_type = mem_file_type,
	.writable = mem_writable,
	.root_writable = mem_root_writable,
	.list = mem_list,
	.free = mem_free,
};

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes hex digits in place. Returns: the number of bytes. */
static size_t
unhex(char *s, size_t len)
{
	size_t n = 0;
	int high = -1;

	for (size_t i = 0; i < len; i++) {
		int d = hex_digit(s[i]);

		if (d < 0)
			continue;
		if (high < 0) {
			high = d;
			continue;
		}
		s[n++] = (char)(high << 4 | d);
		high = -1;
	}
	return n;
}

/* Splits @buf (NUL-terminated sections, modified in place) into the tree. Returns: the control
 * section's length. */
static size_t
load_tree(struct mem_source *m, char *buf, size_t size)
{
	size_t control = strnlen(buf, size);

	for (size_t off = control + 1; off < size && m->n < FILES_MAX;) {
		char *section = buf + off, *nl;
		size_t len = strnlen(section, size - off);

		off += len + 1;
		nl = memchr(section, '\n', len);
		if (nl)
			*nl = '\0';
		/* Names a real directory could hold: no "", ".", ".." or leading '/'. */
		if (!path_name_is_valid(section))
			continue;
		m->files[m->n] = (struct mem_file){
			.path = section,
			.content = nl ? nl + 1 : NULL,
			.len = nl ? len - (size_t)(nl + 1 - section) : 0,
		};
		if (nl && is_below(section, path_kind_dir(PATH_ACPI_TABLES)))
			m->files[m->n].len = unhex(nl + 1, m->files[m->n].len);
		m->n++;
	}
	return control;
}

/* As load_manifest() of the sysroot backend: a tree whose RECORD is broken is refused. */
static int
load_manifest(struct mem_source *m)
{
	const struct mem_file *f = NULL;
	int r = mem_type(m, "RECORD", &f);

	if (r == -ENOENT)
		return 0;
	if (r != S_IFREG)
		return -EISDIR;
	if (f->len > SOURCE_TEXT_MAX)
		return -EFBIG;
	r = manifest_parse(f->content, &m->manifest);
	if (r < 0)
		return r;
	m->have_manifest = 1;
	return 0;
}

static uint32_t
le32(const uint8_t *c, size_t n, size_t off)
{
	uint32_t v = 0;

	for (size_t i = 0; i < 4; i++)
		v |= (uint32_t)(off + i < n ? c[off + i] : 0) << (8 * i);
	return v;
}

static int
fw_result(unsigned bits)
{
	static const int results[] = {0, -ENOENT, -EBADMSG, -EACCES};

	return results[bits & 3];
}

static void
firmware_from_control(const uint8_t *c, size_t n, struct firmware_facts *fw)
{
	uint8_t b10 = n > 10 ? c[10] : 0;

	*fw = (struct firmware_facts){0};
	fw->fadt_r = fw_result(c[1]);
	fw->aml_r = fw_result(c[1] >> 2);
	fw->facs_r = fw_result(c[1] >> 4);
	fw->fadt.present = le32(c, n, 2);
	fw->fadt.flags = le32(c, n, 6);
	fw->fadt.sleep_control_reg.address = b10 & 1;
	fw->fadt.sleep_status_reg.address = (b10 >> 1) & 1;
	fw->sleep.lps0 = (b10 >> 2) & 1;
	fw->sleep.partial = (b10 >> 3) & 1;
	for (size_t i = 0; i < ACPI_SLEEP_STATES; i++)
		fw->sleep.state[i] = (enum acpi_sleep_decl)((11 + i < n ? c[11 + i] : 0) % 3);
}

/* Reasons that make a verdict no or unknown wherever they are added (src/lib/verdict-*.c);
 * every other reason is informative. */
static const enum pmprobe_reason blocking[] = {
	PMPROBE_REASON_STATE_MISSING,
	PMPROBE_REASON_STATE_UNREADABLE,
	PMPROBE_REASON_STATE_EMPTY,
	PMPROBE_REASON_STATE_NOT_WRITABLE,
	PMPROBE_REASON_STATE_WRITABILITY_UNKNOWN,
	PMPROBE_REASON_STATE_LACKS_MEM,
	PMPROBE_REASON_MEM_SLEEP_NONE_SELECTED,
	PMPROBE_REASON_MEM_SLEEP_MALFORMED,
	PMPROBE_REASON_STATE_LACKS_FREEZE,
	PMPROBE_REASON_STATE_LACKS_STANDBY,
	PMPROBE_REASON_STATE_LACKS_DISK,
	PMPROBE_REASON_NO_HIBERNATION_SUPPORT,
	PMPROBE_REASON_HIBERNATION_DISABLED_BY_CMDLINE,
	PMPROBE_REASON_LOCKDOWN_BLOCKS_HIBERNATION,
	PMPROBE_REASON_DISK_MODE_DISABLED,
	PMPROBE_REASON_DISK_UNREADABLE,
	PMPROBE_REASON_DISK_MALFORMED,
	PMPROBE_REASON_NORESUME_ON_CMDLINE,
	PMPROBE_REASON_NO_RESUME_DEVICE,
	PMPROBE_REASON_RESUME_UNREADABLE,
	PMPROBE_REASON_RESUME_DEVICE_NOT_SWAP,
	PMPROBE_REASON_SWAP_UNREADABLE,
	PMPROBE_REASON_NO_SWAP,
	PMPROBE_REASON_NO_USABLE_SWAP,
	PMPROBE_REASON_SWAP_TOO_SMALL,
	PMPROBE_REASON_SWAP_MAY_BE_TOO_SMALL,
	PMPROBE_REASON_MEMINFO_UNREADABLE,
	PMPROBE_REASON_CMDLINE_UNREADABLE,
	PMPROBE_REASON_DISK_MODE_SUSPEND_MISSING,
	PMPROBE_REASON_SUSPEND_UNAVAILABLE,
	PMPROBE_REASON_HIBERNATE_UNAVAILABLE,
	PMPROBE_REASON_NO_WAKE_ALARM,
	PMPROBE_REASON_DISK_FILE_MISSING,
	PMPROBE_REASON_RTC_NOT_WRITABLE,
	PMPROBE_REASON_RTC_WRITABILITY_UNKNOWN,
	PMPROBE_REASON_NOT_IN_POLICY,
	PMPROBE_REASON_NO_RTC,
	PMPROBE_REASON_RTC_UNREADABLE,
	PMPROBE_REASON_RTC_WITHOUT_ALARM,
	PMPROBE_REASON_RTC_ALARM_NOT_ALLOWED_TO_WAKE,
	PMPROBE_REASON_RTC_DEVICE_CANNOT_WAKE,
	PMPROBE_REASON_RTC_WAKEUP_UNKNOWN,
	PMPROBE_REASON_WAKE_DEVICES_UNREADABLE,
	PMPROBE_REASON_RTC_DEVICE_NOT_IN_TREE,
	PMPROBE_REASON_INITRAMFS_CONFIG_UNREADABLE,
	PMPROBE_REASON_RESUME_CHOSEN_AT_INITRD_BUILD,
	PMPROBE_REASON_INITRAMFS_RESUME_NONE,
	PMPROBE_REASON_SYSTEMD_NEEDS_RESUME_DEVICE,
};

static int
is_blocking(enum pmprobe_reason reason)
{
	for (size_t i = 0; i < ELEMENTSOF(blocking); i++)
		if (blocking[i] == reason)
			return 1;
	return 0;
}

/* The firmware's reasons are informative only, and a scoped probe reads no ACPI table; nor
 * the platform's drivers. */
static int
is_firmware_reason(enum pmprobe_reason reason)
{
	return (reason >= PMPROBE_REASON_FIRMWARE_UNREADABLE &&
		reason <= PMPROBE_REASON_RTC_CANNOT_WAKE_FROM_S4) ||
	       reason == PMPROBE_REASON_S2IDLE_WITHOUT_PMC_DRIVER ||
	       reason == PMPROBE_REASON_FIRMWARE_S3_CONDITIONAL;
}

static void
check_verdict(const struct verdict *v)
{
	enum pmprobe_verdict verdict = verdict_get(v);
	int blocked = 0;

	FUZZ_CHECK(verdict == PMPROBE_NO || verdict == PMPROBE_YES || verdict == PMPROBE_UNKNOWN);
	FUZZ_CHECK(v->n_reasons <= _PMPROBE_REASON_MAX);
	for (size_t i = 0; i < v->n_reasons; i++) {
		FUZZ_CHECK((unsigned)v->reasons[i] < _PMPROBE_REASON_MAX);
		FUZZ_CHECK(pmprobe_reason_to_string(v->reasons[i]));
		for (size_t j = 0; j < i; j++)
			FUZZ_CHECK(v->reasons[j] != v->reasons[i]);
		blocked |= is_blocking(v->reasons[i]);
	}
	/* A yes carries no blocking reason, and every no or unknown says why. */
	FUZZ_CHECK((verdict == PMPROBE_YES) == !blocked);
}

static int
yes(const struct verdict *v, enum pmprobe_target t)
{
	return verdict_get(&v[t]) == PMPROBE_YES;
}

/* What a yes promises about the facts it came from (doc/policies.md). */
static void
check_evidence(const struct host_facts *f, const struct verdict *feasible,
	       const struct verdict *pm_utils)
{
	const char *disk = token_list_selected(&f->disk);

	if (yes(feasible, PMPROBE_TARGET_SUSPEND))
		FUZZ_CHECK(f->state_r >= 0 && token_list_has(&f->state, "mem") &&
			   f->state_root_writable == 1);
	if (yes(feasible, PMPROBE_TARGET_HIBERNATE))
		FUZZ_CHECK(f->state_r >= 0 && token_list_has(&f->state, "disk") && disk &&
			   strcmp(disk, "disabled") && f->cmdline_r >= 0 &&
			   !f->cmdline.nohibernate && !f->cmdline.noresume && f->swaps_r >= 0 &&
			   f->swaps.n > 0 && f->meminfo_r >= 0 &&
			   f->meminfo.has[MEMINFO_MEM_TOTAL] && f->meminfo.has[MEMINFO_MEM_FREE]);
	if (yes(feasible, PMPROBE_TARGET_SUSPEND_HYBRID))
		FUZZ_CHECK(yes(feasible, PMPROBE_TARGET_HIBERNATE) &&
			   token_list_has(&f->disk, "suspend"));
	if (yes(feasible, PMPROBE_TARGET_SUSPEND_THEN_HIBERNATE))
		FUZZ_CHECK(yes(feasible, PMPROBE_TARGET_SUSPEND) &&
			   yes(feasible, PMPROBE_TARGET_HIBERNATE) &&
			   yes(feasible, PMPROBE_TARGET_TIMED_WAKE));
	if (yes(feasible, PMPROBE_TARGET_TIMED_WAKE))
		FUZZ_CHECK(f->n_wake_alarms > 0 && f->wake.rtc_wake == 1);
	if (yes(pm_utils, PMPROBE_TARGET_SUSPEND))
		FUZZ_CHECK(f->state_raw &&
			   (strstr(f->state_raw, "mem") || strstr(f->state_raw, "standby")));
	if (yes(pm_utils, PMPROBE_TARGET_HIBERNATE))
		FUZZ_CHECK(f->tuxonice ||
			   (f->disk_is_file && f->state_raw && strstr(f->state_raw, "disk")));
	FUZZ_CHECK(!yes(pm_utils, PMPROBE_TARGET_FREEZE) && !yes(pm_utils, PMPROBE_TARGET_STANDBY));
}

static void
check_report(const struct pmprobe_report *rep)
{
	for (size_t i = 0; i < rep->evidence.n_facts; i++) {
		const struct fact *f = &rep->evidence.facts[i];

		FUZZ_CHECK(f->key && f->path);
		FUZZ_CHECK((unsigned)f->state < _PMPROBE_FACT_STATE_MAX);
		FUZZ_CHECK(f->err >= 0);
		FUZZ_CHECK((f->state == PMPROBE_FACT_UNREADABLE) == (f->err > 0));
	}
}

/* Probes the tree, reading what @needs names (probe_plan()), and judges it under both policies. */
static void
probe(struct mem_source *m, unsigned needs, const struct firmware_facts *fw, struct host_facts *f,
      struct verdict feasible[_PMPROBE_TARGET_MAX], struct verdict pm_utils[_PMPROBE_TARGET_MAX])
{
	struct pmprobe_report *rep = NULL;

	FUZZ_CHECK(report_new(PMPROBE_POLICY_FEASIBLE, "fuzz", &rep) == 0);
	FUZZ_CHECK(probe_host(&m->src, &rep->evidence, needs, f) == 0);
	check_report(rep);
	pmprobe_report_unref(rep);
	if (fw && (needs & PROBE_NEED_ACPI))
		f->fw = *fw;
	memset(feasible, 0, sizeof(struct verdict) * _PMPROBE_TARGET_MAX);
	memset(pm_utils, 0, sizeof(struct verdict) * _PMPROBE_TARGET_MAX);
	verdicts_feasible(f, feasible);
	verdicts_pm_utils(f, pm_utils);
	for (int t = 0; t < _PMPROBE_TARGET_MAX; t++) {
		check_verdict(&feasible[t]);
		check_verdict(&pm_utils[t]);
	}
}

static void
check_same(const struct verdict *full, const struct verdict *scoped)
{
	int in_full[_PMPROBE_REASON_MAX] = {0}, in_scoped[_PMPROBE_REASON_MAX] = {0};

	FUZZ_CHECK(verdict_get(full) == verdict_get(scoped));
	for (size_t i = 0; i < full->n_reasons; i++)
		in_full[full->reasons[i]] = !is_firmware_reason(full->reasons[i]);
	for (size_t i = 0; i < scoped->n_reasons; i++)
		in_scoped[scoped->reasons[i]] = !is_firmware_reason(scoped->reasons[i]);
	FUZZ_CHECK(!memcmp(in_full, in_scoped, sizeof(in_full)));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum pmprobe_target dropin[] = {
		PMPROBE_TARGET_SUSPEND, PMPROBE_TARGET_HIBERNATE, PMPROBE_TARGET_SUSPEND_HYBRID};
	struct verdict feasible[_PMPROBE_TARGET_MAX], pm_utils[_PMPROBE_TARGET_MAX];
	struct verdict s_feasible[_PMPROBE_TARGET_MAX], s_pm_utils[_PMPROBE_TARGET_MAX];
	struct mem_source *m = calloc(1, sizeof(*m));
	struct firmware_facts fw;
	struct host_facts f, scoped;
	const uint8_t *control;
	enum pmprobe_target t;
	size_t n_control;
	char *buf;

	FUZZ_CHECK(m);
	buf = malloc(size + 1);
	FUZZ_CHECK(buf);
	memcpy(buf, data, size);
	buf[size] = '\0';
	m->src.ops = &mem_ops;
	m->manifest.euid = -1;
	n_control = load_tree(m, buf, size);
	control = (const uint8_t *)buf;
	if (load_manifest(m) < 0)
		goto out; /* pmprobe refuses the tree */
	if (n_control >= 2)
		firmware_from_control(control, n_control, &fw);

	probe(m, probe_plan(PMPROBE_POLICY_FEASIBLE, PMPROBE_TARGETS_ALL, PMPROBE_SECTIONS_ALL),
	      n_control >= 2 ? &fw : NULL, &f, feasible, pm_utils);
	check_evidence(&f, feasible, pm_utils);

	/* The drop-in reads only what its one question needs under its policy, and answers the
	 * same. */
	t = dropin[(n_control ? control[0] : 0) % ELEMENTSOF(dropin)];
	probe(m, probe_plan(PMPROBE_POLICY_FEASIBLE, 1u << t, 0), NULL, &scoped, s_feasible,
	      s_pm_utils);
	check_same(&feasible[t], &s_feasible[t]);
	host_facts_done(&scoped);
	probe(m, probe_plan(PMPROBE_POLICY_PM_UTILS, 1u << t, 0), NULL, &scoped, s_feasible,
	      s_pm_utils);
	check_same(&pm_utils[t], &s_pm_utils[t]);
	host_facts_done(&scoped);
	host_facts_done(&f);
out:
	manifest_done(&m->manifest);
	free(m);
	free(buf);
	return 0;
}
