/*
 * B.cond for all 16 conditions after CMP/CMN/TST at 64 and 32 bits, each in the block of its compare (fused).
 * Each printed value is a mask with bit k set when condition k (eq ne cs
 * cc mi pl vs vc hi ls ge lt gt le al nv) held.  Expected: the flags from
 * the Arm ARM pseudo-code (AddWithCarry, ConditionHolds) per operand pair,
 * worked out independently of xrun.
 */
#include "a64test.h"

/*
 * Set bit k of x9 when condition k holds after "op ra, rb" (k in the
 * order eq ne cs cc mi pl vs vc hi ls ge lt gt le al nv), testing each with
 * a B.cond.
 */
.macro BCOND_ALL op, ra, rb
    mov x9, #0
    .set cbit, 1
    .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
    \op \ra, \rb
    b.\c 1f
    b 2f
1:  orr x9, x9, #cbit
2:
    .set cbit, cbit << 1
    .endr
.endm
A64TEST_START
    ldr x1, =0x5
    ldr x2, =0x3
    BCOND_ALL cmp, x1, x2
    PHEX "cmp 0", x9
    ldr x1, =0x3
    ldr x2, =0x5
    BCOND_ALL cmp, x1, x2
    PHEX "cmp 1", x9
    ldr x1, =0x7
    ldr x2, =0x7
    BCOND_ALL cmp, x1, x2
    PHEX "cmp 2", x9
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    BCOND_ALL cmp, x1, x2
    PHEX "cmp 3", x9
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    BCOND_ALL cmp, x1, x2
    PHEX "cmp 4", x9
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    BCOND_ALL cmp, x1, x2
    PHEX "cmp 5", x9
    ldr x1, =0x80000000
    ldr x2, =0x1
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    BCOND_ALL cmp, w1, w2
    PHEX "cmp 6", x9
    ldr x1, =0x1
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    BCOND_ALL cmp, w1, w2
    PHEX "cmp 7", x9
    ldr x1, =0x7fffffff
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    BCOND_ALL cmp, w1, w2
    PHEX "cmp 8", x9
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    BCOND_ALL cmn, x1, x2
    PHEX "cmn 9", x9
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    BCOND_ALL cmn, x1, x2
    PHEX "cmn 10", x9
    ldr x1, =0x3
    ldr x2, =0x4
    BCOND_ALL cmn, x1, x2
    PHEX "cmn 11", x9
    ldr x1, =0xffffffff
    ldr x2, =0x2
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    BCOND_ALL cmn, w1, w2
    PHEX "cmn 12", x9
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    BCOND_ALL cmn, w1, w2
    PHEX "cmn 13", x9
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    BCOND_ALL tst, x1, x2
    PHEX "tst 14", x9
    ldr x1, =0xf0
    ldr x2, =0xf
    BCOND_ALL tst, x1, x2
    PHEX "tst 15", x9
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    BCOND_ALL tst, w1, w2
    PHEX "tst 16", x9
    ldr x1, =0x3
    ldr x2, =0x1
    BCOND_ALL tst, x1, x2
    PHEX "tst 17", x9
    EXIT 0
A64TEST_END
