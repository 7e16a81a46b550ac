/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * Sleep objects declared every way the AML walker must tell apart (tests/test-acpi-aml.c):
 *   \_S0  Name at the root                                  -> root
 *   \_S1  Name inside While                                 -> conditional
 *   \_S2  Method at the root, returning its package         -> root, method form
 *   \_S3  Name inside If whose predicate calls a 2-argument method -> conditional
 *   \_S4  Name inside Else                                  -> conditional
 *   \_S5  Name (\_S5) from inside a Device, by absolute path -> root
 * TST2's body decodes only when the walker knows MKB takes two arguments.
 */
DefinitionBlock ("", "DSDT", 2, "PMPRB ", "SLEEP", 0x00000001)
{
    Name (SS3, One)
    Name (SS4, Zero)

    Method (CHK, 2, NotSerialized)
    {
        Return ((Arg0 == Arg1))
    }

    Method (MKB, 2, NotSerialized)
    {
        Return (Buffer (Arg1) {})
    }

    /* Decodes only when MKB is known to take two arguments: a name must end CreateDWordField */
    Method (TST2, 0, Serialized)
    {
        CreateDWordField (MKB (One, 0x10), Zero, FLD0)
        Return (FLD0)
    }

    Name (_S0, Package (0x04)
    {
        Zero,
        Zero,
        Zero,
        Zero
    })
    While (Zero)
    {
        Name (_S1, Package (0x04)
        {
            One,
            One,
            Zero,
            Zero
        })
        Break
    }

    Method (_S2, 0, NotSerialized)
    {
        Return (Package (0x04)
        {
            0x02,
            0x02,
            Zero,
            Zero
        })
    }

    If (CHK (SS3, One))
    {
        Name (_S3, Package (0x04)
        {
            0x05,
            0x05,
            Zero,
            Zero
        })
    }

    If (SS4)
    {
        Name (TMP4, Zero)
    }
    Else
    {
        Name (_S4, Package (0x04)
        {
            0x06,
            0x06,
            Zero,
            Zero
        })
    }

    Scope (\_SB)
    {
        Device (PCI0)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (\_S5, Package (0x04)
            {
                0x07,
                0x07,
                Zero,
                Zero
            })
        }

    }
}
