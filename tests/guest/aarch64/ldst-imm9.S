/*
 * LDUR/STUR (unscaled, negative offsets), pre- and post-index with write-back, LDTR/STTR.
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
    add x2, x20, #16
    ldur x0, [x2, #-3]
    PHEX "imm9 0", x0    /* 0d06fff8f1eae3dc */
    add x2, x20, #16
    ldurb w0, [x2, #-1]
    PHEX "imm9 1", x0    /* 00000000000000ea */
    add x2, x20, #16
    ldursh x0, [x2, #-5]
    PHEX "imm9 2", x0    /* ffffffffffffd5ce */
    add x2, x20, #16
    ldursw x0, [x2, #100]
    PHEX "imm9 3", x0    /* ffffffffc2bbb4ad */
    add x2, x20, #16
    ldr x0, [x2, #8]!
    sub x3, x2, x20
    add x0, x0, x3
    PHEX "imm9 4", x0    /* 5a534c453e373041 */
    add x2, x20, #16
    ldr x0, [x2], #-8
    sub x3, x2, x20
    add x0, x0, x3
    PHEX "imm9 5", x0    /* 221b140d06fff8f9 */
    add x2, x20, #16
    ldrsb w0, [x2, #-16]!
    sub x3, x2, x20
    add x0, x0, x3
    PHEX "imm9 6", x0    /* 00000000ffffff81 */
    add x2, x20, #16
    ldrh w0, [x2], #2
    sub x3, x2, x20
    add x0, x0, x3, lsl #32
    PHEX "imm9 7", x0    /* 000000120000f8f1 */
    ldr x1, =0x1122334455667788
    mov x2, x21
    str x1, [x2, #8]!
    sub x3, x2, x21
    ldr x0, [x21, #8]
    add x0, x0, x3
    PHEX "imm9 8", x0    /* 1122334455667790 */
    ldr x1, =0x1122334455667788
    add x2, x21, #48
    strh w1, [x2], #-48
    sub x3, x2, x21
    ldrh w0, [x21, #48]
    add x0, x0, x3, lsl #32
    PHEX "imm9 9", x0    /* 0000000000007788 */
    ldr x1, =0x1122334455667788
    add x2, x21, #1
    stur x1, [x2, #-1]
    ldr x0, [x21]
    PHEX "imm9 10", x0    /* 1122334455667788 */
    ldtr x0, [x20, #8]
    PHEX "imm9 11", x0    /* eae3dcd5cec7c0b9 */
    ldtrsb x0, [x20, #3]
    PHEX "imm9 12", x0    /* ffffffffffffff96 */
    ldtrh w0, [x20, #-0+6]
    PHEX "imm9 13", x0    /* 000000000000b2ab */
    ldr x1, =0x1122334455667788
    sttr w1, [x21, #4]
    ldr w0, [x21, #4]
    PHEX "imm9 14", x0    /* 0000000055667788 */
    mov x3, sp
    ldr x1, =0x1122334455667788
    str x1, [sp, #-16]!
    ldr x0, [sp], #16
    sub x4, sp, x3
    add x0, x0, x4
    PHEX "imm9 15", x0    /* 1122334455667788 */
    mov x2, x21
    ldr x1, =0x55
    str x2, [x2], #8
    ldr x0, [x21]
    sub x0, x0, x21
    PHEX "imm9 16", x0    /* 0000000000000000 */
    EXIT 0
A64TEST_END
