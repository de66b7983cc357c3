// LDR/STR/LDUR/STUR/LDP/STP of B, H, S, D and Q registers in the
// immediate, pre-index, post-index, register-offset and literal modes.
// Expected values by hand: the buffer holds bytes 0x00..0x3f, so a load
// of n bytes at offset k reads bytes k+n-1..k (little-endian).
#include "a64test.h"
A64TEST_START
    adr     x0, buf
    ldr     b1, [x0, #5]            // 0x05
    fmov    x9, d1
    PHEX    "ldr b", x9
    ldr     h1, [x0, #6]            // 0x0706
    fmov    x9, d1
    PHEX    "ldr h", x9
    ldr     s1, [x0, #8]            // 0x0b0a0908
    fmov    x9, d1
    PHEX    "ldr s", x9
    ldur    d1, [x0, #3]            // 0x0a09080706050403
    fmov    x9, d1
    PHEX    "ldur d", x9
    ldr     q1, [x0, #16]           // bytes 0x1f..0x10
    mov     x9, v1.d[0]
    mov     x10, v1.d[1]
    PHEX    "ldr q lo", x9
    PHEX    "ldr q hi", x10
    mov     x1, x0
    ldr     q2, [x1, #32]!          // pre-index: x1 = buf + 32
    sub     x4, x1, x0
    PHEX    "pre wb", x4
    mov     x9, v2.d[0]             // 0x2726252423222120
    PHEX    "pre q", x9
    ldr     d3, [x1], #-8           // post-index: loads at +32, x1 = +24
    sub     x4, x1, x0
    PHEX    "post wb", x4
    fmov    x9, d3
    PHEX    "post d", x9
    mov     x5, #5
    ldr     s4, [x0, x5, lsl #2]    // offset 20: 0x17161514
    fmov    x9, d4
    PHEX    "reg s", x9
    mov     w5, #-2
    ldr     h4, [x1, w5, sxtw #1]   // x1 - 4 = +20: 0x1514
    fmov    x9, d4
    PHEX    "sxtw h", x9
    ldp     q5, q6, [x0, #16]       // +16 and +32
    mov     x9, v5.d[1]             // 0x1f1e1d1c1b1a1918
    mov     x10, v6.d[0]             // 0x2726252423222120
    PHEX    "ldp q a", x9
    PHEX    "ldp q b", x10
    ldp     s7, s8, [x0, #-4]!      // pre-index: x0 = buf - 4
    add     x0, x0, #4
    ldp     d7, d8, [x0], #16       // post: +0, +8; x0 = buf + 16
    fmov    x9, d8
    PHEX    "ldp d b", x9
    sub     x0, x0, #16
    // stores into out, then read back with integer loads
    adr     x6, out
    movi    v9.16b, #0xab
    str     q9, [x6]
    str     b1, [x6, #1]            // v1 = ldr q1 above: 0x10
    str     h1, [x6, #2]            // 0x1110
    stur    s3, [x6, #4]            // low 32 bits of d3: 0x23222120
    str     d3, [x6, #8]!
    add     x7, x6, #8
    stp     q5, q6, [x7]            // out+16: q5, out+32: q6
    sub     x6, x6, #8
    ldp     x9, x10, [x6]            // ab 10 10 11 20..23, then 20..27
    PHEX    "st lo", x9
    PHEX    "st hi", x10
    ldr     x9, [x6, #24]           // q5 upper: 0x1f1e1d1c1b1a1918
    ldr     x10, [x6, #32]           // q6 lower: 0x2726252423222120
    PHEX    "stp q a", x9
    PHEX    "stp q b", x10
    ldr     q10, lit                // literal
    mov     x9, v10.d[1]
    PHEX    "lit q", x9
    ldr     d11, lit
    fmov    x9, d11
    PHEX    "lit d", x9
    EXIT    0
A64TEST_END
    .data
    .balign 16
    .space 16
buf:
    .byte 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    .byte 16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .byte 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
    .byte 48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63
out:
    .space 64
    .text
    .balign 16
lit:
    .quad 0x1122334455667788, 0x99aabbccddeeff00
