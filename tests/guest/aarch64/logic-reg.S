/*
 * AND/BIC/ORR/ORN/EOR/EON (shifted register, every shift incl. ROR), MOV, MVN, 32/64 bits.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2
    PHEX "reg 0", x0    /* 0000000000000000 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, lsl #4
    PHEX "reg 1", x0    /* 0020446088a8ccef */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, lsr #8
    PHEX "reg 2", x0    /* 01ffddff99ffddff */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, asr #60
    PHEX "reg 3", x0    /* 0123456789abcdef */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, ror #32
    PHEX "reg 4", x0    /* 7777777777777777 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2
    PHEX "reg 5", x0    /* 0000000000000000 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, ror #8
    PHEX "reg 6", x0    /* 0000000000224422 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2
    PHEX "reg 7", x0    /* 0000000089abcdef */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, lsl #31
    PHEX "reg 8", x0    /* 0000000076543210 */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, asr #4
    PHEX "reg 9", x0    /* 00000000888a8cce */
    ldr x1, =0x123456789abcdef
    mov x0, x1
    PHEX "reg 10", x0    /* 0123456789abcdef */
    ldr x1, =0x123456789abcdef
    mov w0, w1
    PHEX "reg 11", x0    /* 0000000089abcdef */
    ldr x1, =0x123456789abcdef
    mvn x0, x1
    PHEX "reg 12", x0    /* fedcba9876543210 */
    ldr x1, =0x123456789abcdef
    mvn w0, w1, lsl #4
    PHEX "reg 13", x0    /* 000000006543210f */
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2
    cset x3, mi
    orr x0, x0, x3, lsl #63
    PHEX "reg 14", x0    /* 0123456789abcdef */
    EXIT 0
A64TEST_END
