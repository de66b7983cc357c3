/*
 * AND/ORR/EOR/ANDS with bitmask immediates (DecodeBitMasks), 32/64 bits; MOV (bitmask).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    and x0, x1, #0xff00ff00ff00ff00
    PHEX "imm 0", x0    /* 010045008900cd00 */
    ldr x1, =0x123456789abcdef
    orr x0, x1, #0x5555555555555555
    PHEX "imm 1", x0    /* 55775577ddffddff */
    ldr x1, =0x123456789abcdef
    eor x0, x1, #0xfffffffffffffffe
    PHEX "imm 2", x0    /* fedcba9876543211 */
    ldr x1, =0x123456789abcdef
    and x0, x1, #0x7ffffffffffff
    PHEX "imm 3", x0    /* 0003456789abcdef */
    ldr x1, =0x123456789abcdef
    eor x0, x1, #0x8000000000000001
    PHEX "imm 4", x0    /* 8123456789abcdee */
    ldr x1, =0x123456789abcdef
    and w0, w1, #0xf0f0f0f0
    PHEX "imm 5", x0    /* 0000000080a0c0e0 */
    ldr x1, =0x123456789abcdef
    orr w0, w1, #0x80000000
    PHEX "imm 6", x0    /* 0000000089abcdef */
    ldr x1, =0x123456789abcdef
    eor w0, w1, #0x3ffc
    PHEX "imm 7", x0    /* 0000000089abf213 */
    mov x0, #0x0f0f0f0f0f0f0f0f
    PHEX "imm 8", x0    /* 0f0f0f0f0f0f0f0f */
    orr x0, xzr, #0xc000000000000003
    PHEX "imm 9", x0    /* c000000000000003 */
    mov w0, #0xaaaaaaaa
    PHEX "imm 10", x0    /* 00000000aaaaaaaa */
    ldr x1, =0x123456789abcdef
    ands x0, x1, #0xf
    cset x2, eq
    add x0, x0, x2, lsl #8
    PHEX "imm 11", x0    /* 000000000000000f */
    ldr x1, =0xf0
    ands w0, w1, #0xf
    cset w2, eq
    add x0, x0, x2, lsl #8
    PHEX "imm 12", x0    /* 0000000000000100 */
    mov x3, sp
    and sp, x3, #0xfffffffffffffff0
    mov x0, sp
    sub x0, x3, x0
    mov sp, x3
    PHEX "imm 13", x0    /* 0000000000000000 */
    EXIT 0
A64TEST_END
