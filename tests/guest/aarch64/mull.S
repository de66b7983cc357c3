/*
 * SMADDL/SMSUBL/UMADDL/UMSUBL/SMULL/UMULL/SMNEGL/UMNEGL and SMULH/UMULH at the edges.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    smull x0, w1, w2
    PHEX "mull 0", x0    /* c94e4627e5618cf0 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    umull x0, w1, w2
    PHEX "mull 1", x0    /* 3fa27837e5618cf0 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x7
    smaddl x0, w1, w2, x3
    PHEX "mull 2", x0    /* c94e4627e5618cf7 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x7
    smsubl x0, w1, w2, x3
    PHEX "mull 3", x0    /* 36b1b9d81a9e7317 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x7
    umaddl x0, w1, w2, x3
    PHEX "mull 4", x0    /* 3fa27837e5618cf7 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x7
    umsubl x0, w1, w2, x3
    PHEX "mull 5", x0    /* c05d87c81a9e7317 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    smnegl x0, w1, w2
    PHEX "mull 6", x0    /* 36b1b9d81a9e7310 */
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    smull x0, w1, w2
    PHEX "mull 7", x0    /* 4000000000000000 */
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    umull x0, w1, w2
    PHEX "mull 8", x0    /* fffffffe00000001 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    smulh x0, x1, x2
    PHEX "mull 9", x0    /* fffeb49923cc0953 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    umulh x0, x1, x2
    PHEX "mull 10", x0    /* 0121fa00ad77d742 */
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    smulh x0, x1, x2
    PHEX "mull 11", x0    /* 4000000000000000 */
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    umulh x0, x1, x2
    PHEX "mull 12", x0    /* fffffffffffffffe */
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    PHEX "mull 13", x0    /* 0000000000000000 */
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    PHEX "mull 14", x0    /* 0000000000000000 */
    EXIT 0
A64TEST_END
