/* SPDX-License-Identifier: MIT */
/*
 * Every rounding mode, static (rm field: rne rtz rdn rup rmm) and dynamic
 * (fsrm then rm = dyn), on ties and non-ties of each rounding op: add, mul,
 * div (a subnormal tie), sqrt, fma, fcvt.s.d, fcvt.d.l, fcvt.w.d.
 * fp-rounding-modes.expected is derived by hand (comments give the math).
 */
#include "fp-util.h"

/* One line per mode: static rm, then the same via frm. */
#define MODES(label, PR, OP, ...)                                              \
    do {                                                                       \
        PR(label " rne", OP(", rne", __VA_ARGS__));                            \
        PR(label " rtz", OP(", rtz", __VA_ARGS__));                            \
        PR(label " rdn", OP(", rdn", __VA_ARGS__));                            \
        PR(label " rup", OP(", rup", __VA_ARGS__));                            \
        PR(label " rmm", OP(", rmm", __VA_ARGS__));                            \
        for (unsigned rm_ = 0; rm_ <= 4; rm_++) {                              \
            char l_[64];                                                       \
            snprintf(l_, sizeof(l_), "%s dyn%u", label, rm_);                  \
            fp_set_frm(rm_);                                                   \
            PR(l_, OP("", __VA_ARGS__));                                       \
        }                                                                      \
        fp_set_frm(0);                                                         \
    } while (0)

#define ADD_S(rm, a, b) FP_OP2("fadd.s", S, rm, a, b)
#define ADD_D(rm, a, b) FP_OP2("fadd.d", D, rm, a, b)
#define SUB_S(rm, a, b) FP_OP2("fsub.s", S, rm, a, b)
#define MUL_D(rm, a, b) FP_OP2("fmul.d", D, rm, a, b)
#define MUL_S(rm, a, b) FP_OP2("fmul.s", S, rm, a, b)
#define DIV_D(rm, a, b) FP_OP2("fdiv.d", D, rm, a, b)
#define DIV_S(rm, a, b) FP_OP2("fdiv.s", S, rm, a, b)
#define SQRT_S(rm, a) FP_OP1("fsqrt.s", S, S, rm, a)
#define SQRT_D(rm, a) FP_OP1("fsqrt.d", D, D, rm, a)
#define FMA_D(rm, a, b, c) FP_OP3("fmadd.d", D, rm, a, b, c)
#define FNMADD_D(rm, a, b, c) FP_OP3("fnmadd.d", D, rm, a, b, c)
#define FMA_S(rm, a, b, c) FP_OP3("fmadd.s", S, rm, a, b, c)
#define CVT_S_D(rm, a) FP_OP1("fcvt.s.d", S, D, rm, a)
#define CVT_D_L(rm, a) FP_FROMX("fcvt.d.l", D, rm, a)
#define CVT_S_W(rm, a) FP_FROMX("fcvt.s.w", S, rm, a)
#define CVT_W_D(rm, a) FP_TOX("fcvt.w.d", D, rm, a)
#define CVT_L_S(rm, a) FP_TOX("fcvt.l.s", S, rm, a)

static void pr_x(const char *label, uint64_t r)
{
    printf("%s: %lld %02x\n", label, (long long)r, (unsigned)fp_flags);
}

int main(void)
{
    /* 1 + 2^-24: the tie between 1 and 1 + ulp */
    MODES("fadd.s 1+2^-24", pr_s, ADD_S, 0x3f800000, 0x33800000);
    /* -1 - 2^-24 */
    MODES("fadd.s -1-2^-24", pr_s, ADD_S, 0xbf800000, 0xb3800000);
    /* 1 + 1.5 ulp: the tie between 1 + ulp (odd) and 1 + 2 ulp */
    MODES("fadd.s 1+1.5ulp", pr_s, ADD_S, 0x3f800000, 0x34400000);
    /* 1 + 0.75 ulp, not a tie */
    MODES("fsub.s 1-(-0.75ulp)", pr_s, SUB_S, 0x3f800000, 0xb3c00000);
    /* doubles: 1 + 2^-53 */
    MODES("fadd.d 1+2^-53", pr_d, ADD_D, 0x3ff0000000000000, 0x3ca0000000000000);
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp */
    MODES("fmul.d 3*(1+3ulp)", pr_d, MUL_D, 0x4008000000000000, 0x3ff0000000000003);
    MODES("fmul.s -3*(1+3ulp)", pr_s, MUL_S, 0xc0400000, 0x3f800003);
    /* 5 * 2^-1074 / 2 = 2.5 * 2^-1074 */
    MODES("fdiv.d 5*2^-1074/2", pr_d, DIV_D, 5, 0x4000000000000000);
    /* 1/3 */
    MODES("fdiv.s 1/3", pr_s, DIV_S, 0x3f800000, 0x40400000);
    /* sqrt 2 */
    MODES("fsqrt.s 2", pr_s, SQRT_S, 0x40000000);
    MODES("fsqrt.d 2", pr_d, SQRT_D, 0x4000000000000000);
    /* 2^-27 * 2^-26 + (1 + 2 ulp) = 1 + 2.5 ulp */
    MODES("fmadd.d 1+2.5ulp", pr_d, FMA_D, 0x3e40000000000000, 0x3e50000000000000,
          0x3ff0000000000002);
    MODES("fnmadd.d -(1+2.5ulp)", pr_d, FNMADD_D, 0x3e40000000000000,
          0x3e50000000000000, 0x3ff0000000000002);
    /* 2^-12 * 2^-12 + (1 + 2 ulp) */
    MODES("fmadd.s 1+2.5ulp", pr_s, FMA_S, 0x39800000, 0x39800000, 0x3f800002);
    /* fcvt.s.d of 1 + 2^-24 */
    MODES("fcvt.s.d 1+2^-24", pr_s, CVT_S_D, 0x3ff0000010000000);
    /* fcvt.d.l of 2^53 + 1 */
    MODES("fcvt.d.l 2^53+1", pr_d, CVT_D_L, 0x20000000000001);
    /* fcvt.s.w of -(2^24 + 1) */
    MODES("fcvt.s.w -(2^24+1)", pr_s, CVT_S_W, -0x1000001);
    /* fcvt.w.d of 2.5 and -2.5; fcvt.l.s of -3.5 */
    MODES("fcvt.w.d 2.5", pr_x, CVT_W_D, 0x4004000000000000);
    MODES("fcvt.w.d -2.5", pr_x, CVT_W_D, 0xc004000000000000);
    MODES("fcvt.l.s -3.5", pr_x, CVT_L_S, 0xc0600000);
    return 0;
}
