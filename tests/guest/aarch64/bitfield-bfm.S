/*
 * BFM and its aliases BFI, BFXIL, BFC (the destination keeps its other bits).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfi x0, x1, #8, #16
    PHEX "bfm 0", x0    /* fedcba9876cdef10 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfxil x0, x1, #4, #12
    PHEX "bfm 1", x0    /* fedcba9876543cde */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfi x0, x1, #60, #4
    PHEX "bfm 2", x0    /* fedcba9876543210 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfi w0, w1, #28, #4
    PHEX "bfm 3", x0    /* 00000000f6543210 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfxil w0, w1, #24, #8
    PHEX "bfm 4", x0    /* 0000000076543289 */
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfm x0, xzr, #8, #7
    PHEX "bfm 5", x0    /* 00dcba9876543210 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    bfm x0, x1, #0, #63
    PHEX "bfm 6", x0    /* 0123456789abcdef */
    EXIT 0
A64TEST_END
