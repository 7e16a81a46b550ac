/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * An LPS0 device whose _CID is a package of identifiers, one of them EisaId ("PNP0D80").
 */
DefinitionBlock ("", "SSDT", 2, "PMPRB ", "LPS0PKG", 0x00000001)
{
    Device (PEPC)
    {
        Name (_HID, "PMPB0D80")
        Name (_CID, Package (0x02)
        {
            "PMPB0000",
            EisaId ("PNP0D80")
        })
    }
}
