/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * An LPS0 device whose _HID is a method returning "PNP0D80".
 */
DefinitionBlock ("", "SSDT", 2, "PMPRB ", "LPS0MTH", 0x00000001)
{
    Name (LPSE, One)
    Device (PEPM)
    {
        Method (_HID, 0, NotSerialized)
        {
            If (LPSE)
            {
                Return ("PNP0D80")
            }

            Return ("PMPB0000")
        }
    }
}
