/*
 * RV64I register-immediate instructions: addi slti sltiu xori ori andi
 * slli srli srai and the W forms addiw slliw srliw sraiw, with edge values.
 * Expected values (after "=") are derived by hand from the ISA manual:
 * immediates are 12-bit sign-extended; sltiu compares against the
 * sign-extended immediate as unsigned; shift amounts are 6 bits (5 for W);
 * W forms compute on the low 32 bits and sign-extend the 32-bit result.
 * M = INT64_MAX = 0x7fffffffffffffff, m = INT64_MIN = 0x8000000000000000.
 * No compressed instructions here (.option norvc): these are the 32-bit forms.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc

    /* addi */
    li      t0, 0
    addi    a0, t0, 0
    PHEX    "addi 0+0", a0                  /* = 0 */
    li      t0, -1
    addi    a0, t0, 1
    PHEX    "addi -1+1", a0                 /* = 0 */
    li      t0, 0x7fffffffffffffff
    addi    a0, t0, 1
    PHEX    "addi M+1", a0                  /* = 0x8000000000000000: wraps to m */
    li      t0, 0x8000000000000000
    addi    a0, t0, -1
    PHEX    "addi m-1", a0                  /* = 0x7fffffffffffffff: wraps to M */
    addi    a0, zero, -2048
    PHEX    "addi 0-2048", a0               /* = 0xfffffffffffff800: imm sign-extended */
    addi    a0, zero, 2047
    PHEX    "addi 0+2047", a0               /* = 0x7ff */
    li      t0, 0x7fffffff
    addi    a0, t0, 1
    PHEX    "addi 0x7fffffff+1", a0         /* = 0x80000000: 64-bit add, no sign-extension */
    li      a0, 0x123
    addi    a0, a0, 0x10
    PHEX    "addi rd=rs1", a0               /* = 0x133 */

    /* addiw: low 32 bits of rs1 + imm, sign-extended */
    li      t0, 0x7fffffff
    addiw   a0, t0, 1
    PHEX    "addiw 0x7fffffff+1", a0        /* = 0xffffffff80000000: bit 31 set */
    li      t0, 0x80000000
    addiw   a0, t0, 0
    PHEX    "addiw 0x80000000+0", a0        /* = 0xffffffff80000000: sext.w */
    li      t0, 0xffffffff
    addiw   a0, t0, 1
    PHEX    "addiw 0xffffffff+1", a0        /* = 0: low 32 bits wrap to 0 */
    li      t0, 0x123456789abcdef0
    addiw   a0, t0, 0
    PHEX    "addiw sext", a0                /* = 0xffffffff9abcdef0: low word 0x9abcdef0 */
    li      t0, -1
    addiw   a0, t0, -2048
    PHEX    "addiw -1-2048", a0             /* = 0xfffffffffffff7ff: -2049 */
    li      t0, 0x8000000000000000
    addiw   a0, t0, -1
    PHEX    "addiw m-1", a0                 /* = 0xffffffffffffffff: low word 0 - 1 */
    li      t0, 0x17fffffff
    addiw   a0, t0, 1
    PHEX    "addiw hi ignored", a0          /* = 0xffffffff80000000: bit 32 ignored */

    /* slti: signed compare with the sign-extended immediate */
    li      t0, -1
    slti    a0, t0, 0
    PHEX    "slti -1<0", a0                 /* = 1 */
    slti    a0, zero, 0
    PHEX    "slti 0<0", a0                  /* = 0 */
    li      t0, 0x8000000000000000
    slti    a0, t0, -2048
    PHEX    "slti m<-2048", a0              /* = 1 */
    li      t0, 0x7fffffffffffffff
    slti    a0, t0, 2047
    PHEX    "slti M<2047", a0               /* = 0 */
    li      t0, 2046
    slti    a0, t0, 2047
    PHEX    "slti 2046<2047", a0            /* = 1 */
    li      t0, -2048
    slti    a0, t0, -2048
    PHEX    "slti -2048<-2048", a0          /* = 0 */
    li      t0, 0x80000000
    slti    a0, t0, -1
    PHEX    "slti 0x80000000<-1", a0        /* = 0: positive in 64 bits */

    /* sltiu: immediate sign-extended, then compared unsigned */
    sltiu   a0, zero, 1
    PHEX    "sltiu 0<1", a0                 /* = 1 */
    sltiu   a0, zero, 0
    PHEX    "sltiu 0<0", a0                 /* = 0 */
    li      t0, 5
    sltiu   a0, t0, -1
    PHEX    "sltiu 5<-1", a0                /* = 1: -1 is 0xffffffffffffffff */
    li      t0, -1
    sltiu   a0, t0, -1
    PHEX    "sltiu -1<-1", a0               /* = 0 */
    li      t0, 0x8000000000000000
    sltiu   a0, t0, -2048
    PHEX    "sltiu m<-2048", a0             /* = 1: 0x8000... < 0xffff...f800 */
    li      t0, -2048
    sltiu   a0, t0, -2048
    PHEX    "sltiu -2048<-2048", a0         /* = 0 */
    li      t0, 1
    seqz    a0, t0
    PHEX    "seqz 1", a0                    /* = 0: sltiu rd, rs, 1 */

    /* xori */
    li      t0, 0x00ff00ff00ff00ff
    xori    a0, t0, -1
    PHEX    "xori not", a0                  /* = 0xff00ff00ff00ff00 */
    xori    a0, zero, 0x7ff
    PHEX    "xori 0^0x7ff", a0              /* = 0x7ff */
    li      t0, 0x123
    xori    a0, t0, -2048
    PHEX    "xori 0x123^-2048", a0          /* = 0xfffffffffffff923 */
    li      t0, 0x7fffffffffffffff
    xori    a0, t0, -1
    PHEX    "xori M^-1", a0                 /* = 0x8000000000000000 */

    /* ori */
    ori     a0, zero, -2048
    PHEX    "ori 0|-2048", a0               /* = 0xfffffffffffff800 */
    li      t0, 0x8000000000000000
    ori     a0, t0, 1
    PHEX    "ori m|1", a0                   /* = 0x8000000000000001 */
    li      t0, 0xf0
    ori     a0, t0, 0x70f
    PHEX    "ori 0xf0|0x70f", a0            /* = 0x7ff */

    /* andi */
    li      t0, -1
    andi    a0, t0, 0x7ff
    PHEX    "andi -1&0x7ff", a0             /* = 0x7ff */
    li      t0, 0x123456789abcdef0
    andi    a0, t0, -16
    PHEX    "andi x&-16", a0                /* = 0x123456789abcdef0 */
    andi    a0, t0, -2048
    PHEX    "andi x&-2048", a0              /* = 0x123456789abcd800: 0xdef0 & 0xf800 = 0xd800 */
    li      t0, 0x8000000000000000
    andi    a0, t0, 1
    PHEX    "andi m&1", a0                  /* = 0 */

    /* slli: shamt 0..63 */
    li      t0, 1
    slli    a0, t0, 0
    PHEX    "slli 1<<0", a0                 /* = 1 */
    slli    a0, t0, 31
    PHEX    "slli 1<<31", a0                /* = 0x80000000: no sign-extension */
    slli    a0, t0, 32
    PHEX    "slli 1<<32", a0                /* = 0x100000000 */
    slli    a0, t0, 63
    PHEX    "slli 1<<63", a0                /* = 0x8000000000000000 */
    li      t0, -1
    slli    a0, t0, 63
    PHEX    "slli -1<<63", a0               /* = 0x8000000000000000 */
    li      t0, 0x123456789abcdef0
    slli    a0, t0, 4
    PHEX    "slli x<<4", a0                 /* = 0x23456789abcdef00 */

    /* srli */
    li      t0, 0x8000000000000000
    srli    a0, t0, 63
    PHEX    "srli m>>63", a0                /* = 1 */
    li      t0, -1
    srli    a0, t0, 0
    PHEX    "srli -1>>0", a0                /* = -1 */
    srli    a0, t0, 1
    PHEX    "srli -1>>1", a0                /* = 0x7fffffffffffffff */
    srli    a0, t0, 32
    PHEX    "srli -1>>32", a0               /* = 0xffffffff */
    srli    a0, t0, 63
    PHEX    "srli -1>>63", a0               /* = 1 */
    li      t0, 0x80000000
    srli    a0, t0, 31
    PHEX    "srli 0x80000000>>31", a0       /* = 1 */

    /* srai */
    li      t0, 0x8000000000000000
    srai    a0, t0, 63
    PHEX    "srai m>>63", a0                /* = -1 */
    srai    a0, t0, 1
    PHEX    "srai m>>1", a0                 /* = 0xc000000000000000 */
    srai    a0, t0, 32
    PHEX    "srai m>>32", a0                /* = 0xffffffff80000000 */
    li      t0, 0x7fffffffffffffff
    srai    a0, t0, 63
    PHEX    "srai M>>63", a0                /* = 0 */
    li      t0, -1
    srai    a0, t0, 32
    PHEX    "srai -1>>32", a0               /* = -1 */
    li      t0, 0x80000000
    srai    a0, t0, 31
    PHEX    "srai 0x80000000>>31", a0       /* = 1: positive in 64 bits */
    li      t0, 0x123456789abcdef0
    srai    a0, t0, 0
    PHEX    "srai x>>0", a0                 /* = 0x123456789abcdef0 */

    /* slliw: low 32 bits shifted, result sign-extended */
    li      t0, 1
    slliw   a0, t0, 31
    PHEX    "slliw 1<<31", a0               /* = 0xffffffff80000000 */
    slliw   a0, t0, 0
    PHEX    "slliw 1<<0", a0                /* = 1 */
    li      t0, 0xffffffff
    slliw   a0, t0, 0
    PHEX    "slliw 0xffffffff<<0", a0       /* = -1 */
    li      t0, 0x12345678
    slliw   a0, t0, 4
    PHEX    "slliw 0x12345678<<4", a0       /* = 0x23456780 */
    li      t0, 0x100000001
    slliw   a0, t0, 31
    PHEX    "slliw 0x100000001<<31", a0     /* = 0xffffffff80000000: bit 32 ignored */
    li      t0, 3
    slliw   a0, t0, 31
    PHEX    "slliw 3<<31", a0               /* = 0xffffffff80000000: bit 32 dropped */

    /* srliw: logical shift of the low 32 bits, result sign-extended */
    li      t0, 0x80000000
    srliw   a0, t0, 31
    PHEX    "srliw 0x80000000>>31", a0      /* = 1 */
    srliw   a0, t0, 0
    PHEX    "srliw 0x80000000>>0", a0       /* = 0xffffffff80000000: shift 0 sign-extends */
    li      t0, -1
    srliw   a0, t0, 1
    PHEX    "srliw -1>>1", a0               /* = 0x7fffffff */
    li      t0, 0xabcdef0180000000
    srliw   a0, t0, 4
    PHEX    "srliw hi ignored", a0          /* = 0x08000000 */
    li      t0, 0xffffffff
    srliw   a0, t0, 31
    PHEX    "srliw 0xffffffff>>31", a0      /* = 1 */

    /* sraiw: arithmetic shift of the low 32 bits */
    li      t0, 0x80000000
    sraiw   a0, t0, 31
    PHEX    "sraiw 0x80000000>>31", a0      /* = -1 */
    sraiw   a0, t0, 0
    PHEX    "sraiw 0x80000000>>0", a0       /* = 0xffffffff80000000 */
    li      t0, 0x7fffffff
    sraiw   a0, t0, 31
    PHEX    "sraiw 0x7fffffff>>31", a0      /* = 0 */
    li      t0, 0xffff0000
    sraiw   a0, t0, 16
    PHEX    "sraiw 0xffff0000>>16", a0      /* = -1 */
    li      t0, 0x7fffffff00000000
    sraiw   a0, t0, 1
    PHEX    "sraiw hi ignored", a0          /* = 0: low word is 0 */
    li      t0, 0x40000000
    sraiw   a0, t0, 30
    PHEX    "sraiw 0x40000000>>30", a0      /* = 1 */

    /* x0 is hard-wired to zero */
    addi    zero, zero, 5
    addi    a0, zero, 0
    PHEX    "x0 after addi x0", a0          /* = 0 */
    li      a0, 77
    slli    zero, a0, 3
    or      a0, zero, zero
    PHEX    "x0 after slli x0", a0          /* = 0 */

    EXIT    0
RVTEST_END
