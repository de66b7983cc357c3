/*
 * EXTR and ROR (immediate), 32 and 64 bits.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, #16
    PHEX "extr 0", x0    /* cdeffedcba987654 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, #0
    PHEX "extr 1", x0    /* fedcba9876543210 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, #63
    PHEX "extr 2", x0    /* 02468acf13579bdf */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr w0, w1, w2, #8
    PHEX "extr 3", x0    /* 00000000ef765432 */
    ldr x1, =0x123456789abcdef
    ror x0, x1, #12
    PHEX "extr 4", x0    /* def0123456789abc */
    ldr x1, =0x123456789abcdef
    ror w0, w1, #4
    PHEX "extr 5", x0    /* 00000000f89abcde */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr w0, w1, w2, #0
    PHEX "extr 6", x0    /* 0000000076543210 */
    EXIT 0
A64TEST_END
