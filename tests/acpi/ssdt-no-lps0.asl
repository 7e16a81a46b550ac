/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * "PNP0D80" where it names no device: a debug string, an ordinary Name, a _UID and a _ADR
 * holding the EISA id integer. The walker must not report an LPS0 device.
 */
DefinitionBlock ("", "SSDT", 2, "PMPRB ", "NOLPS0", 0x00000001)
{
    Name (XHID, "PNP0D80")
    Name (XEID, 0x800DD041)
    Device (DEVX)
    {
        Name (_HID, "PMPB0001")
        Name (_UID, "PNP0D80")
        Method (_INI, 0, NotSerialized)
        {
            Debug = "PNP0D80"
        }
    }

    Device (DEVY)
    {
        Name (_ADR, 0x800DD041)
    }
}
