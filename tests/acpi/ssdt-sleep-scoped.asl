/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * Sleep objects reached through scopes and blocks (tests/test-acpi-aml.c):
 *   \_S3  inside a Device that is itself declared inside If  -> conditional
 *   \_S4  Scope (\) { Name (_S4) }                           -> root
 *   \_S5  Scope (^) from inside a root Device                -> root
 * plus Processor, PowerResource and ThermalZone blocks, a Mutex, and an OperationRegion whose
 * Field list holds STAT, the name of a root method too.
 */
DefinitionBlock ("", "SSDT", 2, "PMPRB ", "SCOPED", 0x00000001)
{
    External (\_SB, DeviceObj)

    Name (SSX, One)
    Mutex (MUT0, 0x00)
    If (SSX)
    {
        Device (DEV3)
        {
            Name (_ADR, Zero)
            Name (\_S3, Package (0x04)
            {
                0x05,
                0x05,
                Zero,
                Zero
            })
        }
    }

    Scope (\)
    {
        Name (_S4, Package (0x04)
        {
            0x06,
            0x06,
            Zero,
            Zero
        })
    }

    Device (DEV5)
    {
        Name (_ADR, 0x05)
        Scope (^)
        {
            Name (_S5, Package (0x04)
            {
                0x07,
                0x07,
                Zero,
                Zero
            })
        }
    }

    Scope (\_SB)
    {
        Processor (CPU0, 0x01, 0x00001810, 0x06)
        {
            Name (_PPC, Zero)
        }

        PowerResource (PWR0, 0x00, 0x0000)
        {
            Method (_STA, 0, NotSerialized)
            {
                Return (One)
            }

            Method (_ON, 0, NotSerialized)
            {
                Acquire (\MUT0, 0xFFFF)
                \_SB.DEV1.MODE = One
                Release (\MUT0)
            }

            Method (_OFF, 0, NotSerialized)
            {
                \_SB.DEV1.MODE = Zero
            }
        }

        ThermalZone (TZ00)
        {
            Method (_TMP, 0, Serialized)
            {
                Return (0x0BB8)
            }
        }

        Device (DEV1)
        {
            Name (_HID, "PMPB0001")

            /* Decodes only when STAT here is known to be the field below, not \STAT (which
             * takes an argument and would swallow FLD1) */
            Method (TST1, 0, Serialized)
            {
                Name (BUF0, Buffer (0x10) {})
                CreateByteField (BUF0, STAT, FLD1)
                Return (FLD1)
            }

            /* Declared after its user, as often: the walker must know it beforehand */
            OperationRegion (DNVS, SystemMemory, 0x7FFF0000, 0x10)
            Field (DNVS, AnyAcc, Lock, Preserve)
            {
                OSYS,   16,
                Offset (0x04),
                STAT,   8,
                AccessAs (ByteAcc, 0x00),
                MODE,   8
            }
        }
    }

    Method (STAT, 1, NotSerialized)
    {
        Return (Arg0)
    }
}
