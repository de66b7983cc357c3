/*
 * RBIT, REV16, REV32, REV, CLZ, CLS at 32 and 64 bits (0, -1 and sign edges).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    rbit x0, x1
    PHEX "dp1 0", x0    /* f7b3d591e6a2c480 */
    ldr x1, =0x123456789abcdef
    rbit w0, w1
    PHEX "dp1 1", x0    /* 00000000f7b3d591 */
    ldr x1, =0x123456789abcdef
    rev16 x0, x1
    PHEX "dp1 2", x0    /* 23016745ab89efcd */
    ldr x1, =0x123456789abcdef
    rev16 w0, w1
    PHEX "dp1 3", x0    /* 00000000ab89efcd */
    ldr x1, =0x123456789abcdef
    rev32 x0, x1
    PHEX "dp1 4", x0    /* 67452301efcdab89 */
    ldr x1, =0x123456789abcdef
    rev x0, x1
    PHEX "dp1 5", x0    /* efcdab8967452301 */
    ldr x1, =0x123456789abcdef
    rev w0, w1
    PHEX "dp1 6", x0    /* 00000000efcdab89 */
    ldr x1, =0x123456789abcdef
    clz x0, x1
    PHEX "dp1 7", x0    /* 0000000000000007 */
    mov x1, #0
    clz x0, x1
    PHEX "dp1 8", x0    /* 0000000000000040 */
    mov x1, #0
    clz w0, w1
    PHEX "dp1 9", x0    /* 0000000000000020 */
    ldr x1, =0x80000000
    clz w0, w1
    PHEX "dp1 10", x0    /* 0000000000000000 */
    ldr x1, =0xffff
    clz w0, w1
    PHEX "dp1 11", x0    /* 0000000000000010 */
    mov x1, #0
    cls x0, x1
    PHEX "dp1 12", x0    /* 000000000000003f */
    mov x1, #-1
    cls x0, x1
    PHEX "dp1 13", x0    /* 000000000000003f */
    mov x1, #-1
    cls w0, w1
    PHEX "dp1 14", x0    /* 000000000000001f */
    ldr x1, =0xfedcba9876543210
    cls x0, x1
    PHEX "dp1 15", x0    /* 0000000000000006 */
    ldr x1, =0xff0000
    cls w0, w1
    PHEX "dp1 16", x0    /* 0000000000000007 */
    ldr x1, =0xfff00000
    cls w0, w1
    PHEX "dp1 17", x0    /* 000000000000000b */
    EXIT 0
A64TEST_END
