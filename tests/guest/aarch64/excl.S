/*
 * LDXR/STXR, LDAXR/STLXR (every size), LDXP/STXP and LDAXP/STLXP (W and X pairs): success, failure after CLREX, without a monitor, after an intervening store, on another address, and a retry loop.  Status 0 = success.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    .pushsection .data
    .balign 16
mem:
    .skip 64
    .popsection
    adr x20, mem
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxrb w0, [x20]
    ldr x2, =0xf0f0f0f0f0f0f0f
    stxrb w3, w2, [x20]
    ldr x4, [x20]
    add x0, x0, x3, lsl #60
    eor x0, x0, x4
    PHEX "excl 0", x0    /* 887766554433221e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldaxrb w0, [x20]
    clrex
    mov x2, #0
    stlxrb w3, w2, [x20]
    ldr x4, [x20]
    add x0, x3, x4
    PHEX "excl 1", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxrh w0, [x20]
    ldr x2, =0xf0f0f0f0f0f0f0f
    stxrh w3, w2, [x20]
    ldr x4, [x20]
    add x0, x0, x3, lsl #60
    eor x0, x0, x4
    PHEX "excl 2", x0    /* 8877665544332d1e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldaxrh w0, [x20]
    clrex
    mov x2, #0
    stlxrh w3, w2, [x20]
    ldr x4, [x20]
    add x0, x3, x4
    PHEX "excl 3", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxr w0, [x20]
    ldr x2, =0xf0f0f0f0f0f0f0f
    stxr w3, w2, [x20]
    ldr x4, [x20]
    add x0, x0, x3, lsl #60
    eor x0, x0, x4
    PHEX "excl 4", x0    /* 887766554b3c2d1e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldaxr w0, [x20]
    clrex
    mov x2, #0
    stlxr w3, w2, [x20]
    ldr x4, [x20]
    add x0, x3, x4
    PHEX "excl 5", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxr x0, [x20]
    ldr x2, =0xf0f0f0f0f0f0f0f
    stxr w3, x2, [x20]
    ldr x4, [x20]
    add x0, x0, x3, lsl #60
    eor x0, x0, x4
    PHEX "excl 6", x0    /* 8778695a4b3c2d1e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldaxr x0, [x20]
    clrex
    mov x2, #0
    stlxr w3, x2, [x20]
    ldr x4, [x20]
    add x0, x3, x4
    PHEX "excl 7", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, #0
    stxr w3, x2, [x20]
    ldr x4, [x20]
    add x0, x3, x4
    PHEX "excl 8", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxr x0, [x20]
    mov x2, #0
    stxr w3, x2, [x20]
    stxr w5, x2, [x20]
    add x0, x3, x5, lsl #4
    PHEX "excl 9", x0    /* 0000000000000010 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxr x0, [x20]
    str xzr, [x20]
    stxr w3, x1, [x20]
    ldr x4, [x20]
    add x0, x3, x4
    PHEX "excl 10", x0    /* 0000000000000001 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxr x0, [x20]
    add x6, x20, #8
    stxr w3, x1, [x6]
    mov x0, x3
    PHEX "excl 11", x0    /* 0000000000000001 */
    str xzr, [x20]
    mov x5, #100
    1: ldaxr x2, [x20]
    add x2, x2, #3
    stlxr w3, x2, [x20]
    cbnz w3, 1b
    subs x5, x5, #1
    b.ne 1b
    ldr x0, [x20]
    PHEX "excl 12", x0    /* 000000000000012c */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxp w0, w2, [x20]
    ldr x3, =0x55
    mov x4, #0x66
    stxp w5, w3, w4, [x20]
    ldr x6, [x20]
    add x0, x0, x5, lsl #32
    eor x0, x0, x6
    eor x0, x0, x2
    PHEX "excl 13", x0    /* 00000066cc444411 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldaxp x0, x2, [x20]
    mov x3, #0x55
    mov x4, #0x66
    stlxp w5, x3, x4, [x20]
    ldp x6, x7, [x20]
    add x0, x5, x6
    add x0, x0, x7, lsl #8
    PHEX "excl 14", x0    /* 0000000000006655 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxp x0, x2, [x20]
    str xzr, [x20, #8]
    mov x3, #0x55
    mov x4, #0x66
    stxp w5, x3, x4, [x20]
    ldp x6, x7, [x20]
    add x0, x5, x6
    add x0, x0, x7
    PHEX "excl 15", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldxp x0, x2, [x20]
    clrex
    stxp w5, x3, x4, [x20]
    mov x0, x5
    PHEX "excl 16", x0    /* 0000000000000001 */
    EXIT 0
A64TEST_END
