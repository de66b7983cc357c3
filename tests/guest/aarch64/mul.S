/*
 * MADD/MSUB/MUL/MNEG at 32 and 64 bits (wrapping low halves).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mul x0, x1, x2
    PHEX "mul 0", x0    /* 2236d88fe5618cf0 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x1111
    madd x0, x1, x2, x3
    PHEX "mul 1", x0    /* 2236d88fe5619e01 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x1111
    msub x0, x1, x2, x3
    PHEX "mul 2", x0    /* ddc927701a9e8421 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mneg x0, x1, x2
    PHEX "mul 3", x0    /* ddc927701a9e7310 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    mul w0, w1, w2
    PHEX "mul 4", x0    /* 00000000e5618cf0 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0xfedcba9876543210
    madd w0, w1, w2, w3
    PHEX "mul 5", x0    /* 000000005bb5bf00 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    ldr x3, =0x5
    msub w0, w1, w2, w3
    PHEX "mul 6", x0    /* 000000001a9e7315 */
    ldr x1, =0x8000000000000000
    mov x2, #-1
    mul x0, x1, x2
    PHEX "mul 7", x0    /* 8000000000000000 */
    mov x1, #-1
    mov x2, #-1
    mul w0, w1, w2
    PHEX "mul 8", x0    /* 0000000000000001 */
    EXIT 0
A64TEST_END
