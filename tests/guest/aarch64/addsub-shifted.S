/*
 * ADD/SUB(S) with a shifted register (LSL, LSR, ASR), NEG, NEGS, CMP with shift, 32/64 bits.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, x2, lsl #3
    PHEX "shifted 0", x0    /* f8091a2b3c4d5e6f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, x2, lsr #63
    PHEX "shifted 1", x0    /* 0123456789abcdf0 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    sub x0, x1, x2, asr #4
    PHEX "shifted 2", x0    /* 013579be02468ace */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add w0, w1, w2, lsl #31
    PHEX "shifted 3", x0    /* 0000000089abcdef */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    sub w0, w1, w2, asr #31
    PHEX "shifted 4", x0    /* 0000000089abcdef */
    ldr x1, =0x123456789abcdef
    neg x0, x1
    PHEX "shifted 5", x0    /* fedcba9876543211 */
    ldr x1, =0x123456789abcdef
    neg w0, w1, lsl #1
    PHEX "shifted 6", x0    /* 00000000eca86422 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, lsl #1
    cset x3, cc
    add x0, x0, x3
    PHEX "shifted 7", x0    /* 0369d0369d0369d0 */
    ldr x1, =0x10
    mov x2, #1
    cmp x1, x2, lsl #4
    cset x0, eq
    PHEX "shifted 8", x0    /* 0000000000000001 */
    ldr x1, =0x80000000
    negs w0, w1
    cset x3, vs
    add x0, x0, x3, lsl #32
    PHEX "shifted 9", x0    /* 0000000180000000 */
    EXIT 0
A64TEST_END
