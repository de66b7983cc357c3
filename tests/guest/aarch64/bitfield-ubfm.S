/*
 * UBFM and its aliases: LSL, LSR, UBFX, UBFIZ, UXTB, UXTH (32 and 64 bits).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    lsl x0, x1, #4
    PHEX "ubfm 0", x0    /* 123456789abcdef0 */
    ldr x1, =0x123456789abcdef
    lsl x0, x1, #63
    PHEX "ubfm 1", x0    /* 8000000000000000 */
    ldr x1, =0x123456789abcdef
    lsr x0, x1, #60
    PHEX "ubfm 2", x0    /* 0000000000000000 */
    ldr x1, =0x123456789abcdef
    lsl w0, w1, #28
    PHEX "ubfm 3", x0    /* 00000000f0000000 */
    ldr x1, =0x123456789abcdef
    lsr w0, w1, #31
    PHEX "ubfm 4", x0    /* 0000000000000001 */
    ldr x1, =0x123456789abcdef
    ubfx x0, x1, #8, #12
    PHEX "ubfm 5", x0    /* 0000000000000bcd */
    ldr x1, =0x123456789abcdef
    ubfx x0, x1, #56, #8
    PHEX "ubfm 6", x0    /* 0000000000000001 */
    ldr x1, =0x123456789abcdef
    ubfx w0, w1, #28, #4
    PHEX "ubfm 7", x0    /* 0000000000000008 */
    ldr x1, =0x123456789abcdef
    ubfiz x0, x1, #40, #16
    PHEX "ubfm 8", x0    /* 00cdef0000000000 */
    ldr x1, =0x123456789abcdef
    ubfiz w0, w1, #20, #12
    PHEX "ubfm 9", x0    /* 00000000def00000 */
    ldr x1, =0x123456789abcdef
    uxtb w0, w1
    PHEX "ubfm 10", x0    /* 00000000000000ef */
    ldr x1, =0x123456789abcdef
    uxth w0, w1
    PHEX "ubfm 11", x0    /* 000000000000cdef */
    ldr x1, =0x123456789abcdef
    ubfm x0, x1, #0, #63
    PHEX "ubfm 12", x0    /* 0123456789abcdef */
    ldr x1, =0x123456789abcdef
    ubfm w0, w1, #0, #31
    PHEX "ubfm 13", x0    /* 0000000089abcdef */
    EXIT 0
A64TEST_END
