/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* ACPI table parsers (common header, FADT, FACS, DSDT/SSDT sleep objects): bytes in, no I/O. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Error convention of every parser here: 0 on success, else
 *   -EINVAL   a NULL argument,
 *   -ENODATA  fewer bytes than the header, or than the header's length field says,
 *   -EBADMSG  the length field is smaller than the table type's minimum,
 *   -ENOMSG   the signature is not the one this parser reads.
 * A bad checksum is not an error: it is reported in acpi_table_header.checksum_valid (the kernel
 * too uses such tables after a warning), and the caller decides what it is worth.
 * *ret is written only on success.
 */

#define ACPI_TABLE_HEADER_SIZE 36u

/* The 36-byte header of every table but the FACS. Strings are copied up to the first NUL, as
 * iasl prints them (trailing blanks kept). */
struct acpi_table_header {
	char signature[5];
	uint32_t length;
	uint8_t revision;
	uint8_t checksum;
	bool checksum_valid;	   /* bytes 0..length-1 sum to 0 mod 256 */
	uint8_t checksum_expected; /* the checksum byte that would make the sum 0 */
	char oem_id[7];
	char oem_table_id[9];
	uint32_t oem_revision;
	char creator_id[5];
	uint32_t creator_revision;
};

/* Bounds-checked little-endian reads: 0, or -ENODATA when [off, off + size) is not in buf. */
int acpi_read_u8(const uint8_t *buf, size_t len, size_t off, uint8_t *ret);
int acpi_read_u16(const uint8_t *buf, size_t len, size_t off, uint16_t *ret);
int acpi_read_u32(const uint8_t *buf, size_t len, size_t off, uint32_t *ret);
int acpi_read_u64(const uint8_t *buf, size_t len, size_t off, uint64_t *ret);

/* Returns: the byte sum of buf[0..len-1] mod 256 (0 for a valid table). */
uint8_t acpi_checksum(const uint8_t *buf, size_t len);

/* Parses the header of a table of @len bytes read. Returns: 0; -ENODATA when @len is shorter
 * than the header or than its length field; -EBADMSG when the length field is below 36. */
int acpi_table_header_parse(const uint8_t *buf, size_t len, struct acpi_table_header *ret);

/* ---- FADT ("FACP") ---------------------------------------------------------------------- */

/* A Generic Address Structure (12 bytes). */
struct acpi_gas {
	uint8_t space_id; /* 0 SystemMemory, 1 SystemIO, 2 PCI config, 3 EmbeddedControl ... */
	uint8_t bit_width;
	uint8_t bit_offset;
	uint8_t access_width;
	uint64_t address;
};

/* The fields acpi_fadt_parse() reads; a field is present when it lies within the table's
 * length (test with acpi_fadt_has()). An absent field reads as zero but is not zero. */
enum acpi_fadt_field {
	ACPI_FADT_FIRMWARE_CTRL = 0, /* 0x24, 32-bit FACS address */
	ACPI_FADT_DSDT,		     /* 0x28 */
	ACPI_FADT_PM_PROFILE,	     /* 0x2D */
	ACPI_FADT_SCI_INT,	     /* 0x2E */
	ACPI_FADT_SMI_CMD,	     /* 0x30 */
	ACPI_FADT_ACPI_ENABLE,	     /* 0x34 */
	ACPI_FADT_PM1A_EVT_BLK,	     /* 0x38 */
	ACPI_FADT_PM1A_CNT_BLK,	     /* 0x40 */
	ACPI_FADT_PM1B_CNT_BLK,	     /* 0x44 */
	ACPI_FADT_PM1_CNT_LEN,	     /* 0x59 */
	ACPI_FADT_BOOT_ARCH,	     /* 0x6D, IAPC_BOOT_ARCH */
	ACPI_FADT_FLAGS,	     /* 0x70 */
	ACPI_FADT_RESET_REG,	     /* 0x74 */
	ACPI_FADT_RESET_VALUE,	     /* 0x80 */
	ACPI_FADT_ARM_BOOT_ARCH,     /* 0x81, only in tables longer than 132 bytes */
	ACPI_FADT_MINOR_REVISION,    /* 0x83, only in tables longer than 132 bytes */
	ACPI_FADT_X_FIRMWARE_CTRL,   /* 0x84 */
	ACPI_FADT_X_DSDT,	     /* 0x8C */
	ACPI_FADT_X_PM1A_CNT_BLK,    /* 0xAC */
	ACPI_FADT_X_PM1B_CNT_BLK,    /* 0xB8 */
	ACPI_FADT_SLEEP_CONTROL_REG, /* 0xF4, revision 5+ */
	ACPI_FADT_SLEEP_STATUS_REG,  /* 0x100, revision 5+ */
	ACPI_FADT_HYPERVISOR_ID,     /* 0x10C, revision 6+ */
	_ACPI_FADT_FIELD_MAX
};

/* Fixed feature flags (offset 0x70), by bit number. */
enum {
	ACPI_FADT_F_WBINVD = 0,
	ACPI_FADT_F_WBINVD_FLUSH = 1,
	ACPI_FADT_F_PROC_C1 = 2,
	ACPI_FADT_F_P_LVL2_UP = 3,
	ACPI_FADT_F_PWR_BUTTON = 4,
	ACPI_FADT_F_SLP_BUTTON = 5,
	ACPI_FADT_F_FIX_RTC = 6,
	ACPI_FADT_F_RTC_S4 = 7,
	ACPI_FADT_F_TMR_VAL_EXT = 8,
	ACPI_FADT_F_DCK_CAP = 9,
	ACPI_FADT_F_RESET_REG_SUP = 10,
	ACPI_FADT_F_SEALED_CASE = 11,
	ACPI_FADT_F_HEADLESS = 12,
	ACPI_FADT_F_CPU_SW_SLP = 13,
	ACPI_FADT_F_PCI_EXP_WAK = 14,
	ACPI_FADT_F_USE_PLATFORM_CLOCK = 15,
	ACPI_FADT_F_S4_RTC_STS_VALID = 16,
	ACPI_FADT_F_REMOTE_POWER_ON_CAPABLE = 17,
	ACPI_FADT_F_FORCE_APIC_CLUSTER_MODEL = 18,
	ACPI_FADT_F_FORCE_APIC_PHYSICAL_DESTINATION_MODE = 19,
	ACPI_FADT_F_HW_REDUCED_ACPI = 20,
	ACPI_FADT_F_LOW_POWER_S0_IDLE_CAPABLE = 21,
	ACPI_FADT_F_PERSISTENT_CPU_CACHES_0 = 22, /* ACPI 6.4: a two-bit field, bits 22..23 */
	ACPI_FADT_F_PERSISTENT_CPU_CACHES_1 = 23,
};

/* IAPC_BOOT_ARCH bits (offset 0x6D). */
enum {
	ACPI_FADT_BOOT_LEGACY_DEVICES = 0,
	ACPI_FADT_BOOT_8042 = 1,
	ACPI_FADT_BOOT_VGA_NOT_PRESENT = 2,
	ACPI_FADT_BOOT_MSI_NOT_SUPPORTED = 3,
	ACPI_FADT_BOOT_PCIE_ASPM_CONTROLS = 4,
	ACPI_FADT_BOOT_CMOS_RTC_NOT_PRESENT = 5,
};

/* ARM_BOOT_ARCH bits (offset 0x81). */
enum {
	ACPI_FADT_ARM_PSCI_COMPLIANT = 0,
	ACPI_FADT_ARM_PSCI_USE_HVC = 1,
};

struct acpi_fadt {
	struct acpi_table_header header;
	uint32_t present; /* bit (1u << enum acpi_fadt_field) set when that field is in the table */
	uint32_t firmware_ctrl;
	uint32_t dsdt;
	uint8_t pm_profile;
	uint16_t sci_int;
	uint32_t smi_cmd;
	uint8_t acpi_enable;
	uint32_t pm1a_evt_blk;
	uint32_t pm1a_cnt_blk;
	uint32_t pm1b_cnt_blk;
	uint8_t pm1_cnt_len;
	uint16_t boot_arch;
	uint32_t flags;
	struct acpi_gas reset_reg;
	uint8_t reset_value;
	uint16_t arm_boot_arch;
	uint8_t minor_revision;
	uint64_t x_firmware_ctrl;
	uint64_t x_dsdt;
	struct acpi_gas x_pm1a_cnt_blk;
	struct acpi_gas x_pm1b_cnt_blk;
	struct acpi_gas sleep_control_reg;
	struct acpi_gas sleep_status_reg;
	uint64_t hypervisor_id;
};

/* Parses a FADT of any revision (1..6 and minor revisions, any length from 36 bytes up); fields
 * past the table's length are marked absent. Returns: 0, or see the convention above (-ENOMSG
 * when the signature is not "FACP"). */
int acpi_fadt_parse(const uint8_t *buf, size_t len, struct acpi_fadt *ret);

static inline bool
acpi_fadt_has(const struct acpi_fadt *fadt, enum acpi_fadt_field field)
{
	return (unsigned)field < _ACPI_FADT_FIELD_MAX && (fadt->present & (1u << field));
}

/* Returns: 1 when flag @bit is present and set, 0 when clear, -ENODATA when the table has no
 * flags word. */
int acpi_fadt_flag(const struct acpi_fadt *fadt, unsigned bit);

/* Returns: the FACS / DSDT address the kernel would use: the 64-bit field when present and
 * nonzero, else the 32-bit one; 0 when neither is present. */
uint64_t acpi_fadt_facs_address(const struct acpi_fadt *fadt);
uint64_t acpi_fadt_dsdt_address(const struct acpi_fadt *fadt);

/* Returns: the spec's name of fixed feature flag @bit ("WBINVD" .. "LOW_POWER_S0_IDLE_CAPABLE",
 * "PERSISTENT_CPU_CACHES_0/1"), or NULL for a reserved bit or @bit >= 32. */
const char *acpi_fadt_flag_name(unsigned bit);
/* Returns: the name of IAPC_BOOT_ARCH bit @bit ("LEGACY_DEVICES", "8042", ...), or NULL. */
const char *acpi_fadt_boot_flag_name(unsigned bit);
/* Returns: the name of ARM_BOOT_ARCH bit @bit ("PSCI_COMPLIANT", "PSCI_USE_HVC"), or NULL. */
const char *acpi_fadt_arm_flag_name(unsigned bit);
/* Returns: the name of Preferred_PM_Profile @profile (0 "Unspecified" .. 8 "Tablet"), or NULL
 * for a reserved value. */
const char *acpi_pm_profile_name(unsigned profile);

/* ---- FACS ------------------------------------------------------------------------------- */

#define ACPI_FACS_MIN_LENGTH 64u

/* FACS flags (offset 20). */
#define ACPI_FACS_S4BIOS_F (1u << 0)
#define ACPI_FACS_64BIT_WAKE_SUPPORTED_F (1u << 1)

/* The FACS has no standard header and no checksum. */
struct acpi_facs {
	char signature[5];
	uint32_t length;
	uint32_t hardware_signature;
	uint32_t firmware_waking_vector;
	uint32_t global_lock;
	uint32_t flags;
	uint64_t x_firmware_waking_vector;
	uint8_t version; /* 0 in ACPI 1.0 tables, where the byte is reserved */
	uint32_t ospm_flags;
};

/* Returns: 0; -ENODATA when fewer than 8 bytes or fewer than the length field; -EBADMSG when the
 * length field is below 64; -ENOMSG when the signature is not "FACS". */
int acpi_facs_parse(const uint8_t *buf, size_t len, struct acpi_facs *ret);

/* ---- DSDT / SSDT: sleep objects ---------------------------------------------------------- */

enum acpi_sleep_decl {
	ACPI_SLEEP_ABSENT = 0,	/* no \_Sx declaration found */
	ACPI_SLEEP_CONDITIONAL, /* declared, but only inside If/Else/While (or inside a Method) */
	ACPI_SLEEP_ROOT,	/* at least one declaration outside any conditional block */
};

/* Why a walk stopped before the end of the table. */
enum acpi_aml_stop {
	ACPI_AML_COMPLETE = 0,
	ACPI_AML_STOP_TRUNCATED, /* the table is shorter than its header's length */
	ACPI_AML_STOP_OPCODE,	 /* an unknown opcode */
	ACPI_AML_STOP_LENGTH,	 /* a package length past its enclosing block or the table */
	ACPI_AML_STOP_NAME,	 /* a malformed name string */
	ACPI_AML_STOP_DEPTH,	 /* nesting deeper than the walker follows */
	_ACPI_AML_STOP_MAX
};

#define ACPI_SLEEP_STATES 6 /* _S0 .. _S5 */

struct acpi_aml_sleep {
	enum acpi_sleep_decl state[ACPI_SLEEP_STATES]; /* \_S0 .. \_S5 */
	bool method_form[ACPI_SLEEP_STATES];	       /* declared as Method rather than Name */
	bool lps0;    /* a _HID/_CID "PNP0D80" (string or EISAID integer) was seen */
	bool partial; /* the walk stopped early; what is above holds for bytes before */
	enum acpi_aml_stop stop;
	size_t stop_offset;	  /* table offset where the walk stopped (when partial) */
	unsigned methods_skipped; /* Method bodies not walked to their end (calls to methods of
				   * unknown argument count); their declarations are unaffected */
};

/* Walks the AML of one DSDT, SSDT or PSDT (buffer starts at the table header): Scope, Device and
 * the other named blocks, If/Else/While, Method, Name, package lengths and name strings, and
 * records which of \_S0..\_S5 are declared, at root scope or only conditionally, and whether an
 * LPS0 device is present. An unknown opcode or a broken length ends the walk and sets partial;
 * a table shorter than its header's length is walked as far as it goes and marked partial.
 * Returns: 0 (also when partial); -ENODATA for fewer than 36 bytes; -EBADMSG when the length
 * field is below 36; -ENOMSG for another signature; -ENOMEM (the walk's declaration tables,
 * about 270 KiB, live on the heap). */
int acpi_aml_scan(const uint8_t *buf, size_t len, struct acpi_aml_sleep *ret);

/* Merges the scan of another table into @into: each state keeps the stronger of the two
 * (root over conditional over absent), lps0 and partial are or-ed; the first stop is kept. */
void acpi_aml_sleep_merge(struct acpi_aml_sleep *into, const struct acpi_aml_sleep *from);

/* Returns: "complete", "truncated", "unknown-opcode", "bad-length", "bad-name", "too-deep". */
const char *acpi_aml_stop_to_string(enum acpi_aml_stop stop);
/* Returns: "absent", "conditional", "root". */
const char *acpi_sleep_decl_to_string(enum acpi_sleep_decl decl);
