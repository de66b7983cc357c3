/*
 * Every condition for each of the 16 NZCV values set by MSR NZCV, and MRS NZCV.
 * Each printed value is a mask with bit k set when condition k (eq ne cs
 * cc mi pl vs vc hi ls ge lt gt le al nv) held.  Expected: the flags from
 * the Arm ARM pseudo-code (AddWithCarry, ConditionHolds) per operand pair,
 * worked out independently of xrun.
 */
#include "a64test.h"

/*
 * Set bit k of x9 when condition k holds for the current NZCV (k in the
 * order eq ne cs cc mi pl vs vc hi ls ge lt gt le al nv), tested by B.cond.
 */
.macro BCOND_MASK
    mov x9, #0
    .set cbit, 1
    .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
    b.\c 1f
    b 2f
1:  orr x9, x9, #cbit
2:
    .set cbit, cbit << 1
    .endr
.endm
A64TEST_START
    mov x3, #0x0
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 0", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 0", x4
    mov x3, #0x10000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 1", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 1", x4
    mov x3, #0x20000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 2", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 2", x4
    mov x3, #0x30000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 3", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 3", x4
    mov x3, #0x40000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 4", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 4", x4
    mov x3, #0x50000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 5", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 5", x4
    mov x3, #0x60000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 6", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 6", x4
    mov x3, #0x70000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 7", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 7", x4
    mov x3, #0x80000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 8", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 8", x4
    mov x3, #0x90000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv 9", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs 9", x4
    mov x3, #0xa0000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv a", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs a", x4
    mov x3, #0xb0000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv b", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs b", x4
    mov x3, #0xc0000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv c", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs c", x4
    mov x3, #0xd0000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv d", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs d", x4
    mov x3, #0xe0000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv e", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs e", x4
    mov x3, #0xf0000000
    msr nzcv, x3
    BCOND_MASK
    PHEX "nzcv f", x9
    msr nzcv, x3
    mrs x4, nzcv
    PHEX "mrs f", x4
    EXIT 0
A64TEST_END
