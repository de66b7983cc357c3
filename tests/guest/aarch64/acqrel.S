/*
 * LDAR/STLR (every size), LDAPR, LDLAR/STLLR, SP as base.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    .arch armv8.3-a
    .pushsection .data
    .balign 16
mem:
    .skip 64
    .popsection
    adr x20, mem
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldarb w0, [x20]
    PHEX "acqrel 0", x0    /* 0000000000000011 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0xa5a5a5a5a5a5a5a5
    stlrb w2, [x20]
    ldr x0, [x20]
    PHEX "acqrel 1", x0    /* 88776655443322a5 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldarh w0, [x20]
    PHEX "acqrel 2", x0    /* 0000000000002211 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0xa5a5a5a5a5a5a5a5
    stlrh w2, [x20]
    ldr x0, [x20]
    PHEX "acqrel 3", x0    /* 887766554433a5a5 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldar w0, [x20]
    PHEX "acqrel 4", x0    /* 0000000044332211 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0xa5a5a5a5a5a5a5a5
    stlr w2, [x20]
    ldr x0, [x20]
    PHEX "acqrel 5", x0    /* 88776655a5a5a5a5 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldar x0, [x20]
    PHEX "acqrel 6", x0    /* 8877665544332211 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0xa5a5a5a5a5a5a5a5
    stlr x2, [x20]
    ldr x0, [x20]
    PHEX "acqrel 7", x0    /* a5a5a5a5a5a5a5a5 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldapr x0, [x20]
    PHEX "acqrel 8", x0    /* 8877665544332211 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldaprb w0, [x20]
    PHEX "acqrel 9", x0    /* 0000000000000011 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldlar w0, [x20]
    PHEX "acqrel 10", x0    /* 0000000044332211 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, #9
    stllrh w2, [x20]
    ldr x0, [x20]
    PHEX "acqrel 11", x0    /* 8877665544330009 */
    mov x2, sp
    sub sp, sp, #16
    mov x3, #7
    stlr x3, [sp]
    ldar x0, [sp]
    mov sp, x2
    PHEX "acqrel 12", x0    /* 0000000000000007 */
    EXIT 0
A64TEST_END
