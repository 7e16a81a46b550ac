/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reads the ACPI tables (FADT, FACS, DSDT, SSDTs) through the source layer into firmware facts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "macro.h"
#include "probe.h"

#define ACPI_TABLE_MAX (4u * 1024u * 1024u)
#define SSDT_MAX 64

static int
table_fact(struct evidence *ev, const char *name, int r, const char *value)
{
	_cleanup_free_ char *key = NULL, *path = NULL;

	if (asprintf(&key, "acpi.%s", name) < 0 ||
	    asprintf(&path, "%s/%s", path_kind_dir(PATH_ACPI_TABLES), name) < 0)
		return -ENOMEM;
	return evidence_add_fact(ev, key, path, r, value);
}

static int
header_text(const struct acpi_table_header *h, char **ret)
{
	return asprintf(ret,
			"%s revision %u, %u bytes, checksum %s, OEM '%s' '%s' %u, creator '%s' %u",
			h->signature, h->revision, h->length,
			h->checksum_valid ? "valid" : "INVALID", h->oem_id, h->oem_table_id,
			h->oem_revision, h->creator_id, h->creator_revision) < 0
		       ? -ENOMEM
		       : 0;
}

static int
flags_text(uint32_t flags, char **ret)
{
	char buf[1024];
	size_t n = (size_t)snprintf(buf, sizeof(buf), "0x%08x", flags);

	for (unsigned bit = 0; bit < 32; bit++) {
		const char *name = acpi_fadt_flag_name(bit);

		if (!(flags & (1u << bit)))
			continue;
		if (name)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, " %s", name);
		else
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, " BIT%u", bit);
	}
	*ret = strdup(buf);
	return *ret ? 0 : -ENOMEM;
}

static int
fadt_facts(struct evidence *ev, const struct acpi_fadt *fadt)
{
	_cleanup_free_ char *flags = NULL;
	const char *profile = acpi_pm_profile_name(fadt->pm_profile);
	int r;

	if (acpi_fadt_has(fadt, ACPI_FADT_PM_PROFILE)) {
		r = evidence_add_factf(ev, "acpi.FACP.pm_profile", "sys/firmware/acpi/tables/FACP",
				       0, "%u (%s)", fadt->pm_profile,
				       profile ? profile : "reserved");
		if (r < 0)
			return r;
	}
	if (acpi_fadt_has(fadt, ACPI_FADT_FLAGS)) {
		r = flags_text(fadt->flags, &flags);
		if (r >= 0)
			r = evidence_add_fact(ev, "acpi.FACP.flags",
					      "sys/firmware/acpi/tables/FACP", 0, flags);
		if (r < 0)
			return r;
	}
	if (acpi_fadt_has(fadt, ACPI_FADT_SLEEP_CONTROL_REG)) {
		r = evidence_add_factf(ev, "acpi.FACP.sleep_registers",
				       "sys/firmware/acpi/tables/FACP", 0,
				       "control 0x%llx (space %u), status 0x%llx (space %u)",
				       (unsigned long long)fadt->sleep_control_reg.address,
				       fadt->sleep_control_reg.space_id,
				       (unsigned long long)fadt->sleep_status_reg.address,
				       fadt->sleep_status_reg.space_id);
		if (r < 0)
			return r;
	}
	if (acpi_fadt_has(fadt, ACPI_FADT_HYPERVISOR_ID) && fadt->hypervisor_id) {
		char id[9] = {0};

		for (unsigned i = 0; i < 8; i++) {
			char c = (char)(fadt->hypervisor_id >> (8 * i));

			id[i] = c >= 0x20 && c < 0x7f ? c : '.';
		}
		r = evidence_add_factf(ev, "acpi.FACP.hypervisor_id",
				       "sys/firmware/acpi/tables/FACP", 0, "0x%016llx '%s'",
				       (unsigned long long)fadt->hypervisor_id, id);
		if (r < 0)
			return r;
	}
	return 0;
}

/* A table parser's answer as the fact records it: its bad-input errors are one -EBADMSG, logged
 * with what each means (acpi.h). */
static int
table_parsed(struct source *src, const char *name, int r)
{
	if (r == -ENODATA)
		probe_log_malformed(src, PATH_ACPI_TABLES, name,
				    "fewer bytes than its header, or than its length field says");
	else if (r == -EBADMSG)
		probe_log_malformed(src, PATH_ACPI_TABLES, name,
				    "a length field below the table type's minimum");
	else if (r == -ENOMSG)
		probe_log_malformed(src, PATH_ACPI_TABLES, name, "another table's signature");
	return r == -ENODATA || r == -ENOMSG ? -EBADMSG : r;
}

/* Reads one table; a read error or a parse error is recorded as the table's fact. */
static int
read_table(struct source *src, const char *name, uint8_t **ret, size_t *ret_len)
{
	return source_read_blob(src, PATH_ACPI_TABLES, name, ACPI_TABLE_MAX, ret, ret_len);
}

static int
probe_fadt(struct source *src, struct evidence *ev, struct firmware_facts *fw)
{
	_cleanup_free_ uint8_t *buf = NULL;
	_cleanup_free_ char *text = NULL;
	size_t len;
	int r;

	r = read_table(src, "FACP", &buf, &len);
	if (r >= 0)
		r = table_parsed(src, "FACP", acpi_fadt_parse(buf, len, &fw->fadt));
	if (r == -ENOMEM)
		return r;
	fw->fadt_r = r;
	if (r < 0)
		return table_fact(ev, "FACP", r, NULL);
	if (header_text(&fw->fadt.header, &text) < 0)
		return -ENOMEM;
	r = table_fact(ev, "FACP", 0, text);
	return r < 0 ? r : fadt_facts(ev, &fw->fadt);
}

static int
probe_facs(struct source *src, struct evidence *ev, struct firmware_facts *fw)
{
	_cleanup_free_ uint8_t *buf = NULL;
	size_t len;
	int r;

	r = read_table(src, "FACS", &buf, &len);
	if (r >= 0)
		r = table_parsed(src, "FACS", acpi_facs_parse(buf, len, &fw->facs));
	if (r == -ENOMEM)
		return r;
	fw->facs_r = r;
	if (r < 0)
		return table_fact(ev, "FACS", r, NULL);
	return evidence_add_factf(
		ev, "acpi.FACS", "sys/firmware/acpi/tables/FACS", 0,
		"version %u, %u bytes, hardware signature 0x%08x, flags 0x%x%s%s", fw->facs.version,
		fw->facs.length, fw->facs.hardware_signature, fw->facs.flags,
		fw->facs.flags & ACPI_FACS_S4BIOS_F ? " S4BIOS_F" : "",
		fw->facs.flags & ACPI_FACS_64BIT_WAKE_SUPPORTED_F ? " 64BIT_WAKE_SUPPORTED_F" : "");
}

static int
sleep_text(const struct acpi_aml_sleep *s, char **ret)
{
	char buf[512];
	size_t n = 0;

	for (unsigned i = 0; i < ACPI_SLEEP_STATES; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s_S%u %s", i ? ", " : "", i,
				      acpi_sleep_decl_to_string(s->state[i]));
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "; LPS0 device %s",
			      s->lps0 ? "present" : "absent");
	if (s->partial)
		snprintf(buf + n, sizeof(buf) - n, "; walk stopped at 0x%zx (%s)", s->stop_offset,
			 acpi_aml_stop_to_string(s->stop));
	*ret = strdup(buf);
	return *ret ? 0 : -ENOMEM;
}

/* One DSDT or SSDT: scanned for \_Sx and LPS0, merged into the firmware's sleep facts. */
static int
probe_aml(struct source *src, struct evidence *ev, const char *name, struct firmware_facts *fw,
	  int *ret_r)
{
	_cleanup_free_ uint8_t *buf = NULL;
	_cleanup_free_ char *text = NULL;
	struct acpi_aml_sleep sleep;
	size_t len;
	int r;

	r = read_table(src, name, &buf, &len);
	if (r >= 0)
		r = table_parsed(src, name, acpi_aml_scan(buf, len, &sleep));
	if (r == -ENOMEM)
		return r;
	*ret_r = r;
	if (r < 0)
		return table_fact(ev, name, r, NULL);
	if (sleep.partial)
		probe_log_malformed(src, PATH_ACPI_TABLES, name,
				    acpi_aml_stop_to_string(sleep.stop));
	acpi_aml_sleep_merge(&fw->sleep, &sleep);
	if (sleep_text(&sleep, &text) < 0)
		return -ENOMEM;
	return table_fact(ev, name, sleep.partial ? -EBADMSG : 0, text);
}

static int
is_ssdt(const char *name)
{
	size_t n = strspn(name + 4, "0123456789");

	return !strncmp(name, "SSDT", 4) && name[4 + n] == '\0';
}

int
probe_acpi(struct source *src, struct evidence *ev, struct firmware_facts *fw)
{
	char **list = NULL;
	unsigned n_ssdt = 0;
	int r, ignored;

	*fw = (struct firmware_facts){.fadt_r = -ENOENT, .facs_r = -ENOENT, .aml_r = -ENOENT};
	r = source_list(src, PATH_ACPI_TABLES, NULL, &list);
	if (r == -ENOMEM)
		return r;
	if (r == -ENOENT)
		return 0; /* no ACPI (device tree machines, containers): nothing to say */
	/* A directory that cannot be listed still has its tables read: their errors are facts.
	 * Only the SSDTs, found by listing, are left out. */
	r = probe_fadt(src, ev, fw);
	if (r >= 0 && fw->fadt_r != -ENOENT)
		r = probe_facs(src, ev, fw);
	if (r >= 0)
		r = probe_aml(src, ev, "DSDT", fw, &fw->aml_r);
	for (char **p = list; r >= 0 && p && *p && n_ssdt < SSDT_MAX; p++)
		if (is_ssdt(*p)) {
			n_ssdt++;
			r = probe_aml(src, ev, *p, fw, &ignored);
		}
	strv_free(list);
	return r;
}
