/*
 * Explicit compressed (C extension) instructions, each with edge values:
 * c.addi4spn c.lw c.ld c.sw c.sd c.addi c.addiw c.li c.lui c.addi16sp
 * c.srli c.srai c.andi c.sub c.xor c.or c.and c.subw c.addw c.j c.beqz
 * c.bnez c.slli c.lwsp c.ldsp c.swsp c.sdsp c.jr c.jalr c.mv c.add c.nop.
 * (c.ebreak: rvc-ebreak.S; the illegal 0x0000: rvc-illegal.S.)
 * Expected values (after "=") derived by hand from the C chapter of the
 * ISA manual: each expands to its 32-bit equivalent; immediates as noted.
 * The printing helper (rvtest.h) is not part of what is tested.
 */
#include "rvtest.h"

RVTEST_START
    addi    sp, sp, -512                    /* 32-bit form: frame for the sp tests */
    mv      s10, sp                         /* s10: reference sp */

    /* c.addi4spn rd', sp, nzuimm (multiple of 4, 4..1020) */
    c.addi4spn a0, sp, 16
    sub     t0, a0, s10
    PHEX    "c.addi4spn 16", t0             /* = 16 */
    c.addi4spn a1, sp, 1020
    sub     t0, a1, s10
    PHEX    "c.addi4spn 1020", t0           /* = 1020 */

    /* c.sw/c.lw (offset 0..124), c.sd/c.ld (offset 0..248); base s0 */
    lla     s0, buf
    li      a0, 0x80000001
    c.sw    a0, 4(s0)
    c.lw    a1, 4(s0)
    PHEX    "c.sw/c.lw sext", a1            /* = 0xffffffff80000001 */
    li      a0, 0x7eadbeef
    c.sw    a0, 124(s0)
    c.lw    a2, 124(s0)
    PHEX    "c.lw 124", a2                  /* = 0x7eadbeef */
    li      a0, 0x8123456789abcdef
    c.sd    a0, 248(s0)
    c.ld    a3, 248(s0)
    PHEX    "c.sd/c.ld 248", a3             /* = 0x8123456789abcdef */
    c.ld    a4, 0(s0)
    PHEX    "c.ld 0", a4                    /* = 0x8000000100000000: word at 4 holds 0x80000001 */

    /* c.addi rd, nzimm[5:0] (-32..31) */
    li      a0, 0
    c.addi  a0, -32
    PHEX    "c.addi -32", a0                /* = 0xffffffffffffffe0 */
    c.addi  a0, 31
    PHEX    "c.addi +31", a0                /* = -1 */
    li      a0, 0x7fffffffffffffff
    c.addi  a0, 1
    PHEX    "c.addi M+1", a0                /* = 0x8000000000000000 */

    /* c.addiw rd, imm (imm 0 is sext.w) */
    li      a0, 0x7fffffff
    c.addiw a0, 1
    PHEX    "c.addiw 0x7fffffff+1", a0      /* = 0xffffffff80000000 */
    li      a0, 0x180000000
    c.addiw a0, 0
    PHEX    "c.addiw sext.w", a0            /* = 0xffffffff80000000 */
    li      a0, 0
    c.addiw a0, -1
    PHEX    "c.addiw 0-1", a0               /* = -1 */

    /* c.li rd, imm[5:0] */
    c.li    a0, -32
    PHEX    "c.li -32", a0                  /* = 0xffffffffffffffe0 */
    c.li    a0, 31
    PHEX    "c.li 31", a0                   /* = 0x1f */
    c.li    t6, 0
    PHEX    "c.li t6 0", t6                 /* = 0 */

    /* c.lui rd, nzimm[17:12] (6-bit signed, shifted by 12) */
    c.lui   a0, 1
    PHEX    "c.lui 1", a0                   /* = 0x1000 */
    c.lui   a0, 31
    PHEX    "c.lui 31", a0                  /* = 0x1f000 */
    c.lui   a0, 0xfffe0
    PHEX    "c.lui -32", a0                 /* = 0xfffffffffffe0000 */
    c.lui   a0, 0xfffff
    PHEX    "c.lui -1", a0                  /* = 0xfffffffffffff000 */

    /* c.addi16sp sp, nzimm (multiple of 16, -512..496) */
    c.addi16sp sp, -512
    sub     t0, s10, sp
    PHEX    "c.addi16sp -512", t0           /* = 512 */
    c.addi16sp sp, 496
    sub     t0, s10, sp
    PHEX    "c.addi16sp +496", t0           /* = 16 */
    c.addi16sp sp, 16
    sub     t0, s10, sp
    PHEX    "c.addi16sp +16", t0            /* = 0 */

    /* c.srli / c.srai / c.slli: shamt 1..63 */
    li      a0, 0x8000000000000000
    c.srli  a0, 63
    PHEX    "c.srli m>>63", a0              /* = 1 */
    li      a0, -1
    c.srli  a0, 32
    PHEX    "c.srli -1>>32", a0             /* = 0xffffffff */
    li      a0, -1
    c.srli  a0, 1
    PHEX    "c.srli -1>>1", a0              /* = 0x7fffffffffffffff */
    li      a0, 0x8000000000000000
    c.srai  a0, 63
    PHEX    "c.srai m>>63", a0              /* = -1 */
    li      a0, 0x8000000000000000
    c.srai  a0, 32
    PHEX    "c.srai m>>32", a0              /* = 0xffffffff80000000 */
    li      a0, 0x4000000000000000
    c.srai  a0, 1
    PHEX    "c.srai 2^62>>1", a0            /* = 0x2000000000000000 */
    li      a0, 1
    c.slli  a0, 63
    PHEX    "c.slli 1<<63", a0              /* = 0x8000000000000000 */
    li      a0, -1
    c.slli  a0, 32
    PHEX    "c.slli -1<<32", a0             /* = 0xffffffff00000000 */
    li      t5, 3
    c.slli  t5, 1
    PHEX    "c.slli t5", t5                 /* = 6: c.slli takes any rd */

    /* c.andi rd', imm[5:0] sign-extended */
    li      a0, -1
    c.andi  a0, -32
    PHEX    "c.andi -1&-32", a0             /* = 0xffffffffffffffe0 */
    li      a0, 0x12345
    c.andi  a0, 31
    PHEX    "c.andi 0x12345&31", a0         /* = 5 */
    li      a0, 0x12345
    c.andi  a0, 0
    PHEX    "c.andi x&0", a0                /* = 0 */

    /* CA format: c.sub c.xor c.or c.and c.subw c.addw */
    li      a0, 5
    li      a1, 7
    c.sub   a0, a1
    PHEX    "c.sub 5-7", a0                 /* = -2 */
    li      a0, 0x5555555555555555
    li      a1, 0xffffffff00000000
    c.xor   a0, a1
    PHEX    "c.xor", a0                     /* = 0xaaaaaaaa55555555 */
    li      a0, 0x8000000000000000
    li      a1, 1
    c.or    a0, a1
    PHEX    "c.or", a0                      /* = 0x8000000000000001 */
    li      a0, 0xf0f0f0f0f0f0f0f0
    li      a1, 0xff00ff00ff00ff00
    c.and   a0, a1
    PHEX    "c.and", a0                     /* = 0xf000f000f000f000 */
    li      a0, 0x80000000
    li      a1, 1
    c.subw  a0, a1
    PHEX    "c.subw 0x80000000-1", a0       /* = 0x7fffffff */
    li      a0, 0
    li      a1, 0x80000000
    c.subw  a0, a1
    PHEX    "c.subw 0-0x80000000", a0       /* = 0xffffffff80000000 */
    li      a0, 0x7fffffff
    li      a1, 1
    c.addw  a0, a1
    PHEX    "c.addw 0x7fffffff+1", a0       /* = 0xffffffff80000000 */
    li      a0, 0x1ffffffff
    li      a1, 0x100000001
    c.addw  a0, a1
    PHEX    "c.addw hi ignored", a0         /* = 0: 0xffffffff + 1 */

    /* c.j, c.beqz, c.bnez (full 64-bit compare with zero) */
    li      s1, 0
    c.j     1f
    c.li    s1, 9                           /* skipped */
1:  li      a0, 0
    slli    s1, s1, 1
    c.beqz  a0, 2f
    j       3f
2:  ori     s1, s1, 1
3:  li      a0, 0x100000000
    slli    s1, s1, 1
    c.beqz  a0, 2f
    j       3f
2:  ori     s1, s1, 1
3:  li      a0, 0x8000000000000000
    slli    s1, s1, 1
    c.bnez  a0, 2f
    j       3f
2:  ori     s1, s1, 1
3:  li      a0, 0
    slli    s1, s1, 1
    c.bnez  a0, 2f
    j       3f
2:  ori     s1, s1, 1
3:  PHEX    "c.beqz/c.bnez", s1             /* = 0xa: 1 0 1 0 */
    /* backward c.bnez loop and c.j */
    li      a0, 0
    li      a1, 5
4:  c.addi  a0, 3
    c.addi  a1, -1
    c.bnez  a1, 4b
    PHEX    "c.bnez loop", a0               /* = 15 */

    /* sp-relative: c.swsp (0..252) c.lwsp c.sdsp (0..504) c.ldsp */
    li      t0, 0xfffffffe
    c.swsp  t0, 252(sp)
    c.lwsp  t1, 252(sp)
    PHEX    "c.swsp/c.lwsp 252", t1         /* = 0xfffffffffffffffe */
    li      t0, 0x0102030405060708
    c.sdsp  t0, 504(sp)
    c.ldsp  t2, 504(sp)
    PHEX    "c.sdsp/c.ldsp 504", t2         /* = 0x0102030405060708 */
    c.sdsp  t0, 0(sp)
    c.lwsp  t3, 4(sp)
    PHEX    "c.lwsp 4", t3                  /* = 0x01020304 */
    ld      t4, 504(s10)
    PHEX    "c.sdsp via ld", t4             /* = 0x0102030405060708 */

    /* c.mv, c.add (any registers) */
    li      t1, 0x123456789
    c.mv    t2, t1
    PHEX    "c.mv", t2                      /* = 0x123456789 */
    li      t2, 0x7fffffffffffffff
    li      t1, 2
    c.add   t2, t1
    PHEX    "c.add M+2", t2                 /* = 0x8000000000000001 */
    c.nop

    /* c.jalr (links ra = pc + 2) and c.jr */
    lla     t1, cfun
    c.jalr  t1
5:  lla     t0, 5b
    sub     a0, a1, t0
    PHEX    "c.jalr link - next", a0        /* = 0 */
    lla     t1, 6f
    c.jr    t1
    c.li    a0, 7                           /* skipped */
6:  li      a0, 0
    PHEX    "c.jr", a0                      /* = 0 */

    addi    sp, sp, 512
    EXIT    0

cfun:
    c.mv    a1, ra
    c.jr    ra
RVTEST_END

    .data
    .balign 8
buf:
    .space  256
