/*
 * ADD/SUB (immediate), with LSL #12, SP operands and 32-bit wrap.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    add x0, x1, #0xfff
    PHEX "imm 0", x0    /* 0123456789abddee */
    ldr x1, =0x123456789abcdef
    add x0, x1, #0x123, lsl #12
    PHEX "imm 1", x0    /* 0123456789bdfdef */
    ldr x1, =0x123456789abcdef
    sub x0, x1, #1
    PHEX "imm 2", x0    /* 0123456789abcdee */
    mov x1, #0
    sub x0, x1, #1
    PHEX "imm 3", x0    /* ffffffffffffffff */
    ldr x1, =0xffffffff
    add w0, w1, #1
    PHEX "imm 4", x0    /* 0000000000000000 */
    ldr x1, =0xdead00000005
    sub w0, w1, #6
    PHEX "imm 5", x0    /* 00000000ffffffff */
    ldr x1, =0xffffffff00000010
    add w0, w1, #0
    PHEX "imm 6", x0    /* 0000000000000010 */
    mov x3, sp
    sub sp, sp, #0x20
    mov x0, sp
    sub x0, x3, x0
    add sp, sp, #0x20
    PHEX "imm 7", x0    /* 0000000000000020 */
    mov x3, sp
    add x0, sp, #8
    sub x0, x0, x3
    PHEX "imm 8", x0    /* 0000000000000008 */
    mov x0, #5
    adds x0, x0, #0
    PHEX "imm 9", x0    /* 0000000000000005 */
    ldr x1, =0x1234
    cmp x1, #0x1, lsl #12
    cset x0, hi
    PHEX "imm 10", x0    /* 0000000000000001 */
    EXIT 0
A64TEST_END
