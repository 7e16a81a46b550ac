/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * FACS version 2 with S4BIOS_F and 64BIT_WAKE_SUPPORTED_F set, for tests/test-acpi-facs.c.
 * A data table source for iasl, compiled at build time.
 */
[0004]                          Signature : "FACS"
[0004]                             Length : 00000040
[0004]                 Hardware Signature : 0A1B2C3D
[0004]          32 Firmware Waking Vector : 0009F000
[0004]                        Global Lock : 00000000
[0004]              Flags (decoded below) : 00000003
                   S4BIOS Support Present : 1
               64-bit Wake Supported (V2) : 1
[0008]          64 Firmware Waking Vector : 0000000000000000
[0001]                            Version : 02
[0003]                           Reserved : 000000
[0004]          OspmFlags (decoded below) : 00000000
            64-bit Wake Env Required (V2) : 0
