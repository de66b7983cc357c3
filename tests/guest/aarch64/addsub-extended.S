/*
 * ADD/SUB(S) with an extended register (UXTB..SXTX, shifts 0-4), SP as base and destination.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, w2, uxtb
    PHEX "extended 0", x0    /* 0123456789abcdff */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, w2, uxth #2
    PHEX "extended 1", x0    /* 0123456789ac962f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, w2, uxtw #4
    PHEX "extended 2", x0    /* 0123456eeeeeeeef */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, x2, uxtx #1
    PHEX "extended 3", x0    /* fedcba987654320f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    sub x0, x1, w2, sxtb
    PHEX "extended 4", x0    /* 0123456789abcddf */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    sub x0, x1, w2, sxth #3
    PHEX "extended 5", x0    /* 0123456789aa3d6f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, w2, sxtw
    PHEX "extended 6", x0    /* 01234567ffffffff */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add x0, x1, x2, sxtx #2
    PHEX "extended 7", x0    /* fc962fc962fc962f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    add w0, w1, w2, sxtb #1
    PHEX "extended 8", x0    /* 0000000089abce0f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    sub w0, w1, w2, uxth
    PHEX "extended 9", x0    /* 0000000089ab9bdf */
    mov x3, sp
    mov x2, #16
    sub sp, sp, x2
    mov x0, sp
    sub x0, x3, x0
    add sp, sp, x2, uxtx
    PHEX "extended 10", x0    /* 0000000000000010 */
    mov x3, sp
    mov w2, #-16
    add sp, sp, w2, sxtw
    mov x0, sp
    sub x0, x3, x0
    mov sp, x3
    PHEX "extended 11", x0    /* 0000000000000010 */
    mov x3, sp
    mov x2, #0
    add x0, sp, x2
    sub x0, x0, x3
    PHEX "extended 12", x0    /* 0000000000000000 */
    mov x1, #1
    mov w2, #-1
    adds x0, x1, w2, sxtw
    cset x3, eq
    cset x4, cs
    add x0, x0, x3, lsl #4
    add x0, x0, x4, lsl #8
    PHEX "extended 13", x0    /* 0000000000000110 */
    mov x1, #5
    mov w2, #5
    cmp x1, w2, uxtb
    cset x0, eq
    PHEX "extended 14", x0    /* 0000000000000001 */
    EXIT 0
A64TEST_END
