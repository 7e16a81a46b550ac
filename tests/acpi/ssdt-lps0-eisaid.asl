/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * An Intel-style LPS0 device: _HID of its own, _CID EisaId ("PNP0D80") (the integer
 * 0x800DD041 in AML), and the _DSM of the Intel LPS0 UUID. tests/test-acpi-aml.c.
 */
DefinitionBlock ("", "SSDT", 2, "PMPRB ", "LPS0EISA", 0x00000001)
{
    External (\_SB, DeviceObj)

    Scope (\_SB)
    {
        Device (PEPD)
        {
            Name (_HID, "INT33A1")
            Name (_CID, EisaId ("PNP0D80"))
            Name (_UID, One)
            Method (_DSM, 4, Serialized)
            {
                If ((Arg0 == ToUUID ("c4eb40a0-6cd2-11e2-bcfd-0800200c9a66")))
                {
                    If ((Arg2 == Zero))
                    {
                        Return (Buffer (One)
                        {
                             0x61
                        })
                    }

                    Return (Zero)
                }

                Return (Buffer (One)
                {
                     0x00
                })
            }
        }
    }
}
