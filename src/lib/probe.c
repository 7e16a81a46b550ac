/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reads /sys/power, /proc and their neighbours through the source layer into host facts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cpu.h"
#include "hibernate-image.h"
#include "macro.h"
#include "parse-util.h"
#include "probe.h"

#define RTC_MAX 16

/* Joins a kind's directory and a name into the path a fact cites. */
static char *
fact_path(enum path_kind kind, const char *name)
{
	char *p;

	if (asprintf(&p, "%s/%s", path_kind_dir(kind), name) < 0)
		return NULL;
	return p;
}

static int
note(struct evidence *ev, const char *key, enum path_kind kind, const char *name, int r,
     const char *value)
{
	_cleanup_free_ char *path = fact_path(kind, name);

	if (!path)
		return -ENOMEM;
	return evidence_add_fact(ev, key, path, r, value);
}

/* Reads a text file and parses it as a token list; the fact is recorded either way. */
static int
read_tokens(struct source *src, struct evidence *ev, const char *key, enum path_kind kind,
	    const char *name, char **ret_raw, struct token_list *ret, int *ret_r)
{
	_cleanup_free_ char *raw = NULL;
	int r;

	r = source_read_text(src, kind, name, &raw);
	if (r == -ENOMEM)
		return r;
	if (r >= 0) {
		r = token_list_parse(raw, ret);
		if (r == -ENOMEM)
			return r;
		if (ret->malformed) {
			probe_log_malformed(src, kind, name,
					    "a stray or unterminated bracket, two selected tokens, "
					    "or too many tokens");
			r = -EBADMSG;
		}
	}
	*ret_r = r;
	r = note(ev, key, kind, name, r, raw);
	if (r < 0)
		return r;
	if (ret_raw)
		*ret_raw = TAKE_PTR(raw);
	return 0;
}

static int
writable_note(struct evidence *ev, const char *key, enum path_kind kind, const char *name, int w)
{
	if (w == -ENOENT)
		return 0;
	return note(ev, key, kind, name, w < 0 ? w : 0, w < 0 ? NULL : w ? "yes" : "no");
}

static int
writable_fact(struct source *src, struct evidence *ev, const char *key, enum path_kind kind,
	      const char *name, int *ret)
{
	int w = source_writable(src, kind, name);

	*ret = w;
	return writable_note(ev, key, kind, name, w);
}

static int
probe_state(struct source *src, struct evidence *ev, struct host_facts *f)
{
	int r;

	r = read_tokens(src, ev, "power.state", PATH_SYS_POWER, "state", &f->state_raw, &f->state,
			&f->state_r);
	if (r < 0)
		return r;
	if (f->state_r == -EBADMSG)
		f->state_r = 0; /* state has no selection; pm-utils greps it anyway */
	if (f->state_r == -ENOENT)
		return 0;
	r = writable_fact(src, ev, "power.state.writable", PATH_SYS_POWER, "state",
			  &f->state_writable);
	if (r < 0)
		return r;
	/* What the caller may write, root may; a missing file is missing for both (as each
	 * backend's root_writable answers): no second access() for that. */
	if (f->state_writable == 1 || f->state_writable == -ENOENT)
		f->state_root_writable = f->state_writable;
	else
		f->state_root_writable = source_root_writable(src, PATH_SYS_POWER, "state");
	return writable_note(ev, "power.state.writable-by-root", PATH_SYS_POWER, "state",
			     f->state_root_writable);
}

static int
probe_power(struct source *src, struct evidence *ev, unsigned needs, struct host_facts *f)
{
	int r = 0;

	if (needs & PROBE_NEED_STATE)
		r = probe_state(src, ev, f);
	if (r >= 0 && (needs & PROBE_NEED_MEM_SLEEP))
		r = read_tokens(src, ev, "power.mem_sleep", PATH_SYS_POWER, "mem_sleep", NULL,
				&f->mem_sleep, &f->mem_sleep_r);
	if (r < 0 || !(needs & PROBE_NEED_DISK))
		return r;
	f->disk_is_file = source_file_type(src, PATH_SYS_POWER, "disk") == S_IFREG;
	return read_tokens(src, ev, "power.disk", PATH_SYS_POWER, "disk", &f->disk_raw, &f->disk,
			   &f->disk_r);
}

/* Reads a decimal or MAJ:MIN attribute of /sys/power; @minor NULL means a plain number. */
static int
read_number(struct source *src, struct evidence *ev, const char *name, int *ret_r,
	    uint64_t *ret_value, unsigned *major, unsigned *minor)
{
	_cleanup_free_ char *raw = NULL, *key = NULL;
	int r;

	if (asprintf(&key, "power.%s", name) < 0)
		return -ENOMEM;
	r = source_read_text(src, PATH_SYS_POWER, name, &raw);
	if (r == -ENOMEM)
		return r;
	if (r >= 0)
		r = minor ? parse_devnum(raw, major, minor) : parse_u64(raw, ret_value);
	if (r == -EBADMSG)
		probe_log_malformed(src, PATH_SYS_POWER, name,
				    minor ? "not MAJ:MIN"
					  : "not a decimal number that fits 64 bits");
	if (ret_r)
		*ret_r = r;
	if (r == -ENOENT && !ret_r)
		return 0; /* optional attribute, absent on this kernel */
	return note(ev, key, PATH_SYS_POWER, name, r, raw);
}

static int
probe_resume(struct source *src, struct evidence *ev, struct host_facts *f)
{
	uint64_t ignored;
	int r;

	r = read_number(src, ev, "resume", &f->resume_r, NULL, &f->resume_major, &f->resume_minor);
	if (r >= 0)
		r = read_number(src, ev, "resume_offset", &f->resume_offset_r, &f->resume_offset,
				NULL, NULL);
	if (r >= 0)
		r = read_number(src, ev, "image_size", &f->image_size_r, &f->image_size, NULL,
				NULL);
	if (r >= 0)
		r = read_number(src, ev, "reserved_size", NULL, &ignored, NULL, NULL);
	return r;
}

/* Finds the block device under sys/class/block that a /dev path in /proc/swaps names. */
static int
block_name_for(struct source *src, const char *devpath, char **ret)
{
	const char *name;
	char **list = NULL;
	int r;

	if (strncmp(devpath, "/dev/", 5) != 0)
		return -ENOENT;
	name = devpath + 5;
	if (!strchr(name, '/'))
		return (*ret = strdup(name)) ? 0 : -ENOMEM;
	if (strncmp(name, "mapper/", 7) != 0 || strchr(name + 7, '/'))
		return -ENOENT;
	r = source_list(src, PATH_CLASS_BLOCK, NULL, &list);
	if (r < 0)
		return r;
	r = -ENOENT;
	for (char **p = list; *p && r == -ENOENT; p++) {
		_cleanup_free_ char *attr = NULL, *dm = NULL;

		if (asprintf(&attr, "%s/dm/name", *p) < 0) {
			r = -ENOMEM;
			break;
		}
		if (source_read_text(src, PATH_CLASS_BLOCK, attr, &dm) >= 0 && streq(dm, name + 7))
			r = (*ret = strdup(*p)) ? 0 : -ENOMEM;
	}
	strv_free(list);
	return r;
}

static int
probe_swap_dev(struct source *src, struct evidence *ev, struct swap_entry *e)
{
	_cleanup_free_ char *name = NULL, *attr = NULL, *raw = NULL, *key = NULL;
	int r;

	r = block_name_for(src, e->filename, &name);
	if (r == -ENOMEM)
		return r;
	if (r < 0 || !path_name_is_valid(name))
		return 0;
	if (asprintf(&attr, "%s/dev", name) < 0 || asprintf(&key, "block.%s.dev", name) < 0)
		return -ENOMEM;
	r = source_read_text(src, PATH_CLASS_BLOCK, attr, &raw);
	if (r == -ENOMEM)
		return r;
	if (r >= 0)
		r = parse_devnum(raw, &e->major, &e->minor);
	if (r == -EBADMSG)
		probe_log_malformed(src, PATH_CLASS_BLOCK, attr, "not MAJ:MIN");
	e->dev_known = r >= 0;
	return note(ev, key, PATH_CLASS_BLOCK, attr, r, raw);
}

static int
probe_swaps(struct source *src, struct evidence *ev, struct host_facts *f)
{
	_cleanup_free_ char *raw = NULL;
	int r;

	r = source_read_text(src, PATH_PROC, "swaps", &raw);
	if (r >= 0)
		r = swaps_parse(raw, &f->swaps);
	if (r == -ENOMEM)
		return r;
	if (r == -EBADMSG)
		probe_log_malformed(src, PATH_PROC, "swaps",
				    "no header, or a line that is not five fields with numbers");
	f->swaps_r = r;
	r = note(ev, "proc.swaps", PATH_PROC, "swaps", r,
		 r >= 0 ? (f->swaps.n ? "" : "(no swap)") : raw);
	for (size_t i = 0; r >= 0 && i < f->swaps.n; i++) {
		struct swap_entry *e = &f->swaps.entries[i];
		_cleanup_free_ char *key = NULL;

		if (asprintf(&key, "swap.%zu", i) < 0)
			return -ENOMEM;
		r = evidence_add_factf(
			ev, key, "proc/swaps", 0, "%s %s size=%llu KiB used=%llu KiB%s%s",
			e->filename, e->is_partition ? "partition" : "file",
			(unsigned long long)e->size_kib, (unsigned long long)e->used_kib,
			e->zram ? " zram" : "", e->deleted ? " deleted" : "");
		if (r >= 0 && e->is_partition)
			r = probe_swap_dev(src, ev, e);
	}
	return r;
}

/* The lines the image model read, as "MemTotal=N KiB ...". */
static int
meminfo_fact(struct evidence *ev, const struct meminfo *m)
{
	char value[512] = "";
	size_t n = 0;

	for (size_t i = 0; i < _MEMINFO_MAX; i++) {
		const char *key = meminfo_key((enum meminfo_field)i);

		if (m->has[i] && n < sizeof(value))
			n += (size_t)snprintf(value + n, sizeof(value) - n, "%s%.*s=%llu KiB",
					      n ? " " : "", (int)strlen(key) - 1, key,
					      (unsigned long long)m->kib[i]);
	}
	return evidence_add_fact(ev, "proc.meminfo", "proc/meminfo", 0, value);
}

/* A derived fact: the image model's numbers, which the size reasons' sentences refer to. */
static int
image_fact(struct evidence *ev, const struct host_facts *f)
{
	struct image_model m;
	char target[32] = "unknown", mode[48] = "uncompressed: hibernate=nocompress";

	if (image_model(f, &m) < 0)
		return 0;
	if (m.target_kib != UINT64_MAX)
		snprintf(target, sizeof(target), "%llu KiB", (unsigned long long)m.target_kib);
	if (m.compressed)
		snprintf(mode, sizeof(mode), "compressed, at best %d:1", IMAGE_BEST_RATIO);
	return evidence_add_factf(
		ev, "hibernate.image", "proc/meminfo", 0,
		"estimate %llu KiB (saveable %llu KiB, minimum %llu KiB, image_size %s); takes "
		"%llu to %llu KiB of swap (%s)",
		(unsigned long long)m.image_kib, (unsigned long long)m.saveable_kib,
		(unsigned long long)m.minimum_kib, target, (unsigned long long)m.least_kib,
		(unsigned long long)m.most_kib, mode);
}

static int
probe_proc(struct source *src, struct evidence *ev, struct host_facts *f)
{
	_cleanup_free_ char *cmdline = NULL, *meminfo = NULL;
	int r;

	r = source_read_text(src, PATH_PROC, "cmdline", &cmdline);
	if (r >= 0)
		r = cmdline_parse(cmdline, &f->cmdline);
	if (r == -EBADMSG)
		probe_log_malformed(src, PATH_PROC, "cmdline", "not kernel parameters");
	f->cmdline_r = r;
	r = note(ev, "proc.cmdline", PATH_PROC, "cmdline", r, cmdline);
	if (r >= 0)
		r = probe_swaps(src, ev, f);
	if (r < 0)
		return r;
	r = source_read_text(src, PATH_PROC, "meminfo", &meminfo);
	if (r >= 0)
		r = meminfo_parse(meminfo, &f->meminfo);
	if (r == -EBADMSG)
		probe_log_malformed(src, PATH_PROC, "meminfo", "a known key with a bad value");
	if (r >= 0 && !(f->meminfo.has[MEMINFO_MEM_TOTAL] && f->meminfo.has[MEMINFO_MEM_FREE])) {
		probe_log_malformed(src, PATH_PROC, "meminfo", "no MemTotal or no MemFree line");
		r = -EBADMSG;
	}
	f->meminfo_r = r;
	if (r >= 0)
		return meminfo_fact(ev, &f->meminfo);
	return note(ev, "proc.meminfo", PATH_PROC, "meminfo", r, NULL);
}

/* Returns: 0 for a regular file, else the error a read of it answers (read_fd_bounded()), so
 * that a fact says why an attribute that is only looked at does not count. */
static int
type_error(int type)
{
	if (type == S_IFREG)
		return 0;
	if (type < 0)
		return type;
	return type == S_IFDIR ? -EISDIR : -EINVAL;
}

static int
probe_rtc(struct source *src, struct evidence *ev, struct host_facts *f)
{
	static char *const only_rtc0[] = {(char *)"rtc0", NULL};
	char **list = NULL;
	char *const *names;
	int r;

	f->rtc0_writable = -ENOENT;
	r = source_list(src, PATH_CLASS_RTC, NULL, &list);
	if (r == -ENOMEM)
		return r;
	f->wake.rtc_list_r = r < 0 ? r : 0;
	names = list;
	while (list && list[f->wake.n_rtcs])
		f->wake.n_rtcs++;
	if (r < 0 && r != -ENOENT) {
		/* A directory that cannot be listed (a loop, no permission, too many entries) is
		 * evidence; rtc0, the one pm-utils looks at, is still looked at. */
		r = evidence_add_fact(ev, "rtc", path_kind_dir(PATH_CLASS_RTC), r, NULL);
		names = only_rtc0;
	}
	for (size_t n = 0, seen = 0; r >= 0 && names && names[n]; n++) {
		_cleanup_free_ char *attr = NULL, *key = NULL;
		const char *rtc = names[n];
		int alarm, type;

		/* A bound on hostile trees; rtc0, which pm-utils looks at, always counts. */
		if (!streq(rtc, "rtc0") && seen++ >= RTC_MAX)
			continue;

		if (asprintf(&attr, "%s/wakealarm", rtc) < 0 ||
		    asprintf(&key, "rtc.%s.wakealarm", rtc) < 0) {
			r = -ENOMEM;
			break;
		}
		type = source_file_type(src, PATH_CLASS_RTC, attr);
		alarm = type == S_IFREG;
		f->n_wake_alarms += (unsigned)alarm;
		r = note(ev, key, PATH_CLASS_RTC, attr, type_error(type), alarm ? "present" : NULL);
		if (r >= 0)
			r = evidence_add_rtc(ev, rtc, alarm);
		if (r >= 0 && alarm && streq(rtc, "rtc0")) {
			f->rtc0_alarm = 1;
			r = writable_fact(src, ev, "rtc.rtc0.wakealarm.writable", PATH_CLASS_RTC,
					  attr, &f->rtc0_writable);
		}
	}
	strv_free(list);
	return r == -ENOENT ? 0 : r;
}

/* pm-utils' module.d/tuxonice: the first of these directories that exists decides. */
static int
probe_tuxonice(struct source *src, struct evidence *ev, struct host_facts *f)
{
	static const char *const dirs[] = {"tuxonice", "suspend2"};

	for (size_t i = 0; i < ELEMENTSOF(dirs); i++) {
		char name[32];

		if (source_file_type(src, PATH_SYS_POWER, dirs[i]) != S_IFDIR)
			continue;
		snprintf(name, sizeof(name), "%s/do_hibernate", dirs[i]);
		f->tuxonice = source_file_type(src, PATH_SYS_POWER, name) == S_IFREG;
		return note(ev, "power.tuxonice", PATH_SYS_POWER, name, f->tuxonice ? 0 : -ENOENT,
			    f->tuxonice ? "present" : NULL);
	}
	return 0;
}

int
probe_host(struct source *src, struct evidence *ev, unsigned needs, struct host_facts *ret)
{
	struct host_facts f = {0};
	int r;

	/* What the plan leaves out stays "missing". */
	f.state_r = f.state_writable = f.state_root_writable = -ENOENT;
	f.mem_sleep_r = f.disk_r = f.resume_r = f.resume_offset_r = -ENOENT;
	f.cmdline_r = f.swaps_r = f.meminfo_r = f.lockdown_r = -ENOENT;
	f.fw = (struct firmware_facts){.fadt_r = -ENOENT, .facs_r = -ENOENT, .aml_r = -ENOENT};
	f.rtc0_writable = -ENOENT;
	f.wake = (struct wake_facts){
		.devices_r = -ENOENT, .rtc_list_r = -ENOENT, .rtc_wake = -ENODEV};
	r = probe_power(src, ev, needs, &f);
	if (r >= 0 && (needs & PROBE_NEED_RESUME))
		r = probe_resume(src, ev, &f);
	if (r >= 0 && (needs & PROBE_NEED_PROC))
		r = probe_proc(src, ev, &f);
	if (r >= 0 && (needs & PROBE_NEED_PROC) && (needs & PROBE_NEED_RESUME))
		r = image_fact(ev, &f);
	if (r >= 0 && (needs & PROBE_NEED_PROC) && (needs & PROBE_NEED_RESUME))
		r = probe_resume_paths(src, ev, &f);
	if (r >= 0 && (needs & PROBE_NEED_LOCKDOWN))
		r = read_tokens(src, ev, "security.lockdown", PATH_SECURITY, "lockdown", NULL,
				&f.lockdown, &f.lockdown_r);
	if (r >= 0 && (needs & PROBE_NEED_RTC))
		r = probe_rtc(src, ev, &f);
	if (r >= 0 && (needs & PROBE_NEED_TUXONICE))
		r = probe_tuxonice(src, ev, &f);
	if (r >= 0 && (needs & PROBE_NEED_ACPI))
		r = probe_acpi(src, ev, &f.fw);
	if (r >= 0 && (needs & PROBE_NEED_CPU) && !ev->cpu)
		r = probe_cpu(src, &ev->cpu);
	if (r >= 0)
		r = probe_wake(src, ev, &f, needs);
	if (r < 0) {
		host_facts_done(&f);
		return r;
	}
	*ret = f;
	return 0;
}

void
host_facts_done(struct host_facts *f)
{
	free(f->state_raw);
	free(f->disk_raw);
	token_list_done(&f->state);
	token_list_done(&f->mem_sleep);
	token_list_done(&f->disk);
	token_list_done(&f->lockdown);
	cmdline_done(&f->cmdline);
	swaps_done(&f->swaps);
	free(f->resume_paths.resume);
}
