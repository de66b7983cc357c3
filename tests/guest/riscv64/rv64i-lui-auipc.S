/*
 * lui and auipc.  lui: rd = sext(imm20 << 12); auipc: rd = pc + sext(imm20 << 12).
 * auipc results are checked against the absolute link-time address of the
 * same instruction, built with lui/addi %hi/%lo (static, non-PIE: the
 * program sits below 2 GiB), so the printed differences do not depend on
 * where the program is loaded.  Expected values (after "=") by hand.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    lui     a0, 0x12345
    PHEX    "lui 0x12345", a0               /* = 0x12345000 */
    lui     a0, 0x80000
    PHEX    "lui 0x80000", a0               /* = 0xffffffff80000000: bit 31 sign-extends */
    lui     a0, 0xfffff
    PHEX    "lui 0xfffff", a0               /* = 0xfffffffffffff000 */
    lui     a0, 0x7ffff
    PHEX    "lui 0x7ffff", a0               /* = 0x7ffff000 */
    li      a0, -1
    lui     a0, 0
    PHEX    "lui 0", a0                     /* = 0: the low 12 bits are cleared too */
    lui     a0, 0x12345
    addi    a0, a0, 0x678
    PHEX    "lui+addi", a0                  /* = 0x12345678 */
    lui     a0, 0x12345
    addi    a0, a0, -1
    PHEX    "lui+addi -1", a0               /* = 0x12344fff */

1:  auipc   a0, 0
    lui     t0, %hi(1b)
    addi    t0, t0, %lo(1b)
    sub     a0, a0, t0
    PHEX    "auipc 0 - pc", a0              /* = 0 */
2:  auipc   a0, 1
    lui     t0, %hi(2b)
    addi    t0, t0, %lo(2b)
    sub     a0, a0, t0
    PHEX    "auipc 1 - pc", a0              /* = 0x1000 */
3:  auipc   a0, 0xfffff
    lui     t0, %hi(3b)
    addi    t0, t0, %lo(3b)
    sub     a0, a0, t0
    PHEX    "auipc 0xfffff - pc", a0        /* = -4096: imm sign-extended */
4:  auipc   a0, 0x80000
    lui     t0, %hi(4b)
    addi    t0, t0, %lo(4b)
    sub     a0, a0, t0
    PHEX    "auipc 0x80000 - pc", a0        /* = 0xffffffff80000000: pc - 2^31 */
5:  auipc   a0, 0x7ffff
    lui     t0, %hi(5b)
    addi    t0, t0, %lo(5b)
    sub     a0, a0, t0
    PHEX    "auipc 0x7ffff - pc", a0        /* = 0x7ffff000 */
    /* auipc+addi (lla) and the absolute address agree */
    lla     a0, value
    lui     t0, %hi(value)
    addi    t0, t0, %lo(value)
    sub     a0, a0, t0
    PHEX    "lla - abs", a0                 /* = 0 */
    lla     a0, value
    ld      a0, 0(a0)
    PHEX    "ld via lla", a0                /* = 0x0123456789abcdef */
    /* x0 destination: no effect */
    lui     zero, 0x12345
    auipc   zero, 1
    mv      a0, zero
    PHEX    "x0", a0                        /* = 0 */
    EXIT    0
RVTEST_END

    .data
    .balign 8
value:
    .dword 0x0123456789abcdef
