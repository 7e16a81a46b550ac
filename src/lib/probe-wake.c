/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Wake sources: devices with power/wakeup, which RTCs may wake the host, and the platform power
 * driver s2idle needs. Never /sys/power/wakeup_count; nothing is written. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "macro.h"
#include "manifest.h"
#include "probe.h"
#include "wake-group.h"

/* The platform power drivers s2idle needs to reach its lowest state (doc/policies.md). */
static const char *const pmc_drivers[] = {
	[PMC_AMD] = "amd_pmc",
	[PMC_INTEL] = "intel_pmc_core",
};

static const char *const module_states[_MODULE_STATE_MAX] = {
	[MODULE_UNKNOWN] = "unknown",	    [MODULE_ABSENT] = "absent",
	[MODULE_NOT_LOADED] = "not-loaded", [MODULE_LOADABLE] = "loadable",
	[MODULE_LOADING] = "loading",	    [MODULE_LOADED] = "loaded",
	[MODULE_BUILTIN] = "builtin",
};

const char *
module_state_to_string(enum module_state state)
{
	return (unsigned)state < _MODULE_STATE_MAX ? module_states[state] : "unknown";
}

enum module_state
module_state_from_initstate(const char *text)
{
	if (streq(text, "live"))
		return MODULE_LOADED;
	if (streq(text, "coming") || streq(text, "going"))
		return MODULE_LOADING;
	return MODULE_UNKNOWN;
}

int
wake_parse_state(const char *value)
{
	if (streq(value, "enabled"))
		return 1;
	if (streq(value, "disabled"))
		return 0;
	return -EBADMSG;
}

/* Whether @name is the ACPI device "<id>:<instance>". */
static int
is_acpi_id(const char *name, const char *id)
{
	return has_prefix(name, id) && name[strlen(id)] == ':';
}

/* AMD's PMC driver binds ACPI ids AMDI0005..AMDI000B, and AMD0004/AMD0005 that some Surface
 * laptops use (drivers/platform/x86/amd/pmc, amd_pmc_acpi_ids); Intel's machines that use s2idle
 * show the LPS0 device (INT33A1, or PNP0D80 without AMD's PMC), and intel_pmc_core binds by CPU
 * model, which is not looked at here. */
enum pmc_platform
pmc_platform_from_acpi(char *const *names)
{
	static const char *const amd[] = {"AMDI0005", "AMDI0006", "AMDI0007",
					  "AMDI0008", "AMDI0009", "AMDI000A",
					  "AMDI000B", "AMD0004",  "AMD0005"};
	int lps0 = 0;

	for (char *const *n = names; n && *n; n++) {
		for (size_t i = 0; i < ELEMENTSOF(amd); i++)
			if (is_acpi_id(*n, amd[i]))
				return PMC_AMD;
		lps0 |= is_acpi_id(*n, "INT33A1") || is_acpi_id(*n, "PNP0D80");
	}
	return lps0 ? PMC_INTEL : PMC_NONE;
}

/* The last component of a link's target: a subsystem's or a driver's name. */
static int
link_name(struct source *src, const char *dev, const char *link, char **ret)
{
	_cleanup_free_ char *name = NULL, *target = NULL;
	const char *base;
	int r;

	if (asprintf(&name, "%s/%s", dev, link) < 0)
		return -ENOMEM;
	r = source_readlink(src, PATH_SYS_DEVICES, name, &target);
	if (r < 0)
		return r;
	base = strrchr(target, '/');
	base = base ? base + 1 : target;
	if (!*base)
		return -EBADMSG;
	*ret = strdup(base);
	return *ret ? 0 : -ENOMEM;
}

/* Looks at @dev/@child: its S_IFMT type, or -errno. `record` keeps what was looked at. */
static int
child_type(struct source *src, const char *dev, const char *child)
{
	_cleanup_free_ char *name = NULL;

	if (asprintf(&name, "%s/%s", dev, child) < 0)
		return -ENOMEM;
	return source_file_type(src, PATH_SYS_DEVICES, name);
}

/* A USB device with an interface of class 03 (HID): a keyboard or a mouse. */
static int
usb_is_hid(struct source *src, const char *dev)
{
	char **list = NULL;
	int hid = 0;

	if (source_list(src, PATH_SYS_DEVICES, dev, &list) < 0)
		return 0;
	for (char **p = list; *p && !hid; p++) {
		_cleanup_free_ char *iface = NULL, *class = NULL;

		if (!strchr(*p, ':'))
			continue;
		if (asprintf(&iface, "%s/%s", dev, *p) < 0)
			break;
		/* An interface is a device of its own (a uevent file), as libudev wants it. */
		if (child_type(src, iface, "uevent") == -ENOMEM)
			break;
		if (source_read_attr(src, PATH_SYS_DEVICES, iface, "bInterfaceClass", &class) >= 0)
			hid = streq(class, "03");
	}
	strv_free(list);
	return hid;
}

/* Ranks what an RTC's device answers, best first: may wake, not known (an odd value; the device
 * or its power directory not in the tree), disabled, none. */
static int
rtc_rank(int state)
{
	return state == 1 ? 4 : state == -EBADMSG ? 3 : state == -ENXIO ? 2 : state == 0 ? 1 : 0;
}

/* The RTCs this device holds (dev/rtc/rtcN): those with a wake alarm take @state. */
static int
note_rtcs(struct source *src, struct evidence *ev, struct host_facts *f, const char *dev, int state)
{
	_cleanup_free_ char *dir = NULL;
	char **list = NULL;
	int r = 0;

	if (asprintf(&dir, "%s/rtc", dev) < 0)
		return -ENOMEM;
	if (source_list(src, PATH_SYS_DEVICES, dir, &list) < 0)
		return 0;
	for (char **p = list; *p && r >= 0; p++) {
		_cleanup_free_ char *alarm = NULL, *key = NULL, *path = NULL;

		if (asprintf(&alarm, "%s/wakealarm", *p) < 0 ||
		    asprintf(&key, "rtc.%s.device-wakeup", *p) < 0 ||
		    asprintf(&path, "sys/devices/%s/power/wakeup", dev) < 0) {
			r = -ENOMEM;
			break;
		}
		if (!path_name_is_valid(alarm) ||
		    source_file_type(src, PATH_CLASS_RTC, alarm) != S_IFREG)
			continue;
		if (rtc_rank(state) > rtc_rank(f->wake.rtc_wake))
			f->wake.rtc_wake = state;
		r = evidence_add_fact(ev, key, path, state == -EBADMSG ? -EBADMSG : 0,
				      state == 1   ? "enabled"
				      : state == 0 ? "disabled"
						   : NULL);
		if (r >= 0)
			r = evidence_set_rtc_wakeup(ev, *p,
						    state == 1	 ? "enabled"
						    : state == 0 ? "disabled"
								 : "unknown");
	}
	strv_free(list);
	return r;
}

struct wake_device {
	char *subsystem, *driver, *state, *wakeup_count, *active_count;
};

static void
wake_device_done(struct wake_device *d)
{
	free(d->subsystem);
	free(d->driver);
	free(d->state);
	free(d->wakeup_count);
	free(d->active_count);
}

/* @dev's power/wakeup in *ret (NULL when unreadable). Returns: 1 enabled, 0 disabled, -EBADMSG
 * another value, -ENOMEM, or the read's -errno. */
static int
wakeup_state(struct source *src, const char *dev, char **ret)
{
	int r = source_read_attr(src, PATH_SYS_DEVICES, dev, "power/wakeup", ret);

	return r < 0 ? r : wake_parse_state(*ret);
}

/* Reads what the fact shows; a missing optional attribute stays NULL. */
static int
read_device(struct source *src, const char *dev, struct wake_device *d, int *ret_state)
{
	int r;

	r = link_name(src, dev, "subsystem", &d->subsystem);
	if (r == -ENOMEM)
		return r;
	r = link_name(src, dev, "driver", &d->driver);
	if (r == -ENOMEM)
		return r;
	if (source_read_attr(src, PATH_SYS_DEVICES, dev, "power/wakeup_count", &d->wakeup_count) ==
		    -ENOMEM ||
	    source_read_attr(src, PATH_SYS_DEVICES, dev, "power/active_count", &d->active_count) ==
		    -ENOMEM)
		return -ENOMEM;
	*ret_state = wakeup_state(src, dev, &d->state);
	return *ret_state == -ENOMEM ? -ENOMEM : 0;
}

static int
probe_device(struct source *src, struct evidence *ev, struct host_facts *f, const char *dev)
{
	_cleanup_(wake_device_done) struct wake_device d = {0};
	_cleanup_free_ char *key = NULL, *path = NULL;
	const char *sysname = strrchr(dev, '/'), *group, *button;
	int state, net, rtc = 0, r;

	sysname = sysname ? sysname + 1 : dev;
	r = read_device(src, dev, &d, &state);
	if (r < 0)
		return r;
	/* What made it a device to udev_enumerate and the walk; `record` keeps it so. */
	net = child_type(src, dev, "uevent");
	if (net != -ENOMEM) {
		net = child_type(src, dev, "net");
		rtc = child_type(src, dev, "rtc");
	}
	if (net == -ENOMEM || rtc == -ENOMEM)
		return -ENOMEM;
	net = net == S_IFDIR;
	rtc = rtc == S_IFDIR;
	group = wake_group(d.subsystem, sysname, net, rtc,
			   d.subsystem && streq(d.subsystem, "usb") && usb_is_hid(src, dev));
	button = streq(group, "button") ? wake_button_kind(sysname) : NULL;
	f->wake.n_devices++;
	f->wake.n_enabled += state == 1;
	f->wake.n_odd += state < 0;
	if (asprintf(&key, "wake.%s.%s", group, sysname) < 0 ||
	    asprintf(&path, "sys/devices/%s/power/wakeup", dev) < 0)
		return -ENOMEM;
	r = evidence_add_factf(
		ev, key, path,
		state == -EBADMSG ? -EBADMSG
		: state < 0	  ? state
				  : 0,
		"%s subsystem=%s driver=%s%s%s%s%s%s%s",
		d.state ? (d.state[0] ? d.state : "(empty)") : "(unreadable)",
		d.subsystem ? d.subsystem : "-", d.driver ? d.driver : "-", button ? " kind=" : "",
		button ? button : "", d.wakeup_count ? " wakeup_count=" : "",
		d.wakeup_count ? d.wakeup_count : "", d.active_count ? " active_count=" : "",
		d.active_count ? d.active_count : "");
	if (r >= 0)
		r = evidence_add_wake_device(
			ev, &(struct report_wake_device){
				    .group = (char *)group,
				    .sysname = (char *)sysname,
				    .subsystem = d.subsystem,
				    .driver = d.driver,
				    .wakeup = state == -EBADMSG || state >= 0 ? d.state : NULL,
				    .kind = (char *)button,
				    .wakeup_count = d.wakeup_count,
				    .active_count = d.active_count,
				    .path = path,
			    });
	if (r >= 0 && rtc)
		r = note_rtcs(src, ev, f, dev, state < 0 ? -EBADMSG : state);
	return r;
}

static int
probe_devices(struct source *src, struct evidence *ev, struct host_facts *f)
{
	char **devs = NULL;
	int r;

	/* System devices the kernel never makes wakeup-capable, and thousands on large hosts. */
	static const char *const never_wake[] = {"memory", "cpu", "node", "memory_tiering", NULL};

	r = source_enumerate(src, PATH_SYS_DEVICES, "power/wakeup", never_wake, &devs);
	if (r == -ENOMEM)
		return r;
	f->wake.devices_r = r < 0 ? r : 0;
	/* A host always has sys/devices; a tree without it was recorded before pmprobe looked at
	 * devices (tests/vm's first QEMU trees): which device holds an RTC is not known there. */
	if (r >= 0 && devs && !devs[0])
		f->wake.no_devices_dir = source_file_type(src, PATH_SYS_DEVICES, NULL) == -ENOENT;
	ev->wake.probed = 1;
	ev->wake.devices_r = f->wake.devices_r;
	for (char **d = devs; r >= 0 && d && *d; d++)
		r = probe_device(src, ev, f, *d);
	strv_free(devs);
	if (r < 0 && r != f->wake.devices_r)
		return r;
	ev->wake.n_enabled = f->wake.n_enabled;
	return evidence_add_factf(ev, "wake.devices", "sys/devices", f->wake.devices_r,
				  "%u with power/wakeup, %u enabled", f->wake.n_devices,
				  f->wake.n_enabled);
}

static int
probe_module(struct source *src, struct evidence *ev, const char *name, enum module_state *ret)
{
	_cleanup_free_ char *attr = NULL, *text = NULL, *key = NULL;
	enum module_state state = MODULE_NOT_LOADED;
	const char *path = "sys/module";
	int r;

	if (asprintf(&attr, "%s/initstate", name) < 0 || asprintf(&key, "platform.%s", name) < 0)
		return -ENOMEM;
	r = source_read_text(src, PATH_SYS_MODULE, attr, &text);
	if (r == -ENOMEM)
		return r;
	if (r >= 0)
		state = module_state_from_initstate(text);
	else if (source_file_type(src, PATH_SYS_MODULE, name) == S_IFDIR)
		state = MODULE_BUILTIN; /* built-in code with parameters, no initstate */
	/* What sys/module cannot tell: built in without a directory, loadable, or absent. A tree:
	 * its own lib/modules/<release>, parsed here, never by libkmod. Live: the running kernel's
	 * lists the same way, libkmod only where they cannot answer. */
	if (state == MODULE_NOT_LOADED) {
		enum module_state k;

		if (!src->live)
			r = probe_tree_module(src, name, &k);
		else if (!probe_kmod_lookup)
			r = -ENOTSUP; /* pm-is-supported: platform drivers are not its question */
		else if ((r = probe_live_module(src, name, &k)) < 0 && r != -ENOMEM && r != -ENODEV)
			r = probe_kmod_lookup(NULL, name, &k);
		if (r == -ENOMEM)
			return r;
		if (r >= 0) {
			state = k;
			path = "lib/modules";
		}
	}
	*ret = state;
	return evidence_add_factf(ev, key, path, 0, "%s", module_state_to_string(state));
}

/* @all: both drivers, for the wake section; else only the platform's own, which the suspend
 * verdict's informative reason needs (and none on other platforms: no libkmod lookup). */
static int
probe_platform(struct source *src, struct evidence *ev, struct host_facts *f, int all)
{
	static const char *const names[] = {"none", "amd", "intel"};
	char **acpi = NULL;
	int r;

	r = source_list(src, PATH_BUS_ACPI_DEVICES, NULL, &acpi);
	if (r == -ENOMEM)
		return r;
	f->wake.platform = r >= 0 ? pmc_platform_from_acpi(acpi) : PMC_NONE;
	ev->wake.platform = names[f->wake.platform];
	strv_free(acpi);
	r = evidence_add_fact(ev, "platform", path_kind_dir(PATH_BUS_ACPI_DEVICES), r < 0 ? r : 0,
			      r < 0 ? NULL : names[f->wake.platform]);
	for (int p = PMC_AMD; r >= 0 && p <= PMC_INTEL; p++) {
		enum module_state state;

		if (!all && (enum pmc_platform)p != f->wake.platform)
			continue;
		r = probe_module(src, ev, pmc_drivers[p], &state);
		if (r >= 0)
			evidence_add_platform_driver(ev, pmc_drivers[p],
						     module_state_to_string(state));
		if (r >= 0 && (enum pmc_platform)p == f->wake.platform)
			f->wake.pmc_driver = state;
	}
	return r;
}

/* RTCs whose holder one probe looks up by link; sys/class/rtc is bounded like that (probe.c). */
#define RTC_HOLDERS_MAX 17

/* The device holding an RTC, from its class link ("../../devices/pnp0/00:01/rtc/rtc0" names
 * "pnp0/00:01"), as a live sysfs has it. Returns: 1 and *ret, 0 when the link says nothing
 * (a recorded tree keeps sys/class/rtc/<name> as a directory), -ENOMEM. */
static int
rtc_holder_by_link(struct source *src, const char *rtc, char **ret)
{
	_cleanup_free_ char *target = NULL, *holder = NULL;
	const char *t;
	size_t len, rlen = strlen(rtc);
	int r;

	r = source_readlink(src, PATH_CLASS_RTC, rtc, &target);
	if (r == -ENOMEM)
		return r;
	if (r < 0)
		return 0;
	for (t = target; has_prefix(t, "../");)
		t += 3;
	if (!has_prefix(t, "devices/"))
		return 0;
	t += strlen("devices/");
	len = strlen(t);
	/* ".../<holder>/rtc/<rtc>" */
	if (len < rlen + 6 || !streq(t + len - rlen, rtc) ||
	    strncmp(t + len - rlen - 5, "/rtc/", 5) != 0)
		return 0;
	holder = strndup(t, len - rlen - 5);
	if (!holder)
		return -ENOMEM;
	if (!path_name_is_valid(holder))
		return 0;
	*ret = TAKE_PTR(holder);
	return 1;
}

/* What timed-wake needs without the whole walk: each RTC with an alarm, its holder by the class
 * link, and the holder's power/wakeup, read as the walk would read it. Returns: 1 when every
 * such RTC was placed (and noted), 0 when the walk must do it, -ENOMEM. */
static int
probe_rtc_holders(struct source *src, struct evidence *ev, struct host_facts *f)
{
	char *holders[RTC_HOLDERS_MAX] = {NULL};
	size_t n = 0;
	int r = 1;

	for (size_t i = 0; r > 0 && i < ev->wake.n_rtcs; i++) {
		char *holder = NULL;

		if (!ev->wake.rtcs[i].alarm)
			continue;
		r = n < RTC_HOLDERS_MAX ? rtc_holder_by_link(src, ev->wake.rtcs[i].name, &holder)
					: 0;
		if (r > 0)
			holders[n++] = holder;
	}
	for (size_t i = 0; r > 0 && i < n; i++) {
		_cleanup_free_ char *state = NULL;
		int seen = 0, s;

		for (size_t j = 0; j < i; j++)
			seen |= streq(holders[j], holders[i]);
		if (seen)
			continue;
		s = wakeup_state(src, holders[i], &state);
		if (s == -ENOMEM)
			r = s;
		else if (s != -ENOENT) /* no power/wakeup: no wake device, as in the walk */
			r = note_rtcs(src, ev, f, holders[i], s < 0 ? -EBADMSG : s);
		if (r >= 0)
			r = 1;
	}
	for (size_t i = 0; i < n; i++)
		free(holders[i]);
	return r;
}

/* An RTC whose holder has no power/wakeup: a power directory without it proves the device cannot
 * wake (the kernel adds the file to every wakeup-capable device's power group); without the power
 * directory, which every device has, the tree left it out. Returns: 0, -ENOMEM. */
static int
note_holder_without_wakeup(struct source *src, struct evidence *ev, struct host_facts *f,
			   const char *rtc, const char *holder)
{
	_cleanup_free_ char *power = NULL, *key = NULL, *path = NULL;
	int type;

	if (asprintf(&power, "%s/power", holder) < 0 ||
	    asprintf(&key, "rtc.%s.device-wakeup", rtc) < 0 ||
	    asprintf(&path, "sys/devices/%s/power/wakeup", holder) < 0)
		return -ENOMEM;
	type = source_file_type(src, PATH_SYS_DEVICES, power);
	if (type == -ENOMEM)
		return type;
	if (type != S_IFDIR) {
		if (rtc_rank(-ENXIO) > rtc_rank(f->wake.rtc_wake))
			f->wake.rtc_wake = -ENXIO;
		if (evidence_set_rtc_wakeup(ev, rtc, "unknown") < 0)
			return -ENOMEM;
	}
	return evidence_add_fact(ev, key, path, -ENOENT, NULL);
}

/* An RTC with an alarm that no wake device was found to hold: its holder by the class link (a
 * live sysfs), else by its rtc/<name> child in the tree, whatever the holder's links. Returns: 0,
 * -ENOMEM. */
static int
place_rtc(struct source *src, struct evidence *ev, struct host_facts *f, const char *rtc)
{
	_cleanup_free_ char *holder = NULL, *state = NULL, *key = NULL;
	int r, s;

	r = rtc_holder_by_link(src, rtc, &holder);
	if (r > 0) {
		_cleanup_free_ char *child = NULL;

		/* Looked at so that `record` keeps it: a replay finds the holder by it. */
		if (asprintf(&child, "rtc/%s", rtc) < 0)
			return -ENOMEM;
		r = child_type(src, holder, child) == -ENOMEM ? -ENOMEM : 1;
	}
	if (r == 0)
		r = rtc_holder_in_tree(src, rtc, &holder);
	if (r == -ENOMEM)
		return r;
	if (r <= 0) {
		/* Every RTC has a parent device; the tree does not have it (or was too large). */
		if (rtc_rank(-ENXIO) > rtc_rank(f->wake.rtc_wake))
			f->wake.rtc_wake = -ENXIO;
		if (asprintf(&key, "rtc.%s.device-wakeup", rtc) < 0 ||
		    evidence_set_rtc_wakeup(ev, rtc, "unknown") < 0)
			return -ENOMEM;
		return evidence_add_fact(ev, key, "sys/devices", r < 0 ? r : -ENOENT, NULL);
	}
	s = wakeup_state(src, holder, &state);
	if (s == -ENOMEM)
		return s;
	if (s == -ENOENT)
		return note_holder_without_wakeup(src, ev, f, rtc, holder);
	return note_rtcs(src, ev, f, holder, s < 0 ? -EBADMSG : s);
}

/* After the walk: the RTCs with an alarm it did not place. Not when sys/devices is missing or
 * could not be walked: timed-wake then says so (wake-devices-unreadable). */
static int
place_unplaced_rtcs(struct source *src, struct evidence *ev, struct host_facts *f)
{
	int r = 0;

	if (f->wake.no_devices_dir || (f->wake.devices_r < 0 && f->wake.devices_r != -ENOENT))
		return 0;
	for (size_t i = 0; r >= 0 && i < ev->wake.n_rtcs && i < RTC_HOLDERS_MAX; i++)
		if (ev->wake.rtcs[i].alarm && !ev->wake.rtcs[i].device_wakeup)
			r = place_rtc(src, ev, f, ev->wake.rtcs[i].name);
	return r;
}

int
probe_wake(struct source *src, struct evidence *ev, struct host_facts *f, unsigned needs)
{
	int devices = !!(needs & PROBE_NEED_WAKE_DEVICES), r;

	if (!devices && !(needs & PROBE_NEED_WAKE))
		return 0;
	r = devices ? 0 : probe_rtc_holders(src, ev, f);

	if (r == 0)
		r = probe_devices(src, ev, f);
	if (r >= 0)
		r = place_unplaced_rtcs(src, ev, f);
	/* A section shown (asked for, or walked for timed-wake) lists both drivers. */
	if (r >= 0)
		r = probe_platform(src, ev, f, ev->wake.probed);
	return r;
}
