/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * An LPS0 device named by the string "PNP0D80", declared only when the OS is new enough, as
 * some firmware does. The device counts: the walker reports presence, not the condition.
 */
DefinitionBlock ("", "SSDT", 2, "PMPRB ", "LPS0STR", 0x00000001)
{
    Name (OSYS, 0x07DF)
    If ((OSYS >= 0x07DC))
    {
        Device (PEP0)
        {
            Name (_HID, "PNP0D80")
            Name (_UID, One)
        }
    }
}
