/*
 * LDR/STR (unsigned offset) of B/H/W/X, LDRSB/LDRSH/LDRSW to W and X; buffer bytes (0x81 + 7 i) & 0xff.
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
    ldrb w0, [x20, #5]
    PHEX "uimm 0", x0    /* 00000000000000a4 */
    ldrh w0, [x20, #6]
    PHEX "uimm 1", x0    /* 000000000000b2ab */
    ldr w0, [x20, #12]
    PHEX "uimm 2", x0    /* 00000000eae3dcd5 */
    ldr x0, [x20, #40]
    PHEX "uimm 3", x0    /* cac3bcb5aea7a099 */
    ldr x0, [x20, #32760 & 0]
    PHEX "uimm 4", x0    /* b2aba49d968f8881 */
    ldrsb x0, [x20, #1]
    PHEX "uimm 5", x0    /* ffffffffffffff88 */
    ldrsb w0, [x20, #1]
    PHEX "uimm 6", x0    /* 00000000ffffff88 */
    ldrsh x0, [x20, #2]
    PHEX "uimm 7", x0    /* ffffffffffff968f */
    ldrsh w0, [x20, #2]
    PHEX "uimm 8", x0    /* 00000000ffff968f */
    ldrsw x0, [x20, #4]
    PHEX "uimm 9", x0    /* ffffffffb2aba49d */
    ldrsb x0, [x20, #20]
    PHEX "uimm 10", x0    /* 000000000000000d */
    ldr x1, =0x1122334455667788
    str x1, [x21, #8]
    ldr x0, [x21, #8]
    PHEX "uimm 11", x0    /* 1122334455667788 */
    ldr x1, =0x1122334455667788
    str xzr, [x21, #16]
    str w1, [x21, #16]
    ldr x0, [x21, #16]
    PHEX "uimm 12", x0    /* 0000000055667788 */
    ldr x1, =0x1122334455667788
    str xzr, [x21, #24]
    strh w1, [x21, #26]
    ldr x0, [x21, #24]
    PHEX "uimm 13", x0    /* 0000000077880000 */
    ldr x1, =0x1122334455667788
    str xzr, [x21, #32]
    strb w1, [x21, #39]
    ldr x0, [x21, #32]
    PHEX "uimm 14", x0    /* 8800000000000000 */
    mov x3, sp
    sub sp, sp, #16
    ldr x1, =0x1122334455667788
    str x1, [sp, #8]
    ldr x0, [sp, #8]
    mov sp, x3
    PHEX "uimm 15", x0    /* 1122334455667788 */
    EXIT 0
A64TEST_END
