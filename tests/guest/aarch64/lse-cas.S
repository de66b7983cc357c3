/*
 * CAS/CASA/CASL/CASAL in every size (success and failure: Rs gets the old value) and CASP of W and X pairs.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    .arch armv8.1-a
    .pushsection .data
    .balign 16
mem:
    .skip 64
    .popsection
    adr x20, mem
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332211
    ldr x3, =0x1010101010101010
    casb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 0", x0    /* 8877665544332201 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332210
    ldr x3, =0x1010101010101010
    casb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 1", x0    /* 8877665544332200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332211
    ldr x3, =0x1010101010101010
    casah w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 2", x0    /* 8877665544333201 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332210
    ldr x3, =0x1010101010101010
    casah w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 3", x0    /* 8877665544330000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332211
    ldr x3, =0x1010101010101010
    casl w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 4", x0    /* 8877665554233201 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332210
    ldr x3, =0x1010101010101010
    casl w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 5", x0    /* 8877665500000000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332211
    ldr x3, =0x1010101010101010
    casal x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 6", x0    /* 9867764554233201 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x8877665544332210
    ldr x3, =0x1010101010101010
    casal x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x2, x4
    PHEX "cas 7", x0    /* 0000000000000000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x44332211
    ldr x3, =0x88776655
    mov x4, #1
    mov x5, #2
    casp w2, w3, w4, w5, [x20]
    ldr x6, [x20]
    add x0, x6, x2
    PHEX "cas 8", x0    /* 0000000244332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x44332211
    ldr x3, =0x88776650
    mov x4, #1
    mov x5, #2
    caspa w2, w3, w4, w5, [x20]
    ldr x6, [x20]
    eor x0, x6, x3
    PHEX "cas 9", x0    /* 88776655cc444444 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, x1
    mov x3, x1
    mov x4, #3
    mov x5, #4
    caspal x2, x3, x4, x5, [x20]
    ldp x6, x7, [x20]
    add x0, x6, x7, lsl #8
    add x0, x0, x2
    PHEX "cas 10", x0    /* 8877665544332614 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, x1
    mov x3, #0
    mov x4, #3
    mov x5, #4
    caspl x2, x3, x4, x5, [x20]
    ldp x6, x7, [x20]
    eor x0, x6, x7
    add x0, x0, x3
    PHEX "cas 11", x0    /* 8877665544332211 */
    EXIT 0
A64TEST_END
