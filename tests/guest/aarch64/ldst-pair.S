/*
 * LDP/STP of W and X registers (offset, pre, post), LDPSW, LDNP/STNP, with SP as base.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    .pushsection .data
    .balign 16
buf:
    .byte 0x81, 0x88, 0x8f, 0x96, 0x9d, 0xa4, 0xab, 0xb2, 0xb9, 0xc0, 0xc7, 0xce, 0xd5, 0xdc, 0xe3, 0xea, 0xf1, 0xf8, 0xff, 0x06, 0x0d, 0x14, 0x1b, 0x22, 0x29, 0x30, 0x37, 0x3e, 0x45, 0x4c, 0x53, 0x5a, 0x61, 0x68, 0x6f, 0x76, 0x7d, 0x84, 0x8b, 0x92, 0x99, 0xa0, 0xa7, 0xae, 0xb5, 0xbc, 0xc3, 0xca, 0xd1, 0xd8, 0xdf, 0xe6, 0xed, 0xf4, 0xfb, 0x02, 0x09, 0x10, 0x17, 0x1e, 0x25, 0x2c, 0x33, 0x3a, 0x41, 0x48, 0x4f, 0x56, 0x5d, 0x64, 0x6b, 0x72, 0x79, 0x80, 0x87, 0x8e, 0x95, 0x9c, 0xa3, 0xaa, 0xb1, 0xb8, 0xbf, 0xc6, 0xcd, 0xd4, 0xdb, 0xe2, 0xe9, 0xf0, 0xf7, 0xfe, 0x05, 0x0c, 0x13, 0x1a, 0x21, 0x28, 0x2f, 0x36, 0x3d, 0x44, 0x4b, 0x52, 0x59, 0x60, 0x67, 0x6e, 0x75, 0x7c, 0x83, 0x8a, 0x91, 0x98, 0x9f, 0xa6, 0xad, 0xb4, 0xbb, 0xc2, 0xc9, 0xd0, 0xd7, 0xde, 0xe5, 0xec, 0xf3, 0xfa
scratch:
    .skip 64
    .popsection
    adr x20, buf
    adr x21, scratch
    ldp x0, x1, [x20, #16]
    eor x0, x0, x1
    PHEX "pair 0", x0    /* 7848584838c8c8d8 */
    ldp w0, w1, [x20, #-0]
    add x0, x0, x1, lsl #32
    PHEX "pair 1", x0    /* b2aba49d968f8881 */
    add x2, x20, #32
    ldp x0, x1, [x2, #-16]!
    sub x3, x2, x20
    eor x0, x0, x1
    add x0, x0, x3
    PHEX "pair 2", x0    /* 7848584838c8c8e8 */
    mov x2, x20
    ldp w0, w1, [x2], #8
    sub x3, x2, x20
    add x0, x1, x3
    PHEX "pair 3", x0    /* 00000000b2aba4a5 */
    ldpsw x0, x1, [x20, #8]
    eor x0, x0, x1
    PHEX "pair 4", x0    /* 0000000024241c6c */
    mov x2, x20
    ldpsw x0, x1, [x2, #4]!
    sub x3, x2, x20
    add x0, x1, x3
    PHEX "pair 5", x0    /* ffffffffcec7c0bd */
    ldnp x0, x1, [x20, #48]
    sub x0, x0, x1
    PHEX "pair 6", x0    /* c8c8c8c8c8c8c8c8 */
    ldr x1, =0x1122334455667788
    mov x2, #0x99
    stp x1, x2, [x21]
    ldr x0, [x21, #8]
    PHEX "pair 7", x0    /* 0000000000000099 */
    ldr x1, =0x1122334455667788
    mov x2, #0x99
    stp w1, w2, [x21, #16]
    ldr x0, [x21, #16]
    PHEX "pair 8", x0    /* 0000009955667788 */
    ldr x1, =0x1122334455667788
    mov x4, x21
    stp x1, xzr, [x4, #32]!
    sub x0, x4, x21
    ldr x5, [x21, #32]
    add x0, x0, x5
    PHEX "pair 9", x0    /* 11223344556677a8 */
    ldr x1, =0x1122334455667788
    mov x4, x21
    stp xzr, x1, [x4], #-8
    sub x0, x21, x4
    ldr x5, [x21, #8]
    add x0, x0, x5
    PHEX "pair 10", x0    /* 1122334455667790 */
    ldr x1, =0x1122334455667788
    stnp x1, x1, [x21, #48]
    ldr x0, [x21, #56]
    PHEX "pair 11", x0    /* 1122334455667788 */
    mov x3, sp
    ldr x1, =0x1122334455667788
    mov x2, #7
    stp x1, x2, [sp, #-16]!
    ldp x4, x0, [sp], #16
    sub x5, sp, x3
    add x0, x0, x5
    eor x0, x0, x4
    PHEX "pair 12", x0    /* 112233445566778f */
    mov x2, x20
    ldp x0, x2, [x2]
    PHEX "pair 13", x0    /* b2aba49d968f8881 */
    EXIT 0
A64TEST_END
