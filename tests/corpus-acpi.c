/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Corpus test: parses the tables of every host of ../shared/corpus/acpi, compares with truth.json.
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "acpi.h"

#define FILE_MAX (64u * 1024u * 1024u)

struct host {
	const char *dir;
	const char *name;
	unsigned mismatches;
	bool honest_partial; /* a table ACPICA could not parse was handled: no crash, partial */
};

__attribute__((format(printf, 3, 4))) static void
mismatch(struct host *h, const char *field, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "MISMATCH %s: %s: ", h->name, field);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	h->mismatches++;
}

static int
read_file(const char *dir, const char *name, uint8_t **ret, size_t *ret_len)
{
	char path[4096];
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rbe");
	if (!f)
		return -errno;
	for (;;) {
		size_t n;

		if (len == cap) {
			uint8_t *nb;

			if (cap >= FILE_MAX) {
				free(buf);
				fclose(f);
				return -EFBIG;
			}
			cap = cap ? cap * 2 : 65536;
			nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return -ENOMEM;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	fclose(f);
	*ret = buf;
	*ret_len = len;
	return 0;
}

static struct json_object *
get(struct json_object *o, const char *key)
{
	struct json_object *v = NULL;

	if (!o || !json_object_object_get_ex(o, key, &v))
		return NULL;
	return v;
}

static bool
is_null(struct json_object *o)
{
	return !o || json_object_is_type(o, json_type_null);
}

/* Truth numbers are JSON integers or hex strings ("0x0020C4B5"). */
static bool
truth_u64(struct json_object *o, uint64_t *ret)
{
	if (is_null(o))
		return false;
	if (json_object_is_type(o, json_type_string)) {
		const char *s = json_object_get_string(o);
		char *end;

		errno = 0;
		*ret = strtoull(s, &end, 16);
		return errno == 0 && end != s && *end == '\0';
	}
	*ret = (uint64_t)json_object_get_int64(o);
	return true;
}

/* Compares a numeric value: truth null <=> absent. */
static void
check_val(struct host *h, const char *label, struct json_object *o, bool present, uint64_t value)
{
	uint64_t want;

	if (is_null(o)) {
		if (present)
			mismatch(h, label, "truth null, parsed 0x%" PRIx64, value);
		return;
	}
	if (!truth_u64(o, &want)) {
		mismatch(h, label, "truth unreadable '%s'", json_object_get_string(o));
		return;
	}
	if (!present)
		mismatch(h, label, "truth 0x%" PRIx64 ", parsed absent", want);
	else if (want != value)
		mismatch(h, label, "truth 0x%" PRIx64 ", parsed 0x%" PRIx64, want, value);
}

static void
check_num(struct host *h, struct json_object *t, const char *key, bool present, uint64_t value)
{
	check_val(h, key, get(t, key), present, value);
}

static void
check_text(struct host *h, const char *label, struct json_object *o, const char *value)
{
	const char *want = is_null(o) ? NULL : json_object_get_string(o);

	if (!want != !value || (want && strcmp(want, value) != 0))
		mismatch(h, label, "truth '%s', parsed '%s'", want ? want : "(null)",
			 value ? value : "(null)");
}

static void
check_str(struct host *h, struct json_object *t, const char *key, const char *value)
{
	check_text(h, key, get(t, key), value);
}

static void
check_flag(struct host *h, const char *label, struct json_object *o, bool value)
{
	if (is_null(o) || json_object_get_boolean(o) != value)
		mismatch(h, label, "truth %s, parsed %s",
			 is_null(o) ? "null" : json_object_get_string(o), value ? "true" : "false");
}

static void
check_bool(struct host *h, struct json_object *t, const char *key, bool value)
{
	check_flag(h, key, get(t, key), value);
}

static void
check_gas(struct host *h, struct json_object *t, const char *key, bool present,
	  const struct acpi_gas *g)
{
	struct json_object *o = get(t, key);
	char field[128];

	if (is_null(o) || !present) {
		if (is_null(o) != !present)
			mismatch(h, key, "truth %s, parsed %s", is_null(o) ? "null" : "present",
				 present ? "present" : "absent");
		return;
	}
	static const char *const subs[] = {"space_id", "bit_width", "bit_offset", "access_width",
					   "address"};
	const uint64_t values[] = {g->space_id, g->bit_width, g->bit_offset, g->access_width,
				   g->address};

	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++) {
		snprintf(field, sizeof(field), "%s.%s", key, subs[i]);
		check_val(h, field, get(o, subs[i]), true, values[i]);
	}
}

/* The truth names the bits set, in order; ours come from the acpi_*_name() tables. The corpus
 * calls bit 21 LOW_POWER_S0_IDLE, the spec LOW_POWER_S0_IDLE_CAPABLE. */
static void
check_bits(struct host *h, struct json_object *t, const char *key, bool present, uint32_t word,
	   const char *(*name_of)(unsigned))
{
	struct json_object *o = get(t, key);
	char want[1024] = "", got[1024] = "";

	if (is_null(o) || !present) {
		if (is_null(o) != !present)
			mismatch(h, key, "truth %s, parsed %s", is_null(o) ? "null" : "present",
				 present ? "present" : "absent");
		return;
	}
	for (size_t i = 0; i < json_object_array_length(o); i++) {
		const char *n = json_object_get_string(json_object_array_get_idx(o, i));

		if (strcmp(n, "LOW_POWER_S0_IDLE") == 0)
			n = "LOW_POWER_S0_IDLE_CAPABLE";
		snprintf(want + strlen(want), sizeof(want) - strlen(want), "%s ", n);
	}
	for (unsigned bit = 0; bit < 32; bit++) {
		const char *n = name_of(bit);
		char tmp[16];

		if (!(word & (1u << bit)))
			continue;
		if (!n) {
			snprintf(tmp, sizeof(tmp), "BIT%u", bit);
			n = tmp;
		}
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s ", n);
	}
	if (strcmp(want, got) != 0)
		mismatch(h, key, "truth [%s], parsed [%s]", want, got);
}

static void
check_fadt(struct host *h, struct json_object *t)
{
	struct acpi_fadt f;
	uint8_t *buf = NULL;
	size_t len;
	int r;

	if (!get(t, "parsed") || !json_object_get_boolean(get(t, "parsed"))) {
		mismatch(h, "fadt.parsed", "truth has no FADT decode; nothing to compare");
		return;
	}
	r = read_file(h->dir, "FACP.dat", &buf, &len);
	if (r < 0) {
		mismatch(h, "FACP.dat", "cannot read: %s", strerror(-r));
		return;
	}
	r = acpi_fadt_parse(buf, len, &f);
	free(buf);
	if (r < 0) {
		mismatch(h, "fadt", "acpi_fadt_parse: %s", strerror(-r));
		return;
	}

#define HAS(x) acpi_fadt_has(&f, ACPI_FADT_##x)
	check_str(h, t, "signature", f.header.signature);
	check_num(h, t, "length", true, f.header.length);
	check_num(h, t, "revision", true, f.header.revision);
	check_num(h, t, "checksum", true, f.header.checksum);
	check_bool(h, t, "checksum_valid", f.header.checksum_valid);
	if (!f.header.checksum_valid)
		check_num(h, t, "checksum_expected", true, f.header.checksum_expected);
	check_str(h, t, "oem_id", f.header.oem_id);
	check_str(h, t, "oem_table_id", f.header.oem_table_id);
	check_num(h, t, "oem_revision", true, f.header.oem_revision);
	check_str(h, t, "asl_compiler_id", f.header.creator_id);
	check_num(h, t, "asl_compiler_revision", true, f.header.creator_revision);
	check_num(h, t, "minor_revision", HAS(MINOR_REVISION), f.minor_revision);
	check_num(h, t, "facs_address32", HAS(FIRMWARE_CTRL), f.firmware_ctrl);
	check_num(h, t, "dsdt_address32", HAS(DSDT), f.dsdt);
	check_num(h, t, "facs_address64", HAS(X_FIRMWARE_CTRL), f.x_firmware_ctrl);
	check_num(h, t, "dsdt_address64", HAS(X_DSDT), f.x_dsdt);
	check_num(h, t, "pm_profile", HAS(PM_PROFILE), f.pm_profile);
	check_str(h, t, "pm_profile_name",
		  HAS(PM_PROFILE) ? acpi_pm_profile_name(f.pm_profile) : NULL);
	check_num(h, t, "sci_interrupt", HAS(SCI_INT), f.sci_int);
	check_num(h, t, "smi_command_port", HAS(SMI_CMD), f.smi_cmd);
	check_num(h, t, "acpi_enable_value", HAS(ACPI_ENABLE), f.acpi_enable);
	check_num(h, t, "pm1a_event_block32", HAS(PM1A_EVT_BLK), f.pm1a_evt_blk);
	check_num(h, t, "pm1a_control_block32", HAS(PM1A_CNT_BLK), f.pm1a_cnt_blk);
	check_num(h, t, "pm1b_control_block32", HAS(PM1B_CNT_BLK), f.pm1b_cnt_blk);
	check_num(h, t, "pm1_control_length", HAS(PM1_CNT_LEN), f.pm1_cnt_len);
	check_num(h, t, "flags", HAS(FLAGS), f.flags);
	check_bits(h, t, "flags_set", HAS(FLAGS), f.flags, acpi_fadt_flag_name);
	check_num(h, t, "boot_flags", HAS(BOOT_ARCH), f.boot_arch);
	check_bits(h, t, "boot_flags_set", HAS(BOOT_ARCH), f.boot_arch, acpi_fadt_boot_flag_name);
	check_num(h, t, "arm_flags", HAS(ARM_BOOT_ARCH), f.arm_boot_arch);
	check_bits(h, t, "arm_flags_set", HAS(ARM_BOOT_ARCH), f.arm_boot_arch,
		   acpi_fadt_arm_flag_name);
	check_gas(h, t, "reset_register", HAS(RESET_REG), &f.reset_reg);
	check_num(h, t, "reset_value", HAS(RESET_VALUE), f.reset_value);
	check_gas(h, t, "x_pm1a_control_block", HAS(X_PM1A_CNT_BLK), &f.x_pm1a_cnt_blk);
	check_gas(h, t, "x_pm1b_control_block", HAS(X_PM1B_CNT_BLK), &f.x_pm1b_cnt_blk);
	check_gas(h, t, "sleep_control_register", HAS(SLEEP_CONTROL_REG), &f.sleep_control_reg);
	check_gas(h, t, "sleep_status_register", HAS(SLEEP_STATUS_REG), &f.sleep_status_reg);
	check_num(h, t, "hypervisor_id", HAS(HYPERVISOR_ID), f.hypervisor_id);
#undef HAS
}

static void
check_file_str(struct host *h, const char *file, struct json_object *t, const char *key,
	       const char *value)
{
	char label[256];

	snprintf(label, sizeof(label), "files.%s.%s", file, key);
	check_text(h, label, get(t, key), value);
}

/* files.<name>: signature, length and checksum validity of every table as read. */
static void
check_files(struct host *h, struct json_object *files)
{
	json_object_object_foreach(files, name, t)
	{
		char label[256];
		uint8_t *buf = NULL;
		size_t len;
		int r;

		r = read_file(h->dir, name, &buf, &len);
		if (r < 0) {
			mismatch(h, name, "cannot read: %s", strerror(-r));
			continue;
		}
		if (strncmp(name, "FACS", 4) == 0) {
			struct acpi_facs facs;

			r = acpi_facs_parse(buf, len, &facs);
			snprintf(label, sizeof(label), "files.%s", name);
			if (r < 0)
				mismatch(h, label, "acpi_facs_parse: %s", strerror(-r));
			else {
				check_file_str(h, name, t, "signature", facs.signature);
				snprintf(label, sizeof(label), "files.%s.length", name);
				check_val(h, label, get(t, "length"), true, facs.length);
			}
		} else {
			struct acpi_table_header hd;
			uint64_t want_len = 0;
			bool valid = false;

			(void)truth_u64(get(t, "length"), &want_len);
			r = acpi_table_header_parse(buf, len, &hd);
			snprintf(label, sizeof(label), "files.%s", name);
			if (r == -ENODATA && want_len > len) {
				/* Length beyond the bytes read: the header parser refuses it. */
			} else if (r < 0)
				mismatch(h, label, "acpi_table_header_parse: %s", strerror(-r));
			else {
				check_file_str(h, name, t, "signature", hd.signature);
				snprintf(label, sizeof(label), "files.%s.length", name);
				check_val(h, label, get(t, "length"), true, hd.length);
				valid = hd.checksum_valid;
			}
			snprintf(label, sizeof(label), "files.%s.checksum_valid", name);
			check_flag(h, label, get(t, "checksum_valid"), valid);
		}
		free(buf);
	}
}

static const char *const sleep_names[ACPI_SLEEP_STATES] = {
	"_S0", "_S1", "_S2", "_S3", "_S4", "_S5",
};

static void
check_aml(struct host *h, struct json_object *a)
{
	struct acpi_aml_sleep all = {0};
	struct json_object *scanned = get(a, "tables_scanned"), *tables = get(a, "tables");

	for (size_t i = 0; i < json_object_array_length(scanned); i++) {
		const char *name = json_object_get_string(json_object_array_get_idx(scanned, i));
		struct json_object *parsed = get(get(tables, name), "parsed");
		bool iasl_ok = parsed && json_object_get_boolean(parsed);
		struct acpi_aml_sleep s;
		char field[256];
		uint8_t *buf = NULL;
		size_t len;
		uint32_t length;
		int r;

		snprintf(field, sizeof(field), "aml.%s", name);
		r = read_file(h->dir, name, &buf, &len);
		if (r < 0) {
			mismatch(h, field, "cannot read: %s", strerror(-r));
			continue;
		}
		r = acpi_aml_scan(buf, len, &s);
		length = len >= 8 ? (uint32_t)(buf[4] | buf[5] << 8 | buf[6] << 16 |
					       (uint32_t)buf[7] << 24)
				  : 0;
		free(buf);
		if (r < 0) {
			mismatch(h, field, "acpi_aml_scan: %s", strerror(-r));
			continue;
		}
		if (!iasl_ok) {
			/* ACPICA could not parse it: nothing to compare, but a table shorter than
			 * its length must be reported partial, and the stop must lie inside it. */
			if (length > len && !s.partial)
				mismatch(h, field, "truncated table not reported partial");
			else if (s.partial && s.stop_offset > len)
				mismatch(h, field, "stop offset %zu beyond %zu bytes",
					 s.stop_offset, len);
			else
				h->honest_partial = true;
			printf("  %s %s: iasl could not parse; ours: %s at %zu, %u method bodies "
			       "skipped\n",
			       h->name, name, acpi_aml_stop_to_string(s.stop), s.stop_offset,
			       s.methods_skipped);
			continue;
		}
		if (s.partial)
			mismatch(h, field, "walk stopped early: %s at offset 0x%zx",
				 acpi_aml_stop_to_string(s.stop), s.stop_offset);
		acpi_aml_sleep_merge(&all, &s);
	}

	for (unsigned i = 0; i < ACPI_SLEEP_STATES; i++) {
		struct json_object *o = get(get(a, "sleep_objects"), sleep_names[i]);
		enum acpi_sleep_decl want = ACPI_SLEEP_ABSENT;
		char field[64];

		if (get(o, "unconditional") && json_object_get_boolean(get(o, "unconditional")))
			want = ACPI_SLEEP_ROOT;
		else if (get(o, "conditional_only") &&
			 json_object_get_boolean(get(o, "conditional_only")))
			want = ACPI_SLEEP_CONDITIONAL;
		snprintf(field, sizeof(field), "aml.sleep_objects.%s", sleep_names[i]);
		if (want != all.state[i])
			mismatch(h, field, "truth %s, parsed %s", acpi_sleep_decl_to_string(want),
				 acpi_sleep_decl_to_string(all.state[i]));
		snprintf(field, sizeof(field), "aml.sleep_objects.%s.method_form", sleep_names[i]);
		check_flag(h, field, get(o, "method_form"), all.method_form[i]);
	}
	check_flag(h, "aml.lps0_device", get(a, "lps0_device"), all.lps0);
}

static int
check_host(struct host *h)
{
	struct json_object *truth, *aml;
	uint8_t *buf = NULL;
	size_t len;
	char *text;
	int r;

	r = read_file(h->dir, "truth.json", &buf, &len);
	if (r < 0)
		return r;
	text = malloc(len + 1);
	if (!text) {
		free(buf);
		return -ENOMEM;
	}
	memcpy(text, buf, len);
	text[len] = '\0';
	free(buf);
	truth = json_tokener_parse(text);
	free(text);
	if (!truth)
		return -EBADMSG;

	check_fadt(h, get(truth, "fadt"));
	check_files(h, get(truth, "files"));
	aml = get(truth, "aml");
	if (!is_null(aml))
		check_aml(h, aml);
	json_object_put(truth);
	return 0;
}

static int
is_dir(const struct dirent *de)
{
	return de->d_name[0] != '.';
}

int
main(int argc, char **argv)
{
	const char *root = argc > 1 ? argv[1] : getenv("PMPROBE_ACPI_CORPUS");
	unsigned hosts = 0, matched = 0, partial_ok = 0, failed = 0;
	struct dirent **list;
	struct stat st;
	int n;

	if (!root || stat(root, &st) < 0 || !S_ISDIR(st.st_mode)) {
		printf("ACPI corpus '%s' not found: skipped\n", root ? root : "(unset)");
		return 77;
	}
	n = scandir(root, &list, is_dir, alphasort);
	if (n < 0) {
		fprintf(stderr, "cannot list '%s': %s\n", root, strerror(errno));
		return 1;
	}
	for (int i = 0; i < n; i++) {
		char dir[4096];
		struct host h = {.dir = dir, .name = list[i]->d_name};
		int r;

		snprintf(dir, sizeof(dir), "%s/%s", root, list[i]->d_name);
		if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
			free(list[i]);
			continue;
		}
		r = check_host(&h);
		if (r == -ENOENT) { /* not a host folder */
			free(list[i]);
			continue;
		}
		hosts++;
		if (r < 0)
			mismatch(&h, "truth.json", "unreadable: %s", strerror(-r));
		if (h.mismatches == 0) {
			matched++;
			if (h.honest_partial)
				partial_ok++;
		} else
			failed++;
		free(list[i]);
	}
	free(list);

	printf("%u hosts, %u matched, %u partial(ok)\n", hosts, matched, partial_ok);
	if (hosts == 0) {
		fprintf(stderr, "no host folders below '%s'\n", root);
		return 1;
	}
	return failed ? 1 : 0;
}
