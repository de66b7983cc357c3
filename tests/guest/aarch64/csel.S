/*
 * CSEL/CSINC/CSINV/CSNEG and CINC/CINV/CNEG, 32-bit forms zero-extended.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    mov x3, #1
    cmp x3, #1
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csel x0, x1, x2, eq
    PHEX "csel 0", x0    /* 0123456789abcdef */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csel x0, x1, x2, eq
    PHEX "csel 1", x0    /* fedcba9876543210 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csinc x0, x1, x2, eq
    PHEX "csel 2", x0    /* fedcba9876543211 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csinv x0, x1, x2, eq
    PHEX "csel 3", x0    /* 0123456789abcdef */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csneg x0, x1, x2, eq
    PHEX "csel 4", x0    /* 0123456789abcdf0 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csel w0, w1, w2, ne
    PHEX "csel 5", x0    /* 0000000089abcdef */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csinc w0, w1, w2, eq
    PHEX "csel 6", x0    /* 0000000076543211 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csinv w0, w1, w2, eq
    PHEX "csel 7", x0    /* 0000000089abcdef */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csneg w0, w1, w2, eq
    PHEX "csel 8", x0    /* 0000000089abcdf0 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    cinc x0, x1, lt
    PHEX "csel 9", x0    /* 0123456789abcdf0 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    cinv x0, x1, gt
    PHEX "csel 10", x0    /* 0123456789abcdef */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    cneg x0, x1, lo
    PHEX "csel 11", x0    /* fedcba9876543211 */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    csel x0, x1, x1, al
    PHEX "csel 12", x0    /* 0123456789abcdef */
    mov x3, #1
    cmp x3, #2
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csel x1, x2, x1, hs
    mov x0, x1
    PHEX "csel 13", x0    /* 0123456789abcdef */
    mov x3, #0xffffffff
    cmn w3, #1
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    csinc x0, x1, x2, cs
    PHEX "csel 14", x0    /* 0123456789abcdef */
    EXIT 0
A64TEST_END
