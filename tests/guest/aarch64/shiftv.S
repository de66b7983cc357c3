/*
 * LSLV/LSRV/ASRV/RORV: the amount is taken modulo the register size.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    mov x2, #4
    lsl x0, x1, x2
    PHEX "shiftv 0", x0    /* 123456789abcdef0 */
    ldr x1, =0x123456789abcdef
    mov x2, #68
    lsl x0, x1, x2
    PHEX "shiftv 1", x0    /* 123456789abcdef0 */
    ldr x1, =0x123456789abcdef
    mov x2, #64
    lsr x0, x1, x2
    PHEX "shiftv 2", x0    /* 0123456789abcdef */
    ldr x1, =0xfedcba9876543210
    mov x2, #63
    asr x0, x1, x2
    PHEX "shiftv 3", x0    /* ffffffffffffffff */
    ldr x1, =0xfedcba9876543210
    mov x2, #-1
    asr x0, x1, x2
    PHEX "shiftv 4", x0    /* ffffffffffffffff */
    ldr x1, =0x123456789abcdef
    mov x2, #12
    ror x0, x1, x2
    PHEX "shiftv 5", x0    /* def0123456789abc */
    ldr x1, =0x123456789abcdef
    mov x2, #36
    lsl w0, w1, w2
    PHEX "shiftv 6", x0    /* 000000009abcdef0 */
    ldr x1, =0x123456789abcdef
    mov x2, #32
    lsr w0, w1, w2
    PHEX "shiftv 7", x0    /* 0000000089abcdef */
    ldr x1, =0x80000000
    mov x2, #33
    asr w0, w1, w2
    PHEX "shiftv 8", x0    /* 00000000c0000000 */
    ldr x1, =0x123456789abcdef
    mov x2, #40
    ror w0, w1, w2
    PHEX "shiftv 9", x0    /* 00000000ef89abcd */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xffffffffffffff01
    lsl x0, x1, x2
    PHEX "shiftv 10", x0    /* 02468acf13579bde */
    EXIT 0
A64TEST_END
