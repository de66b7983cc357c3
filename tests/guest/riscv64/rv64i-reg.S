/*
 * RV64I register-register instructions: add sub sll slt sltu xor srl sra
 * or and, and the W forms addw subw sllw srlw sraw, with edge values and
 * register aliasing (rd == rs1 == rs2, x0 operands).
 * Expected values (after "=") derived by hand from the ISA manual: shifts
 * use rs2[5:0] (rs2[4:0] for W forms); W forms operate on the low 32 bits
 * and sign-extend the 32-bit result to 64 bits.
 * M = INT64_MAX, m = INT64_MIN.  32-bit encodings only (.option norvc).
 */
#include "rvtest.h"

.macro RR op, a, b
    li      t0, \a
    li      t1, \b
    \op     a0, t0, t1
.endm

RVTEST_START
    .option norvc

    RR add, 0x7fffffffffffffff, 1
    PHEX "add M+1", a0                      /* = 0x8000000000000000 */
    RR add, -1, -1
    PHEX "add -1+-1", a0                    /* = 0xfffffffffffffffe */
    RR add, 0x8000000000000000, 0x8000000000000000
    PHEX "add m+m", a0                      /* = 0: carry out of bit 63 lost */
    RR add, 0xffffffff, 1
    PHEX "add 0xffffffff+1", a0             /* = 0x100000000: carry into bit 32 */

    RR sub, 0, 1
    PHEX "sub 0-1", a0                      /* = -1 */
    RR sub, 0x8000000000000000, 1
    PHEX "sub m-1", a0                      /* = 0x7fffffffffffffff */
    RR sub, 0, 0x8000000000000000
    PHEX "sub 0-m", a0                      /* = 0x8000000000000000 */
    RR sub, 5, 7
    PHEX "sub 5-7", a0                      /* = -2 */
    RR sub, 0x100000000, 1
    PHEX "sub 0x100000000-1", a0            /* = 0xffffffff: borrow from bit 32 */

    RR sll, 1, 63
    PHEX "sll 1<<63", a0                    /* = 0x8000000000000000 */
    RR sll, 1, 64
    PHEX "sll 1<<64", a0                    /* = 1: shift amount 64 & 63 = 0 */
    RR sll, 1, 65
    PHEX "sll 1<<65", a0                    /* = 2: 65 & 63 = 1 */
    RR sll, -1, 32
    PHEX "sll -1<<32", a0                   /* = 0xffffffff00000000 */
    RR sll, 1, -1
    PHEX "sll 1<<-1", a0                    /* = 0x8000000000000000: -1 & 63 = 63 */
    RR sll, 0x123456789abcdef0, 0
    PHEX "sll x<<0", a0                     /* = 0x123456789abcdef0 */

    RR slt, 0x8000000000000000, 0x7fffffffffffffff
    PHEX "slt m<M", a0                      /* = 1 */
    RR slt, 0x7fffffffffffffff, 0x8000000000000000
    PHEX "slt M<m", a0                      /* = 0 */
    RR slt, -1, 0
    PHEX "slt -1<0", a0                     /* = 1 */
    RR slt, 0, -1
    PHEX "slt 0<-1", a0                     /* = 0 */
    RR slt, 5, 5
    PHEX "slt 5<5", a0                      /* = 0 */
    RR slt, 0x80000000, 0x7fffffff
    PHEX "slt 0x80000000<0x7fffffff", a0    /* = 0: both positive in 64 bits */

    RR sltu, 0x8000000000000000, 0x7fffffffffffffff
    PHEX "sltu m<M", a0                     /* = 0 */
    RR sltu, 0x7fffffffffffffff, 0x8000000000000000
    PHEX "sltu M<m", a0                     /* = 1 */
    RR sltu, 0, -1
    PHEX "sltu 0<-1", a0                    /* = 1 */
    RR sltu, -1, 0
    PHEX "sltu -1<0", a0                    /* = 0 */
    RR sltu, 7, 7
    PHEX "sltu 7<7", a0                     /* = 0 */
    li      t1, 7
    sltu    a0, zero, t1
    PHEX "snez 7", a0                       /* = 1: sltu rd, x0, rs2 */
    sltu    a0, zero, zero
    PHEX "snez 0", a0                       /* = 0 */

    RR xor, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
    PHEX "xor 55..^aa..", a0                /* = -1 */
    RR xor, 0x7fffffffffffffff, 0x8000000000000000
    PHEX "xor M^m", a0                      /* = -1 */
    RR xor, 0x123456789abcdef0, 0x123456789abcdef0
    PHEX "xor x^x", a0                      /* = 0 */
    RR xor, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0
    PHEX "xor ff00^0ff0", a0                /* = 0xf0f0f0f0f0f0f0f0 */

    RR srl, 0x8000000000000000, 63
    PHEX "srl m>>63", a0                    /* = 1 */
    RR srl, -1, 64
    PHEX "srl -1>>64", a0                   /* = -1: 64 & 63 = 0 */
    RR srl, -1, 32
    PHEX "srl -1>>32", a0                   /* = 0xffffffff */
    RR srl, 0x8000000000000000, 127
    PHEX "srl m>>127", a0                   /* = 1: 127 & 63 = 63 */
    RR srl, 0x8000000000000000, 31
    PHEX "srl m>>31", a0                    /* = 0x100000000 */

    RR sra, 0x8000000000000000, 63
    PHEX "sra m>>63", a0                    /* = -1 */
    RR sra, 0x8000000000000000, 64
    PHEX "sra m>>64", a0                    /* = 0x8000000000000000: 64 & 63 = 0 */
    RR sra, 0xff00000000000000, 4
    PHEX "sra 0xff00..>>4", a0              /* = 0xfff0000000000000 */
    RR sra, 0x7fffffffffffffff, 62
    PHEX "sra M>>62", a0                    /* = 1 */
    RR sra, 0x8000000000000000, 31
    PHEX "sra m>>31", a0                    /* = 0xffffffff00000000 */

    RR or, 0xf0f0f0f0f0f0f0f0, 0x0f0f0f0f0f0f0f0f
    PHEX "or f0|0f", a0                     /* = -1 */
    RR or, 0, 0
    PHEX "or 0|0", a0                       /* = 0 */
    RR or, 0x8000000000000000, 1
    PHEX "or m|1", a0                       /* = 0x8000000000000001 */

    RR and, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00
    PHEX "and f0&ff00", a0                  /* = 0xf000f000f000f000 */
    RR and, -1, 0x7fffffffffffffff
    PHEX "and -1&M", a0                     /* = 0x7fffffffffffffff */
    RR and, 0x8000000000000000, 0x7fffffffffffffff
    PHEX "and m&M", a0                      /* = 0 */

    RR addw, 0x7fffffff, 1
    PHEX "addw 0x7fffffff+1", a0            /* = 0xffffffff80000000 */
    RR addw, 0xffffffff, 1
    PHEX "addw 0xffffffff+1", a0            /* = 0 */
    RR addw, 0x100000000, 0x100000000
    PHEX "addw 2^32+2^32", a0               /* = 0: low words are 0 */
    RR addw, -1, 0
    PHEX "addw -1+0", a0                    /* = -1 */
    RR addw, 0x123456789abcdef0, 1
    PHEX "addw x+1", a0                     /* = 0xffffffff9abcdef1 */
    RR addw, 0x8000000000000005, 0x0000000100000003
    PHEX "addw hi ignored", a0              /* = 8 */

    RR subw, 0x80000000, 1
    PHEX "subw 0x80000000-1", a0            /* = 0x7fffffff */
    RR subw, 0, 0x80000000
    PHEX "subw 0-0x80000000", a0            /* = 0xffffffff80000000 */
    RR subw, 0, 1
    PHEX "subw 0-1", a0                     /* = -1 */
    RR subw, 0x100000005, 0x200000007
    PHEX "subw hi ignored", a0              /* = -2: 5 - 7 */

    RR sllw, 1, 31
    PHEX "sllw 1<<31", a0                   /* = 0xffffffff80000000 */
    RR sllw, 1, 32
    PHEX "sllw 1<<32", a0                   /* = 1: 32 & 31 = 0 */
    RR sllw, 1, 33
    PHEX "sllw 1<<33", a0                   /* = 2: 33 & 31 = 1 */
    RR sllw, 0xffffffff, 16
    PHEX "sllw 0xffffffff<<16", a0          /* = 0xffffffffffff0000 */
    RR sllw, 0x80000001, 1
    PHEX "sllw 0x80000001<<1", a0           /* = 2: bit 31 shifted out */
    RR sllw, 0x12345678, 0
    PHEX "sllw 0x12345678<<0", a0           /* = 0x12345678 */

    RR srlw, 0x80000000, 31
    PHEX "srlw 0x80000000>>31", a0          /* = 1 */
    RR srlw, 0x80000000, 32
    PHEX "srlw 0x80000000>>32", a0          /* = 0xffffffff80000000: 32 & 31 = 0, sext */
    RR srlw, 0xffffffff00000010, 4
    PHEX "srlw hi ignored", a0              /* = 1 */
    RR srlw, -1, 1
    PHEX "srlw -1>>1", a0                   /* = 0x7fffffff */
    RR srlw, -1, 63
    PHEX "srlw -1>>63", a0                  /* = 1: 63 & 31 = 31 */

    RR sraw, 0x80000000, 31
    PHEX "sraw 0x80000000>>31", a0          /* = -1 */
    RR sraw, 0x80000000, 32
    PHEX "sraw 0x80000000>>32", a0          /* = 0xffffffff80000000: 32 & 31 = 0 */
    RR sraw, 0x7fffffff, 30
    PHEX "sraw 0x7fffffff>>30", a0          /* = 1 */
    RR sraw, 0x80000000, 4
    PHEX "sraw 0x80000000>>4", a0           /* = 0xfffffffff8000000 */
    RR sraw, 0xffffffff7fffffff, 1
    PHEX "sraw hi ignored", a0              /* = 0x3fffffff */

    /* aliasing: rd == rs1 == rs2 */
    li      a0, 0x4000000000000001
    add     a0, a0, a0
    PHEX "add a0,a0,a0", a0                 /* = 0x8000000000000002 */
    sub     a0, a0, a0
    PHEX "sub a0,a0,a0", a0                 /* = 0 */
    li      a0, 3
    sll     a0, a0, a0
    PHEX "sll a0,a0,a0", a0                 /* = 0x18: 3 << 3 */
    /* x0 as source and destination */
    li      t0, 42
    sub     a0, zero, t0
    PHEX "neg 42", a0                       /* = -42 */
    add     zero, t0, t0
    add     a0, zero, zero
    PHEX "x0 stays 0", a0                   /* = 0 */
    li      t0, 0x80000000
    subw    a0, zero, t0
    PHEX "negw 0x80000000", a0              /* = 0xffffffff80000000 */

    EXIT    0
RVTEST_END
