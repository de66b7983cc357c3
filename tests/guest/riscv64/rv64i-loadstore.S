/*
 * Loads and stores of every width: lb lbu lh lhu lw lwu ld, sb sh sw sd,
 * with sign/zero extension, negative and maximal (+2047/-2048) offsets,
 * rd == rs1 and x0 destinations.  Expected values (after "=") by hand;
 * memory is little-endian.
 * src bytes 0..15: 81 82 83 84 85 86 87 88 7f 7e 7d 7c 01 02 03 04
 * s0 = src + 8.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    lla     s0, src + 8

    lb      a0, -8(s0)
    PHEX    "lb -8", a0                     /* = 0xffffffffffffff81 */
    lbu     a0, -8(s0)
    PHEX    "lbu -8", a0                    /* = 0x81 */
    lb      a0, 0(s0)
    PHEX    "lb 0", a0                      /* = 0x7f */
    lbu     a0, 0(s0)
    PHEX    "lbu 0", a0                     /* = 0x7f */
    lb      a0, -1(s0)
    PHEX    "lb -1", a0                     /* = 0xffffffffffffff88 */
    lh      a0, -8(s0)
    PHEX    "lh -8", a0                     /* = 0xffffffffffff8281 */
    lhu     a0, -8(s0)
    PHEX    "lhu -8", a0                    /* = 0x8281 */
    lh      a0, 0(s0)
    PHEX    "lh 0", a0                      /* = 0x7e7f */
    lh      a0, -2(s0)
    PHEX    "lh -2", a0                     /* = 0xffffffffffff8887 */
    lhu     a0, -2(s0)
    PHEX    "lhu -2", a0                    /* = 0x8887 */
    lw      a0, -8(s0)
    PHEX    "lw -8", a0                     /* = 0xffffffff84838281 */
    lwu     a0, -8(s0)
    PHEX    "lwu -8", a0                    /* = 0x84838281 */
    lw      a0, -4(s0)
    PHEX    "lw -4", a0                     /* = 0xffffffff88878685 */
    lw      a0, 0(s0)
    PHEX    "lw 0", a0                      /* = 0x7c7d7e7f */
    lwu     a0, 4(s0)
    PHEX    "lwu 4", a0                     /* = 0x04030201 */
    ld      a0, -8(s0)
    PHEX    "ld -8", a0                     /* = 0x8887868584838281 */
    ld      a0, 0(s0)
    PHEX    "ld 0", a0                      /* = 0x040302017c7d7e7f */

    /* stores into dst (4096 zero bytes); s1 = dst + 2048 */
    lla     s1, dst + 2048
    li      t0, 0x1122334455667788
    sd      t0, -16(s1)
    ld      a0, -16(s1)
    PHEX    "sd/ld", a0                     /* = 0x1122334455667788 */
    li      t0, 0xabcdef
    sb      t0, -16(s1)
    ld      a0, -16(s1)
    PHEX    "sb low byte", a0               /* = 0x11223344556677ef */
    li      t0, 0xffff1234
    sh      t0, -14(s1)
    ld      a0, -16(s1)
    PHEX    "sh low half", a0               /* = 0x11223344123477ef */
    li      t0, 0xdeadbeefcafef00d
    sw      t0, -12(s1)
    ld      a0, -16(s1)
    PHEX    "sw low word", a0               /* = 0xcafef00d123477ef */
    lw      a0, -12(s1)
    PHEX    "lw stored", a0                 /* = 0xffffffffcafef00d */
    lwu     a0, -12(s1)
    PHEX    "lwu stored", a0                /* = 0xcafef00d */
    lhu     a0, -10(s1)
    PHEX    "lhu stored", a0                /* = 0xcafe */
    lb      a0, -9(s1)
    PHEX    "lb stored", a0                 /* = 0xffffffffffffffca */
    ld      a0, -8(s1)
    PHEX    "neighbour after", a0           /* = 0: untouched */
    ld      a0, -24(s1)
    PHEX    "neighbour before", a0          /* = 0: untouched */

    /* extreme offsets */
    li      t0, 0x0102030405060708
    sd      t0, -2048(s1)
    li      t0, 0x1112131415161718
    sd      t0, 2040(s1)
    lla     t1, dst
    ld      a0, 0(t1)
    PHEX    "sd -2048", a0                  /* = 0x0102030405060708: at dst + 0 */
    li      t2, 4088
    add     t1, t1, t2
    ld      a0, 0(t1)
    PHEX    "sd 2040", a0                   /* = 0x1112131415161718: at dst + 4088 */
    lbu     a0, 2047(s1)
    PHEX    "lbu 2047", a0                  /* = 0x11: last byte of dst */
    lb      a0, -2048(s1)
    PHEX    "lb -2048", a0                  /* = 8 */
    li      t0, 0x80
    sb      t0, 2047(s1)
    lb      a0, 2047(s1)
    PHEX    "sb/lb 2047", a0                /* = 0xffffffffffffff80 */

    /* rd == rs1 */
    lla     a0, ptr
    ld      a0, 0(a0)
    ld      a0, 0(a0)
    PHEX    "ld a0,0(a0) twice", a0         /* = 0x8887868584838281: ptr -> src */
    /* load into x0: the load happens, x0 stays 0 */
    ld      zero, 0(s0)
    mv      a0, zero
    PHEX    "ld x0", a0                     /* = 0 */
    /* store of x0 */
    sd      zero, -16(s1)
    ld      a0, -16(s1)
    PHEX    "sd x0", a0                     /* = 0 */
    EXIT    0
RVTEST_END

    .data
    .balign 16
src:
    .byte 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88
    .byte 0x7f, 0x7e, 0x7d, 0x7c, 0x01, 0x02, 0x03, 0x04
ptr:
    .dword src
    .bss
    .balign 16
dst:
    .space 4096
