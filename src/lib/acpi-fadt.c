/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The FADT ("FACP") of every revision: PM profile, fixed feature flags, addresses, registers. */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "acpi.h"
#include "macro.h"

/* Tables up to this length follow the ACPI 2.0 layout, where bytes 129..131 are reserved; the
 * ARM boot flags and the minor revision live there only in longer tables (ACPICA and iasl
 * decide the same way). */
#define FADT_V2_SIZE 132u

static const char *const flag_names[] = {
	[ACPI_FADT_F_WBINVD] = "WBINVD",
	[ACPI_FADT_F_WBINVD_FLUSH] = "WBINVD_FLUSH",
	[ACPI_FADT_F_PROC_C1] = "PROC_C1",
	[ACPI_FADT_F_P_LVL2_UP] = "P_LVL2_UP",
	[ACPI_FADT_F_PWR_BUTTON] = "PWR_BUTTON",
	[ACPI_FADT_F_SLP_BUTTON] = "SLP_BUTTON",
	[ACPI_FADT_F_FIX_RTC] = "FIX_RTC",
	[ACPI_FADT_F_RTC_S4] = "RTC_S4",
	[ACPI_FADT_F_TMR_VAL_EXT] = "TMR_VAL_EXT",
	[ACPI_FADT_F_DCK_CAP] = "DCK_CAP",
	[ACPI_FADT_F_RESET_REG_SUP] = "RESET_REG_SUP",
	[ACPI_FADT_F_SEALED_CASE] = "SEALED_CASE",
	[ACPI_FADT_F_HEADLESS] = "HEADLESS",
	[ACPI_FADT_F_CPU_SW_SLP] = "CPU_SW_SLP",
	[ACPI_FADT_F_PCI_EXP_WAK] = "PCI_EXP_WAK",
	[ACPI_FADT_F_USE_PLATFORM_CLOCK] = "USE_PLATFORM_CLOCK",
	[ACPI_FADT_F_S4_RTC_STS_VALID] = "S4_RTC_STS_VALID",
	[ACPI_FADT_F_REMOTE_POWER_ON_CAPABLE] = "REMOTE_POWER_ON_CAPABLE",
	[ACPI_FADT_F_FORCE_APIC_CLUSTER_MODEL] = "FORCE_APIC_CLUSTER_MODEL",
	[ACPI_FADT_F_FORCE_APIC_PHYSICAL_DESTINATION_MODE] = "FORCE_APIC_PHYSICAL_DESTINATION_MODE",
	[ACPI_FADT_F_HW_REDUCED_ACPI] = "HW_REDUCED_ACPI",
	[ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE] = "LOW_POWER_S0_IDLE_CAPABLE",
	[ACPI_FADT_F_PERSISTENT_CPU_CACHES_0] = "PERSISTENT_CPU_CACHES_0",
	[ACPI_FADT_F_PERSISTENT_CPU_CACHES_1] = "PERSISTENT_CPU_CACHES_1",
};

static const char *const boot_flag_names[] = {
	[ACPI_FADT_BOOT_LEGACY_DEVICES] = "LEGACY_DEVICES",
	[ACPI_FADT_BOOT_8042] = "8042",
	[ACPI_FADT_BOOT_VGA_NOT_PRESENT] = "VGA_NOT_PRESENT",
	[ACPI_FADT_BOOT_MSI_NOT_SUPPORTED] = "MSI_NOT_SUPPORTED",
	[ACPI_FADT_BOOT_PCIE_ASPM_CONTROLS] = "PCIE_ASPM_CONTROLS",
	[ACPI_FADT_BOOT_CMOS_RTC_NOT_PRESENT] = "CMOS_RTC_NOT_PRESENT",
};

static const char *const arm_flag_names[] = {
	[ACPI_FADT_ARM_PSCI_COMPLIANT] = "PSCI_COMPLIANT",
	[ACPI_FADT_ARM_PSCI_USE_HVC] = "PSCI_USE_HVC",
};

static const char *const pm_profile_names[] = {
	"Unspecified",
	"Desktop",
	"Mobile",
	"Workstation",
	"Enterprise Server",
	"SOHO Server",
	"Appliance PC",
	"Performance Server",
	"Tablet",
};

enum field_kind { KIND_U8, KIND_U16, KIND_U32, KIND_U64, KIND_GAS };

struct field_desc {
	uint16_t offset;
	uint8_t kind;
	size_t member; /* offset of the value in struct acpi_fadt */
};

#define FIELD(f, off, k, m)                                                                        \
	[f] = {.offset = (off), .kind = (k), .member = offsetof(struct acpi_fadt, m)}

static const struct field_desc fields[_ACPI_FADT_FIELD_MAX] = {
	FIELD(ACPI_FADT_FIRMWARE_CTRL, 0x24, KIND_U32, firmware_ctrl),
	FIELD(ACPI_FADT_DSDT, 0x28, KIND_U32, dsdt),
	FIELD(ACPI_FADT_PM_PROFILE, 0x2D, KIND_U8, pm_profile),
	FIELD(ACPI_FADT_SCI_INT, 0x2E, KIND_U16, sci_int),
	FIELD(ACPI_FADT_SMI_CMD, 0x30, KIND_U32, smi_cmd),
	FIELD(ACPI_FADT_ACPI_ENABLE, 0x34, KIND_U8, acpi_enable),
	FIELD(ACPI_FADT_PM1A_EVT_BLK, 0x38, KIND_U32, pm1a_evt_blk),
	FIELD(ACPI_FADT_PM1A_CNT_BLK, 0x40, KIND_U32, pm1a_cnt_blk),
	FIELD(ACPI_FADT_PM1B_CNT_BLK, 0x44, KIND_U32, pm1b_cnt_blk),
	FIELD(ACPI_FADT_PM1_CNT_LEN, 0x59, KIND_U8, pm1_cnt_len),
	FIELD(ACPI_FADT_BOOT_ARCH, 0x6D, KIND_U16, boot_arch),
	FIELD(ACPI_FADT_FLAGS, 0x70, KIND_U32, flags),
	FIELD(ACPI_FADT_RESET_REG, 0x74, KIND_GAS, reset_reg),
	FIELD(ACPI_FADT_RESET_VALUE, 0x80, KIND_U8, reset_value),
	FIELD(ACPI_FADT_ARM_BOOT_ARCH, 0x81, KIND_U16, arm_boot_arch),
	FIELD(ACPI_FADT_MINOR_REVISION, 0x83, KIND_U8, minor_revision),
	FIELD(ACPI_FADT_X_FIRMWARE_CTRL, 0x84, KIND_U64, x_firmware_ctrl),
	FIELD(ACPI_FADT_X_DSDT, 0x8C, KIND_U64, x_dsdt),
	FIELD(ACPI_FADT_X_PM1A_CNT_BLK, 0xAC, KIND_GAS, x_pm1a_cnt_blk),
	FIELD(ACPI_FADT_X_PM1B_CNT_BLK, 0xB8, KIND_GAS, x_pm1b_cnt_blk),
	FIELD(ACPI_FADT_SLEEP_CONTROL_REG, 0xF4, KIND_GAS, sleep_control_reg),
	FIELD(ACPI_FADT_SLEEP_STATUS_REG, 0x100, KIND_GAS, sleep_status_reg),
	FIELD(ACPI_FADT_HYPERVISOR_ID, 0x10C, KIND_U64, hypervisor_id),
};

static const uint8_t kind_size[] = {
	[KIND_U8] = 1, [KIND_U16] = 2, [KIND_U32] = 4, [KIND_U64] = 8, [KIND_GAS] = 12,
};

static int
read_gas(const uint8_t *buf, size_t len, size_t off, struct acpi_gas *ret)
{
	struct acpi_gas g;

	if (acpi_read_u8(buf, len, off, &g.space_id) < 0 ||
	    acpi_read_u8(buf, len, off + 1, &g.bit_width) < 0 ||
	    acpi_read_u8(buf, len, off + 2, &g.bit_offset) < 0 ||
	    acpi_read_u8(buf, len, off + 3, &g.access_width) < 0 ||
	    acpi_read_u64(buf, len, off + 4, &g.address) < 0)
		return -ENODATA;
	*ret = g;
	return 0;
}

/* Reads one field into its member of @fadt; @len is the table's length, not the buffer's. */
static int
read_field(const uint8_t *buf, size_t len, const struct field_desc *d, struct acpi_fadt *fadt)
{
	void *p = (uint8_t *)fadt + d->member;

	switch (d->kind) {
	case KIND_U8:
		return acpi_read_u8(buf, len, d->offset, p);
	case KIND_U16:
		return acpi_read_u16(buf, len, d->offset, p);
	case KIND_U32:
		return acpi_read_u32(buf, len, d->offset, p);
	case KIND_U64:
		return acpi_read_u64(buf, len, d->offset, p);
	case KIND_GAS:
		return read_gas(buf, len, d->offset, p);
	}
	return -EINVAL;
}

int
acpi_fadt_parse(const uint8_t *buf, size_t len, struct acpi_fadt *ret)
{
	struct acpi_fadt f = {0};
	int r;

	if (!buf || !ret)
		return -EINVAL;
	r = acpi_table_header_parse(buf, len, &f.header);
	if (r < 0)
		return r;
	if (memcmp(f.header.signature, "FACP", 4) != 0)
		return -ENOMSG;

	for (unsigned i = 0; i < _ACPI_FADT_FIELD_MAX; i++) {
		const struct field_desc *d = &fields[i];

		if (f.header.length < (size_t)d->offset + kind_size[d->kind])
			continue;
		if ((i == ACPI_FADT_ARM_BOOT_ARCH || i == ACPI_FADT_MINOR_REVISION) &&
		    f.header.length <= FADT_V2_SIZE)
			continue;
		/* Read against the table's length: bytes after it belong to nothing. */
		if (read_field(buf, f.header.length, d, &f) < 0)
			continue;
		f.present |= 1u << i;
	}

	*ret = f;
	return 0;
}

int
acpi_fadt_flag(const struct acpi_fadt *fadt, unsigned bit)
{
	if (!fadt || bit >= 32)
		return -EINVAL;
	if (!acpi_fadt_has(fadt, ACPI_FADT_FLAGS))
		return -ENODATA;
	return !!(fadt->flags & (1u << bit));
}

static uint64_t
pick_address(const struct acpi_fadt *fadt, enum acpi_fadt_field wide, uint64_t wide_value,
	     enum acpi_fadt_field narrow, uint32_t narrow_value)
{
	if (acpi_fadt_has(fadt, wide) && wide_value != 0)
		return wide_value;
	if (acpi_fadt_has(fadt, narrow))
		return narrow_value;
	return 0;
}

uint64_t
acpi_fadt_facs_address(const struct acpi_fadt *fadt)
{
	if (!fadt)
		return 0;
	return pick_address(fadt, ACPI_FADT_X_FIRMWARE_CTRL, fadt->x_firmware_ctrl,
			    ACPI_FADT_FIRMWARE_CTRL, fadt->firmware_ctrl);
}

uint64_t
acpi_fadt_dsdt_address(const struct acpi_fadt *fadt)
{
	if (!fadt)
		return 0;
	return pick_address(fadt, ACPI_FADT_X_DSDT, fadt->x_dsdt, ACPI_FADT_DSDT, fadt->dsdt);
}

const char *
acpi_fadt_flag_name(unsigned bit)
{
	if (bit >= ELEMENTSOF(flag_names))
		return NULL;
	return flag_names[bit];
}

const char *
acpi_fadt_boot_flag_name(unsigned bit)
{
	if (bit >= ELEMENTSOF(boot_flag_names))
		return NULL;
	return boot_flag_names[bit];
}

const char *
acpi_fadt_arm_flag_name(unsigned bit)
{
	if (bit >= ELEMENTSOF(arm_flag_names))
		return NULL;
	return arm_flag_names[bit];
}

const char *
acpi_pm_profile_name(unsigned profile)
{
	if (profile >= ELEMENTSOF(pm_profile_names))
		return NULL;
	return pm_profile_names[profile];
}
