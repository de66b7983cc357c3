/*
 * LDR (literal) of W and X, LDRSW (literal), PRFM (literal), forward and backward.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    b 1f
    .balign 8
back64: .quad 0xfedcba9876543210
1:
    b 2f
    .balign 8
lit64: .quad 0x0123456789abcdef
lit32: .word 0x12345678
    .balign 4
2:
    ldr x0, lit64
    PHEX "literal 0", x0    /* 0123456789abcdef */
    ldr w0, lit64
    PHEX "literal 1", x0    /* 0000000089abcdef */
    ldrsw x0, lit64
    PHEX "literal 2", x0    /* ffffffff89abcdef */
    ldrsw x0, lit32
    PHEX "literal 3", x0    /* 0000000012345678 */
    prfm pldl1keep, lit64
    mov x0, #3
    PHEX "literal 4", x0    /* 0000000000000003 */
    ldr x0, back64
    PHEX "literal 5", x0    /* fedcba9876543210 */
    EXIT 0
A64TEST_END
