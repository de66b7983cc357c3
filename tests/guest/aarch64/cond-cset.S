/*
 * CSET/CSETM for every condition after CMP/CMN/TST (same block).
 * Each printed value is a mask with bit k set when condition k (eq ne cs
 * cc mi pl vs vc hi ls ge lt gt le al nv) held.  Expected: the flags from
 * the Arm ARM pseudo-code (AddWithCarry, ConditionHolds) per operand pair,
 * worked out independently of xrun.
 */
#include "a64test.h"

/*
 * Set bit k of x9 when condition k holds for the current NZCV (k in the
 * order eq ne cs cc mi pl vs vc hi ls ge lt gt le: CSET has no al/nv),
 * tested by CSET.
 */
.macro CSET_MASK
    mov x9, #0
    .set cbit, 0
    .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le
    cset x10, \c
    lsl x10, x10, #cbit
    orr x9, x9, x10
    .set cbit, cbit + 1
    .endr
.endm
A64TEST_START
    ldr x1, =0x5
    ldr x2, =0x3
    cmp x1, x2
    CSET_MASK
    PHEX "cset cmp 0", x9
    ldr x1, =0x5
    ldr x2, =0x3
    cmp x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x3
    ldr x2, =0x5
    cmp x1, x2
    CSET_MASK
    PHEX "cset cmp 1", x9
    ldr x1, =0x3
    ldr x2, =0x5
    cmp x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x7
    ldr x2, =0x7
    cmp x1, x2
    CSET_MASK
    PHEX "cset cmp 2", x9
    ldr x1, =0x7
    ldr x2, =0x7
    cmp x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    cmp x1, x2
    CSET_MASK
    PHEX "cset cmp 3", x9
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    cmp x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    cmp x1, x2
    CSET_MASK
    PHEX "cset cmp 4", x9
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    cmp x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    cmp x1, x2
    CSET_MASK
    PHEX "cset cmp 5", x9
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    cmp x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x80000000
    ldr x2, =0x1
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmp w1, w2
    CSET_MASK
    PHEX "cset cmp 6", x9
    ldr x1, =0x80000000
    ldr x2, =0x1
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmp w1, w2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x1
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmp w1, w2
    CSET_MASK
    PHEX "cset cmp 7", x9
    ldr x1, =0x1
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmp w1, w2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x7fffffff
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmp w1, w2
    CSET_MASK
    PHEX "cset cmp 8", x9
    ldr x1, =0x7fffffff
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmp w1, w2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    cmn x1, x2
    CSET_MASK
    PHEX "cset cmn 9", x9
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    cmn x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    cmn x1, x2
    CSET_MASK
    PHEX "cset cmn 10", x9
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    cmn x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x3
    ldr x2, =0x4
    cmn x1, x2
    CSET_MASK
    PHEX "cset cmn 11", x9
    ldr x1, =0x3
    ldr x2, =0x4
    cmn x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0xffffffff
    ldr x2, =0x2
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmn w1, w2
    CSET_MASK
    PHEX "cset cmn 12", x9
    ldr x1, =0xffffffff
    ldr x2, =0x2
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmn w1, w2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmn w1, w2
    CSET_MASK
    PHEX "cset cmn 13", x9
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    cmn w1, w2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    tst x1, x2
    CSET_MASK
    PHEX "cset tst 14", x9
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    tst x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0xf0
    ldr x2, =0xf
    tst x1, x2
    CSET_MASK
    PHEX "cset tst 15", x9
    ldr x1, =0xf0
    ldr x2, =0xf
    tst x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    tst w1, w2
    CSET_MASK
    PHEX "cset tst 16", x9
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    tst w1, w2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    ldr x1, =0x3
    ldr x2, =0x1
    tst x1, x2
    CSET_MASK
    PHEX "cset tst 17", x9
    ldr x1, =0x3
    ldr x2, =0x1
    tst x1, x2
    csetm w11, hi
    csetm x12, le
    PHEX "csetm w hi", x11
    PHEX "csetm x le", x12
    EXIT 0
A64TEST_END
