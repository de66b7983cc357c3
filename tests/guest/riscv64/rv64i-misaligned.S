/*
 * Misaligned scalar loads and stores.  The Linux riscv user ABI
 * (Documentation/arch/riscv/uabi.rst: "Misaligned scalar accesses are
 * supported in userspace, but they may perform poorly") guarantees they
 * work, whether the hardware or the kernel does them.  Every width at odd
 * offsets, sign/zero extension, and accesses straddling a page boundary
 * (both pages mapped).  Little-endian; expected values (after "=") by hand.
 * data bytes 0..15: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    lla     s0, data
    lh      a0, 1(s0)
    PHEX    "lh +1", a0                     /* = 0x2211 */
    lh      a0, 7(s0)
    PHEX    "lh +7", a0                     /* = 0xffffffffffff8877 */
    lhu     a0, 7(s0)
    PHEX    "lhu +7", a0                    /* = 0x8877 */
    lw      a0, 1(s0)
    PHEX    "lw +1", a0                     /* = 0x44332211 */
    lw      a0, 6(s0)
    PHEX    "lw +6", a0                     /* = 0xffffffff99887766 */
    lwu     a0, 6(s0)
    PHEX    "lwu +6", a0                    /* = 0x99887766 */
    lw      a0, 3(s0)
    PHEX    "lw +3", a0                     /* = 0x66554433 */
    ld      a0, 1(s0)
    PHEX    "ld +1", a0                     /* = 0x8877665544332211 */
    ld      a0, 7(s0)
    PHEX    "ld +7", a0                     /* = 0xeeddccbbaa998877 */
    ld      a0, 4(s0)
    PHEX    "ld +4", a0                     /* = 0xbbaa998877665544 */

    /* stores: into 16 zero bytes */
    lla     s1, out
    li      t0, 0x0102030405060708
    sd      t0, 3(s1)
    ld      a0, 0(s1)
    PHEX    "sd +3 low", a0                 /* = 0x0405060708000000: bytes 00 00 00 08 07 06 05 04 */
    ld      a0, 8(s1)
    PHEX    "sd +3 high", a0                /* = 0x0000000000010203: bytes 03 02 01 00 .. */
    li      t0, 0xa1a2a3a4
    sw      t0, 9(s1)
    ld      a0, 8(s1)
    PHEX    "sw +9", a0                     /* = 0x000000a1a2a3a403: bytes 03 a4 a3 a2 a1 00 00 00 */
    li      t0, 0xbeef
    sh      t0, 15(s1)
    ld      a0, 8(s1)
    PHEX    "sh +15", a0                    /* = 0xef0000a1a2a3a403: byte 15 = ef */
    lbu     a0, 16(s1)
    PHEX    "sh +15 spill", a0              /* = 0xbe: byte 16 */

    /* across a page boundary: last 3 bytes of one page, first 5 of next */
    lla     s2, pages + 4096 - 3
    li      t0, 0x1122334455667788
    sd      t0, 0(s2)
    ld      a0, 0(s2)
    PHEX    "ld across page", a0            /* = 0x1122334455667788 */
    lw      a0, 1(s2)
    PHEX    "lw across page", a0            /* = 0x44556677 */
    lh      a0, 2(s2)
    PHEX    "lh across page", a0            /* = 0x5566 */
    lla     s3, pages + 4096
    ld      a0, 0(s3)
    PHEX    "second page", a0               /* = 0x0000001122334455 */
    ld      a0, -8(s3)
    PHEX    "first page", a0                /* = 0x6677880000000000 */
    EXIT    0
RVTEST_END

    .data
    .balign 16
data:
    .byte   0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77
    .byte   0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
out:
    .space  32
    .bss
    .balign 4096
pages:
    .space  8192
