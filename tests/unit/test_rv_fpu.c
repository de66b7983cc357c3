/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the RISC-V F/D helpers (target/riscv64/fpu*.c).  The
 * tables are derived by hand from IEEE 754-2008 and the RISC-V F/D
 * chapters (bit patterns in the comments); the random part checks every
 * rounding mode against an exact integer reference rounder written here,
 * which shares no code with the helpers.
 */
#include <criterion/criterion.h>
#include <fenv.h>
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include "target/riscv64/fpu.h"
#include "target/riscv64/trans.h"

#define S(x) (RV_FP_BOX_HI | (uint32_t)(x))
#define NX RV_FFLAG_NX
#define UF RV_FFLAG_UF
#define OF RV_FFLAG_OF
#define DZ RV_FFLAG_DZ
#define NV RV_FFLAG_NV
#define RNE RV_RM_RNE
#define RTZ RV_RM_RTZ
#define RDN RV_RM_RDN
#define RUP RV_RM_RUP
#define RMM RV_RM_RMM

/* Frequently used bit patterns. */
#define D_ONE 0x3ff0000000000000ull
#define D_QNAN 0x7ff8000000000000ull
#define D_SNAN 0x7ff0000000000001ull
#define D_INF 0x7ff0000000000000ull
#define F_ONE 0x3f800000u

static struct rv_cpu cpu;

struct fp_case {
    ir_helper_fn fn;
    const char *name;
    uint64_t a, b, c;
    unsigned rm, sel;
    uint64_t want;
    unsigned flags;
};

#define H(f) rv_fp_##f, #f

static void run_cases(const struct fp_case *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        cpu.fflags = 0;
        uint64_t got = t[i].fn(&cpu.common, t[i].a, t[i].b, t[i].c,
                               RV_FP_SEL(t[i].rm, t[i].sel));
        cr_expect_eq(got, t[i].want,
                     "case %zu %s(%#llx, %#llx, %#llx) rm %u sel %u = %#llx, want %#llx", i,
                     t[i].name, (unsigned long long)t[i].a, (unsigned long long)t[i].b,
                     (unsigned long long)t[i].c, t[i].rm, t[i].sel, (unsigned long long)got,
                     (unsigned long long)t[i].want);
        cr_expect_eq(cpu.fflags, t[i].flags,
                     "case %zu %s(%#llx, %#llx) rm %u: flags %#llx, want %#x", i, t[i].name,
                     (unsigned long long)t[i].a, (unsigned long long)t[i].b, t[i].rm,
                     (unsigned long long)cpu.fflags, t[i].flags);
    }
}

#define RUN(t) run_cases(t, sizeof(t) / sizeof(t[0]))

/* One row per rounding mode: a op b under RNE, RTZ, RDN, RUP, RMM. */
#define MODES(f, a, b, c, sel, rne, rtz, rdn, rup, rmm, fl)                        \
    {H(f), a, b, c, RNE, sel, rne, fl}, {H(f), a, b, c, RTZ, sel, rtz, fl},        \
        {H(f), a, b, c, RDN, sel, rdn, fl}, {H(f), a, b, c, RUP, sel, rup, fl},    \
        {H(f), a, b, c, RMM, sel, rmm, fl}

/*
 * Ties and near-ties of add, sub, mul, div, fma and sqrt in every mode are
 * the shared rounding code's: tests/unit/test_fp_round.c.  The random
 * tests below check the helpers in every mode end to end.
 */

Test(rv_fpu, conversion_rounding)
{
    static const struct fp_case t[] = {
        /* fcvt.s.d of 1 + 2^-24: a tie */
        MODES(cvt_s_d, 0x3ff0000010000000, 0, 0, 0,
              S(F_ONE), S(F_ONE), S(F_ONE), S(0x3f800001), S(0x3f800001), NX),
        /* fcvt.s.d of 2^-150: a tie between 0 and the least subnormal */
        MODES(cvt_s_d, 0x3690000000000000, 0, 0, 0, S(0), S(0), S(0), S(1), S(1), UF | NX),
        /* fcvt.d.l of 2^53 + 1 and -(2^53 + 1) */
        MODES(cvt_d_i, 0x20000000000001, 0, 0, RV_CVT_L, 0x4340000000000000,
              0x4340000000000000, 0x4340000000000000, 0x4340000000000001,
              0x4340000000000001, NX),
        MODES(cvt_d_i, -0x20000000000001ull, 0, 0, RV_CVT_L, 0xc340000000000000,
              0xc340000000000000, 0xc340000000000001, 0xc340000000000000,
              0xc340000000000001, NX),
        /* 2^53 + 3: tie toward the even 2^53 + 4, which is also away */
        MODES(cvt_d_i, 0x20000000000003, 0, 0, RV_CVT_L, 0x4340000000000002,
              0x4340000000000001, 0x4340000000000001, 0x4340000000000002,
              0x4340000000000002, NX),
        /* fcvt.d.lu of 2^64 - 1 */
        MODES(cvt_d_i, ~0ull, 0, 0, RV_CVT_LU, 0x43f0000000000000, 0x43efffffffffffff,
              0x43efffffffffffff, 0x43f0000000000000, 0x43f0000000000000, NX),
        /* fcvt.s.w of 2^24 + 1 and its negation; fcvt.s.wu of 2^32 - 1 */
        MODES(cvt_s_i, 0x1000001, 0, 0, RV_CVT_W,
              S(0x4b800000), S(0x4b800000), S(0x4b800000), S(0x4b800001), S(0x4b800001), NX),
        MODES(cvt_s_i, (uint32_t)-0x1000001, 0, 0, RV_CVT_W,
              S(0xcb800000), S(0xcb800000), S(0xcb800001), S(0xcb800000), S(0xcb800001), NX),
        MODES(cvt_s_i, 0xffffffff, 0, 0, RV_CVT_WU,
              S(0x4f800000), S(0x4f7fffff), S(0x4f7fffff), S(0x4f800000), S(0x4f800000), NX),
        /* fcvt.s.lu of 2^64 - 1 */
        MODES(cvt_s_i, ~0ull, 0, 0, RV_CVT_LU,
              S(0x5f800000), S(0x5f7fffff), S(0x5f7fffff), S(0x5f800000), S(0x5f800000), NX),
        /* fcvt.w.d of 2.5 and -2.5 */
        MODES(cvt_i_d, 0x4004000000000000, 0, 0, RV_CVT_W, 2, 2, 2, 3, 3, NX),
        MODES(cvt_i_d, 0xc004000000000000, 0, 0, RV_CVT_W, -2ull, -2ull, -3ull, -2ull, -3ull, NX),
        /* fcvt.l.s of 3.5 */
        MODES(cvt_i_s, S(0x40600000), 0, 0, RV_CVT_L, 4, 3, 3, 4, 4, NX),
        /* only the low 32 bits of rs1 count for W and WU */
        {H(cvt_d_i), 0x12345678ffffffff, 0, 0, RNE, RV_CVT_W, 0xbff0000000000000, 0},
        {H(cvt_d_i), 0x12345678ffffffff, 0, 0, RNE, RV_CVT_WU, 0x41efffffffe00000, 0},
    };
    RUN(t);
}

Test(rv_fpu, flags)
{
    static const struct fp_case t[] = {
        /* overflow: FLT_MAX * 2 */
        MODES(mul_s, S(0x7f7fffff), S(0x40000000), 0, 0,
              S(0x7f800000), S(0x7f7fffff), S(0x7f7fffff), S(0x7f800000), S(0x7f800000), OF | NX),
        MODES(mul_s, S(0xff7fffff), S(0x40000000), 0, 0,
              S(0xff800000), S(0xff7fffff), S(0xff800000), S(0xff7fffff), S(0xff800000), OF | NX),
        {H(add_d), 0x7fefffffffffffff, 0x7fefffffffffffff, 0, RNE, 0, D_INF, OF | NX},
        /* underflow: 2^-149 / 2 is inexact and tiny */
        MODES(mul_s, S(1), S(0x3f000000), 0, 0, S(0), S(0), S(0), S(1), S(1), UF | NX),
        /* exact tiny results raise nothing */
        {H(mul_s), S(0x00800000), S(0x3f000000), 0, RNE, 0, S(0x00400000), 0},
        /* tininess after rounding: (1 + 2^-23)(2^-126 - 2^-149) rounds to 2^-126 */
        {H(mul_s), S(0x3f800001), S(0x007fffff), 0, RNE, 0, S(0x00800000), NX},
        {H(mul_d), 0x3ff0000000000001, 0x000fffffffffffff, 0, RNE, 0, 0x0010000000000000, NX},
        /* ... but not in RTZ, where it stays below 2^-126 */
        {H(mul_s), S(0x3f800001), S(0x007fffff), 0, RTZ, 0, S(0x007fffff), UF | NX},
        /* divide by zero */
        {H(div_s), S(F_ONE), S(0), 0, RNE, 0, S(0x7f800000), DZ},
        {H(div_d), 0xbff0000000000000, 0, 0, RNE, 0, 0xfff0000000000000, DZ},
        /* invalid, with the canonical NaN as result */
        {H(div_s), S(0), S(0), 0, RNE, 0, S(0x7fc00000), NV},
        {H(sub_d), D_INF, D_INF, 0, RNE, 0, D_QNAN, NV},
        {H(mul_d), D_INF, 0, 0, RNE, 0, D_QNAN, NV},
        {H(sqrt_s), S(0xbf800000), 0, 0, RNE, 0, S(0x7fc00000), NV},
        {H(sqrt_d), 0x8000000000000000, 0, 0, RNE, 0, 0x8000000000000000, 0},
        {H(add_s), S(0x7f800001), S(F_ONE), 0, RNE, 0, S(0x7fc00000), NV},
        {H(add_d), D_SNAN, D_ONE, 0, RNE, 0, D_QNAN, NV},
        /* quiet NaNs propagate silently, canonicalized */
        {H(add_s), S(0x7fc12345), S(F_ONE), 0, RNE, 0, S(0x7fc00000), 0},
        {H(mul_s), S(0xffc00000), S(F_ONE), 0, RNE, 0, S(0x7fc00000), 0},
        {H(add_d), 0xfff8000000000123, D_ONE, 0, RNE, 0, D_QNAN, 0},
        /* fma: inf * 0 is invalid even with a quiet NaN addend */
        {H(fma_d), D_INF, 0, D_QNAN, RNE, 0, D_QNAN, NV},
        {H(fma_s), S(0), S(0xff800000), S(0x7fc00000), RNE, 0, S(0x7fc00000), NV},
        {H(fma_d), D_INF, 0, D_ONE, RNE, 0, D_QNAN, NV},
        {H(fma_d), D_ONE, D_ONE, D_SNAN, RNE, 0, D_QNAN, NV},
        {H(fma_d), D_ONE, D_ONE, D_QNAN, RNE, 0, D_QNAN, 0},
        /* exact zero sums: -0 in RDN only */
        MODES(sub_d, D_ONE, D_ONE, 0, 0, 0, 0, 0x8000000000000000, 0, 0, 0),
        MODES(add_s, S(0xbf800000), S(F_ONE), 0, 0, S(0), S(0), S(0x80000000), S(0), S(0), 0),
        MODES(fma_d, D_ONE, D_ONE, 0xbff0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0, 0),
        MODES(mul_d, 0, 0xbff0000000000000, 0, 0, 0x8000000000000000, 0x8000000000000000,
              0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0),
        /* inexact */
        {H(div_d), D_ONE, 0x4008000000000000, 0, RNE, 0, 0x3fd5555555555555, NX},
        {H(sqrt_d), 0x4010000000000000, 0, 0, RNE, 0, 0x4000000000000000, 0},
        /* fcvt.s.d: overflow, NaN */
        {H(cvt_s_d), 0x7e37e43c8800759c /* 1e300 */, 0, 0, RNE, 0, S(0x7f800000), OF | NX},
        {H(cvt_s_d), 0x7e37e43c8800759c, 0, 0, RTZ, 0, S(0x7f7fffff), OF | NX},
        {H(cvt_s_d), D_SNAN, 0, 0, RNE, 0, S(0x7fc00000), NV},
        {H(cvt_d_s), S(0x7f800001), 0, 0, RNE, 0, D_QNAN, NV},
        {H(cvt_d_s), S(F_ONE), 0, 0, RNE, 0, D_ONE, 0},
    };
    RUN(t);
}

Test(rv_fpu, fcvt_saturation)
{
    static const struct fp_case t[] = {
        /* NaN -> the largest value of every type */
        {H(cvt_i_d), D_QNAN, 0, 0, RNE, RV_CVT_W, 0x7fffffff, NV},
        {H(cvt_i_d), D_QNAN, 0, 0, RNE, RV_CVT_WU, ~0ull, NV},
        {H(cvt_i_d), D_SNAN, 0, 0, RNE, RV_CVT_L, 0x7fffffffffffffff, NV},
        {H(cvt_i_d), 0xfff8000000000000, 0, 0, RNE, RV_CVT_LU, ~0ull, NV},
        {H(cvt_i_s), S(0x7fc00000), 0, 0, RNE, RV_CVT_L, 0x7fffffffffffffff, NV},
        /* +-inf */
        {H(cvt_i_d), D_INF, 0, 0, RNE, RV_CVT_W, 0x7fffffff, NV},
        {H(cvt_i_d), 0xfff0000000000000, 0, 0, RNE, RV_CVT_W, 0xffffffff80000000, NV},
        {H(cvt_i_d), 0xfff0000000000000, 0, 0, RNE, RV_CVT_WU, 0, NV},
        {H(cvt_i_d), 0xfff0000000000000, 0, 0, RNE, RV_CVT_L, 0x8000000000000000, NV},
        {H(cvt_i_s), S(0xff800000), 0, 0, RNE, RV_CVT_LU, 0, NV},
        /* 2^31, -2^31, -2^31 - 1 */
        {H(cvt_i_d), 0x41e0000000000000, 0, 0, RNE, RV_CVT_W, 0x7fffffff, NV},
        {H(cvt_i_d), 0x41e0000000000000, 0, 0, RNE, RV_CVT_WU, 0xffffffff80000000, 0},
        {H(cvt_i_d), 0xc1e0000000000000, 0, 0, RNE, RV_CVT_W, 0xffffffff80000000, 0},
        {H(cvt_i_d), 0xc1e0000000200000, 0, 0, RNE, RV_CVT_W, 0xffffffff80000000, NV},
        {H(cvt_i_s), S(0x4f000000), 0, 0, RNE, RV_CVT_W, 0x7fffffff, NV},
        {H(cvt_i_s), S(0xcf000000), 0, 0, RNE, RV_CVT_W, 0xffffffff80000000, 0},
        /* 2^31 - 0.5: rounds into range or out of it */
        {H(cvt_i_d), 0x41dfffffffe00000, 0, 0, RNE, RV_CVT_W, 0x7fffffff, NV},
        {H(cvt_i_d), 0x41dfffffffe00000, 0, 0, RTZ, RV_CVT_W, 0x7fffffff, NX},
        /* 2^32 - 0.5 and 2^32 - 1 for WU (results sign-extended) */
        {H(cvt_i_d), 0x41effffffff00000, 0, 0, RTZ, RV_CVT_WU, ~0ull, NX},
        {H(cvt_i_d), 0x41effffffff00000, 0, 0, RNE, RV_CVT_WU, ~0ull, NV},
        {H(cvt_i_d), 0x41efffffffe00000, 0, 0, RNE, RV_CVT_WU, ~0ull, 0},
        {H(cvt_i_d), 0x41e65a0bc0000000 /* 3e9 */, 0, 0, RNE, RV_CVT_WU, 0xffffffffb2d05e00, 0},
        {H(cvt_i_d), 0xc1e65a0bc0000000 /* -3e9 */, 0, 0, RNE, RV_CVT_W, 0xffffffff80000000, NV},
        {H(cvt_i_s), S(0x4f800000), 0, 0, RNE, RV_CVT_WU, ~0ull, NV},
        {H(cvt_i_s), S(0x4f7fffff), 0, 0, RNE, RV_CVT_WU, 0xffffffffffffff00, 0},
        /* 2^63, -2^63, 2^64 */
        {H(cvt_i_d), 0x43e0000000000000, 0, 0, RNE, RV_CVT_L, 0x7fffffffffffffff, NV},
        {H(cvt_i_d), 0x43e0000000000000, 0, 0, RNE, RV_CVT_LU, 0x8000000000000000, 0},
        {H(cvt_i_d), 0xc3e0000000000000, 0, 0, RNE, RV_CVT_L, 0x8000000000000000, 0},
        {H(cvt_i_d), 0x43f0000000000000, 0, 0, RNE, RV_CVT_LU, ~0ull, NV},
        {H(cvt_i_d), 0xbff0000000000000, 0, 0, RNE, RV_CVT_LU, 0, NV},
        /* -0.5: rounds to -0 (fine for unsigned) or to -1 (not) */
        MODES(cvt_i_d, 0xbfe0000000000000, 0, 0, RV_CVT_W, 0, 0, ~0ull, 0, ~0ull, NX),
        {H(cvt_i_d), 0xbfe0000000000000, 0, 0, RNE, RV_CVT_WU, 0, NX},
        {H(cvt_i_d), 0xbfe0000000000000, 0, 0, RTZ, RV_CVT_WU, 0, NX},
        {H(cvt_i_d), 0xbfe0000000000000, 0, 0, RUP, RV_CVT_WU, 0, NX},
        {H(cvt_i_d), 0xbfe0000000000000, 0, 0, RDN, RV_CVT_WU, 0, NV},
        {H(cvt_i_d), 0xbfe0000000000000, 0, 0, RMM, RV_CVT_WU, 0, NV},
        {H(cvt_i_s), S(0xbf000000), 0, 0, RUP, RV_CVT_LU, 0, NX},
        {H(cvt_i_s), S(0xbf000000), 0, 0, RDN, RV_CVT_LU, 0, NV},
        {H(cvt_i_d), 0x8000000000000000, 0, 0, RNE, RV_CVT_LU, 0, 0},
    };
    RUN(t);
}

Test(rv_fpu, fmin_fmax)
{
    static const struct fp_case t[] = {
        /* -0 < +0 in either operand order */
        {H(minmax_d), 0x8000000000000000, 0, 0, RNE, 0, 0x8000000000000000, 0},
        {H(minmax_d), 0, 0x8000000000000000, 0, RNE, 0, 0x8000000000000000, 0},
        {H(minmax_d), 0x8000000000000000, 0, 0, RNE, 1, 0, 0},
        {H(minmax_d), 0, 0x8000000000000000, 0, RNE, 1, 0, 0},
        {H(minmax_s), S(0x80000000), S(0), 0, RNE, 0, S(0x80000000), 0},
        {H(minmax_s), S(0x80000000), S(0), 0, RNE, 1, S(0), 0},
        /* one NaN: the other operand; signaling sets NV */
        {H(minmax_d), D_QNAN, D_ONE, 0, RNE, 0, D_ONE, 0},
        {H(minmax_d), D_ONE, 0xfff8000000000123, 0, RNE, 1, D_ONE, 0},
        {H(minmax_d), D_SNAN, D_ONE, 0, RNE, 0, D_ONE, NV},
        {H(minmax_d), D_ONE, D_SNAN, 0, RNE, 1, D_ONE, NV},
        {H(minmax_s), S(0x7f800001), S(F_ONE), 0, RNE, 0, S(F_ONE), NV},
        /* two NaNs: the canonical NaN */
        {H(minmax_d), 0xfff8000000000123, 0x7ff8000000000456, 0, RNE, 0, D_QNAN, 0},
        {H(minmax_d), D_SNAN, D_QNAN, 0, RNE, 1, D_QNAN, NV},
        {H(minmax_s), S(0xffc00001), S(0x7fc00002), 0, RNE, 1, S(0x7fc00000), 0},
        /* an improperly boxed single is a quiet NaN */
        {H(minmax_s), 0x000000003f800000, S(0x40000000), 0, RNE, 0, S(0x40000000), 0},
        /* ordinary values */
        {H(minmax_d), 0xbff0000000000000, 0x4000000000000000, 0, RNE, 0, 0xbff0000000000000, 0},
        {H(minmax_d), 0xbff0000000000000, 0x4000000000000000, 0, RNE, 1, 0x4000000000000000, 0},
        {H(minmax_d), 0xfff0000000000000, D_ONE, 0, RNE, 0, 0xfff0000000000000, 0},
        {H(minmax_s), S(0x40400000), S(0xc0400000), 0, RNE, 1, S(0x40400000), 0},
    };
    RUN(t);
}

Test(rv_fpu, compare)
{
    static const struct fp_case t[] = {
        {H(cmp_d), D_QNAN, D_ONE, 0, RNE, RV_CMP_EQ, 0, 0},
        {H(cmp_d), D_SNAN, D_ONE, 0, RNE, RV_CMP_EQ, 0, NV},
        {H(cmp_d), D_QNAN, D_ONE, 0, RNE, RV_CMP_LT, 0, NV},
        {H(cmp_d), D_ONE, D_QNAN, 0, RNE, RV_CMP_LE, 0, NV},
        {H(cmp_d), 0x8000000000000000, 0, 0, RNE, RV_CMP_EQ, 1, 0},
        {H(cmp_d), 0x8000000000000000, 0, 0, RNE, RV_CMP_LT, 0, 0},
        {H(cmp_d), 0x8000000000000000, 0, 0, RNE, RV_CMP_LE, 1, 0},
        {H(cmp_d), D_ONE, 0x4000000000000000, 0, RNE, RV_CMP_LT, 1, 0},
        {H(cmp_d), 0x4000000000000000, D_ONE, 0, RNE, RV_CMP_LE, 0, 0},
        {H(cmp_s), S(F_ONE), S(F_ONE), 0, RNE, RV_CMP_EQ, 1, 0},
        {H(cmp_s), S(0x7f800001), S(F_ONE), 0, RNE, RV_CMP_EQ, 0, NV},
        {H(cmp_s), S(0xff800000), S(F_ONE), 0, RNE, RV_CMP_LT, 1, 0},
        /* unboxed operands are quiet NaNs */
        {H(cmp_s), 0x3f800000, 0x3f800000, 0, RNE, RV_CMP_EQ, 0, 0},
        {H(cmp_s), 0x3f800000, 0x3f800000, 0, RNE, RV_CMP_LE, 0, NV},
    };
    RUN(t);
}

Test(rv_fpu, fclass)
{
    static const struct fp_case t[] = {
        {H(class_d), 0xfff0000000000000, 0, 0, RNE, 0, 1 << 0, 0},
        {H(class_d), 0xbff0000000000000, 0, 0, RNE, 0, 1 << 1, 0},
        {H(class_d), 0x8000000000000001, 0, 0, RNE, 0, 1 << 2, 0},
        {H(class_d), 0x8000000000000000, 0, 0, RNE, 0, 1 << 3, 0},
        {H(class_d), 0, 0, 0, RNE, 0, 1 << 4, 0},
        {H(class_d), 1, 0, 0, RNE, 0, 1 << 5, 0},
        {H(class_d), D_ONE, 0, 0, RNE, 0, 1 << 6, 0},
        {H(class_d), D_INF, 0, 0, RNE, 0, 1 << 7, 0},
        {H(class_d), D_SNAN, 0, 0, RNE, 0, 1 << 8, 0},
        {H(class_d), 0xfff8000000000000, 0, 0, RNE, 0, 1 << 9, 0},
        {H(class_s), S(0xff800000), 0, 0, RNE, 0, 1 << 0, 0},
        {H(class_s), S(0xbf800000), 0, 0, RNE, 0, 1 << 1, 0},
        {H(class_s), S(0x807fffff), 0, 0, RNE, 0, 1 << 2, 0},
        {H(class_s), S(0x80000000), 0, 0, RNE, 0, 1 << 3, 0},
        {H(class_s), S(0), 0, 0, RNE, 0, 1 << 4, 0},
        {H(class_s), S(0x00000001), 0, 0, RNE, 0, 1 << 5, 0},
        {H(class_s), S(0x00800000), 0, 0, RNE, 0, 1 << 6, 0},
        {H(class_s), S(0x7f800000), 0, 0, RNE, 0, 1 << 7, 0},
        {H(class_s), S(0x7fbfffff), 0, 0, RNE, 0, 1 << 8, 0},
        {H(class_s), S(0x7fc00000), 0, 0, RNE, 0, 1 << 9, 0},
        {H(class_s), 0x00000000ff800000, 0, 0, RNE, 0, 1 << 9, 0},
    };
    RUN(t);
}

Test(rv_fpu, nan_boxing)
{
    static const struct fp_case t[] = {
        {H(add_s), S(F_ONE), S(F_ONE), 0, RNE, 0, S(0x40000000), 0},
        /* upper half not all ones: the operand is the canonical NaN */
        {H(add_s), 0x000000003f800000, S(F_ONE), 0, RNE, 0, S(0x7fc00000), 0},
        {H(add_s), S(F_ONE), 0xfffffffe3f800000, 0, RNE, 0, S(0x7fc00000), 0},
        {H(fma_s), S(F_ONE), S(F_ONE), 0x7fffffff3f800000, RNE, 0, S(0x7fc00000), 0},
        {H(cvt_d_s), 0x3f800000, 0, 0, RNE, 0, D_QNAN, 0},
        {H(cvt_i_s), 0x3f800000, 0, 0, RNE, RV_CVT_W, 0x7fffffff, NV},
        {H(cvt_s_d), D_ONE, 0, 0, RNE, 0, S(F_ONE), 0},
        {H(cvt_s_i), 3, 0, 0, RNE, RV_CVT_L, S(0x40400000), 0},
    };
    RUN(t);
}

Test(rv_fpu, dynamic_rounding_mode)
{
    cpu.frm = RV_RM_RUP;
    cpu.fflags = 0;
    cr_expect_eq(rv_fp_add_s(&cpu.common, S(F_ONE), S(0x33800000), 0, RV_RM_DYN),
                 S(0x3f800001));
    cpu.frm = RV_RM_RMM;
    cr_expect_eq(rv_fp_add_d(&cpu.common, D_ONE, 0x3ca0000000000000, 0, RV_RM_DYN),
                 D_ONE + 1);
    cpu.frm = RV_RM_RTZ;
    cr_expect_eq(rv_fp_cvt_i_d(&cpu.common, 0x4004000000000000, 0, 0,
                               RV_FP_SEL(RV_RM_DYN, RV_CVT_L)),
                 2);
    cr_expect_eq(cpu.fflags, NX);
    cpu.frm = RV_RM_RNE;
}

Test(rv_fpu, reserved_frm_is_illegal)
{
    static uint32_t code[1] = {0x00007053}; /* fadd.s f0, f0, f0, dyn */
    cpu.common.pc = 0x10000;
    cpu.common.guest_base = (uintptr_t)code - 0x10000;
    cpu.common.cur_tb = NULL;
    for (volatile uint64_t frm = 5; frm <= 7; frm++) {
        cpu.frm = frm;
        cpu.common.pending_excp = EXCP_NONE;
        volatile bool returned = false;
        if (sigsetjmp(cpu.common.jmp, 0) == 0) {
            rv_fp_add_s(&cpu.common, S(F_ONE), S(F_ONE), 0, RV_RM_DYN);
            returned = true;
        }
        cr_expect(!returned, "frm %llu did not raise", (unsigned long long)frm);
        cr_expect_eq(cpu.common.pending_excp, EXCP_ILLEGAL);
        cr_expect_eq(cpu.common.fault_addr, code[0]);
    }
    cpu.frm = RV_RM_RNE;
}

/* The host keeps RNE, and flags a guest cleared do not come back. */
Test(rv_fpu, host_state)
{
    cpu.fflags = 0;
    rv_fp_add_d(&cpu.common, D_ONE, 0x3ca0000000000000, 0, RTZ);
    cr_expect_eq(fegetround(), FE_TONEAREST);
    cr_expect_eq(cpu.fflags, NX);
    cpu.fflags = 0; /* csrw fflags, zero */
    cr_expect_eq(rv_fp_add_d(&cpu.common, D_ONE, D_ONE, 0, RNE), 0x4000000000000000);
    cr_expect_eq(cpu.fflags, 0);
    /* NX already accrued: the host flag may stay set, then must not leak */
    cpu.fflags = NX;
    rv_fp_div_s(&cpu.common, S(F_ONE), S(0x40400000), 0, RNE);
    cpu.fflags = 0;
    rv_fp_mul_s(&cpu.common, S(F_ONE), S(F_ONE), 0, RNE);
    cr_expect_eq(cpu.fflags, 0);
    rv_fp_mul_d(&cpu.common, 0x7fefffffffffffff, 0x4000000000000000, 0, RUP);
    cr_expect_eq(cpu.fflags, OF | NX);
    cpu.fflags = 0;
    rv_fp_sub_d(&cpu.common, D_ONE, D_ONE, 0, RNE);
    cr_expect_eq(cpu.fflags, 0);
    cr_expect_eq(fegetround(), FE_TONEAREST);
}

/* The translators: reserved static rm is illegal; DYN uses the faulting helper. */
Test(rv_fpu, translator_rounding_mode_field)
{
    static struct ir_block blk;
    struct tr_ctx tr = {.ir = &blk};
    struct rv_ctx c = {.tr = &tr, .ir = &blk, .pc = 0x1000, .next_pc = 0x1004, .len = 4};
    struct rv_args a = {.rd = 1, .rs1 = 2, .rs2 = 3, .rs3 = 4};
    for (int rm = 0; rm < 8; rm++) {
        a.rm = rm;
        ir_block_init(&blk, 0x1000, 1, CPU_TEMP_SLOTS);
        bool ok = rv_trans_fadd_d(&c, &a) & rv_trans_fmadd_s(&c, &a) &
                  rv_trans_fcvt_w_s(&c, &a) & rv_trans_fcvt_d_l(&c, &a);
        bool legal = rm != 5 && rm != 6;
        cr_expect_eq(ok, legal, "rm %d", rm);
        if (!legal) {
            cr_expect_eq(blk.n, 0, "rm %d: IR emitted for an illegal insn", rm);
            continue;
        }
        cr_assert_gt(blk.n, 0);
        const struct ir_helper *h = (const struct ir_helper *)(intptr_t)blk.insn[0].imm;
        cr_expect_eq(blk.insn[0].opc, IR_call);
        cr_expect_eq(h, &rv_fp_h_add_d[rm == RV_RM_DYN].h); /* fn folds, then rv_fp_add_d */
        cr_expect_eq(blk.insn[0].aux, rm);
        cr_expect_eq((h->flags & IRH_FAULTS) != 0, rm == RV_RM_DYN, "rm %d", rm);
    }
    /* the insns without an rm field ignore funct3 there: it selects the op */
    a.rm = 1;
    ir_block_init(&blk, 0x1000, 1, CPU_TEMP_SLOTS);
    cr_expect(rv_trans_fmax_d(&c, &a) && rv_trans_flt_s(&c, &a));
    cr_expect_eq(blk.insn[0].aux, RV_FP_SEL(RV_RM_RNE, 1));
}

/* ---- random operands against an exact reference rounder ---------------- */

typedef unsigned __int128 u128;

struct ref_fmt {
    int prec;    /* significand bits */
    int lsb_min; /* exponent of the least subnormal */
    int emax;    /* exponent of the largest finite's leading bit */
};

static const struct ref_fmt ref_s = {24, -149, 127}, ref_d = {53, -1074, 1023};

static int ref_bitlen(u128 m)
{
    int n = 0;
    while (m != 0) {
        m >>= 1;
        n++;
    }
    return n;
}

/* m >> shift rounded under rm (magnitude of a value of sign neg). */
static u128 ref_shift_round(u128 m, int shift, unsigned rm, bool neg, bool *inexact)
{
    if (shift <= 0) {
        *inexact = false;
        return m << -shift;
    }
    u128 q = shift >= 128 ? 0 : m >> shift;
    u128 rem = shift >= 128 ? m : m & (((u128)1 << shift) - 1);
    int cmp = -1; /* rem vs half */
    if (shift <= 128) {
        u128 half = (u128)1 << (shift - 1);
        cmp = rem > half ? 1 : rem == half ? 0 : -1;
    }
    *inexact = rem != 0;
    if (rem == 0) {
        return q;
    }
    bool up = false;
    switch (rm) {
    case RV_RM_RNE: up = cmp > 0 || (cmp == 0 && (q & 1)); break;
    case RV_RM_RDN: up = neg; break;
    case RV_RM_RUP: up = !neg; break;
    case RV_RM_RMM: up = cmp >= 0; break;
    default: break;
    }
    return q + up;
}

/* (-1)^neg * m * 2^e (m != 0) rounded to f under rm; IEEE flags. */
static double ref_round(const struct ref_fmt *f, bool neg, u128 m, int e, unsigned rm,
                        unsigned *flags)
{
    bool inexact;
    int nb = ref_bitlen(m);
    /* unbounded exponent first: overflow and tininess are decided there */
    u128 qu = ref_shift_round(m, nb - f->prec, rm, neg, &inexact);
    int top = ref_bitlen(qu) - 1 + e + nb - f->prec;
    bool tiny = top < f->lsb_min + f->prec - 1;
    if (top > f->emax) {
        double maxf = ldexp(2.0 - ldexp(1.0, 1 - f->prec), f->emax);
        bool to_inf = rm == RV_RM_RNE || rm == RV_RM_RMM || (rm == RV_RM_RUP && !neg) ||
                      (rm == RV_RM_RDN && neg);
        *flags = OF | NX;
        return (neg ? -1 : 1) * (to_inf ? INFINITY : maxf);
    }
    int lsb = e + nb - f->prec;
    if (lsb < f->lsb_min) {
        lsb = f->lsb_min;
    }
    u128 q = ref_shift_round(m, lsb - e, rm, neg, &inexact); /* q * 2^lsb */
    *flags = inexact ? (tiny ? UF | NX : NX) : 0;
    double r = ldexp((double)q, lsb);
    return neg ? -r : r;
}

/* Finite nonzero d = m * 2^e with m odd (so sparse operands stay short). */
static void ref_split(double d, uint64_t *m, int *e)
{
    int x;
    double fr = frexp(fabs(d), &x);
    *m = (uint64_t)ldexp(fr, 53);
    *e = x - 53;
    int tz = __builtin_ctzll(*m);
    *m >>= tz;
    *e += tz;
}

/* x * 2^sh fits in a signed 128-bit integer with room for one addition. */
static bool ref_fits(__int128 x, int sh)
{
    return ref_bitlen((u128)(x < 0 ? -x : x)) + sh <= 125;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Few significant bits make ties common; exponents in [elo, elo + span). */
static double rand_operand(const struct ref_fmt *f, int elo, int span)
{
    int bits = 1 + (int)(rng() % (uint64_t)f->prec);
    uint64_t m = (rng() | 1ull << 63) >> (64 - bits);
    m |= 1ull << (bits - 1);
    double d = ldexp((double)m, elo + (int)(rng() % (uint64_t)span) - bits + 1);
    if (f->prec == 24) {
        d = (float)d; /* flushes below the float range to 0 or a subnormal */
    }
    return rng() & 1 ? -d : d;
}

enum ref_op { REF_ADD, REF_SUB, REF_MUL, REF_DIV, REF_FMA, REF_SQRT, REF__COUNT };

/* floor(sqrt(n)), bit by bit. */
static u128 ref_isqrt(u128 n)
{
    u128 r = 0;
    for (int bit = 62; bit >= 0; bit--) {
        u128 t = r | (u128)1 << bit;
        if (t * t <= n) {
            r = t;
        }
    }
    return r;
}

/* Exact a op b (+ c) as sign, m, e; false if out of the reference's reach. */
static bool ref_exact(enum ref_op op, double a, double b, double c, bool *neg, u128 *m,
                      int *e)
{
    uint64_t ma, mb, mc;
    int ea, eb, ec;
    ref_split(a, &ma, &ea);
    ref_split(b, &mb, &eb);
    __int128 sa = a < 0 ? -(__int128)ma : (__int128)ma, sum;
    switch (op) {
    case REF_ADD:
    case REF_SUB: {
        __int128 sb = (b < 0) != (op == REF_SUB) ? -(__int128)mb : (__int128)mb;
        int lo = ea < eb ? ea : eb;
        if (!ref_fits(sa, ea - lo) || !ref_fits(sb, eb - lo)) {
            return false;
        }
        sum = sa * ((__int128)1 << (ea - lo)) + sb * ((__int128)1 << (eb - lo));
        *e = lo;
        break;
    }
    case REF_MUL:
        sum = sa * (__int128)mb;
        sum = b < 0 ? -sum : sum;
        *e = ea + eb;
        break;
    case REF_DIV: {
        int sha = 53 - ref_bitlen(ma), shb = 53 - ref_bitlen(mb);
        u128 num = (u128)(ma << sha) << 74, den = mb << shb; /* 2^73 < q < 2^75 */
        u128 q = num / den;
        *e = ea - sha - (eb - shb) - 74;
        if (num % den != 0) {
            q = q << 1 | 1; /* sticky bit below every rounding point */
            (*e)--;
        }
        sum = (a < 0) != (b < 0) ? -(__int128)q : (__int128)q;
        break;
    }
    case REF_SQRT: {
        if (a < 0) {
            return false;
        }
        u128 n = (u128)ma << (ea & 1); /* even exponent */
        ea -= ea & 1;
        int k = (120 - ref_bitlen(n)) / 2;
        n <<= 2 * k;
        u128 r = ref_isqrt(n);
        *e = (ea - 2 * k) / 2;
        if (r * r != n) {
            r = r << 1 | 1; /* sticky */
            (*e)--;
        }
        sum = (__int128)r;
        break;
    }
    default: {
        __int128 p = sa * (__int128)mb;
        p = b < 0 ? -p : p;
        int ep = ea + eb;
        ref_split(c, &mc, &ec);
        __int128 sc = c < 0 ? -(__int128)mc : (__int128)mc;
        int lo = ep < ec ? ep : ec;
        if (!ref_fits(p, ep - lo) || !ref_fits(sc, ec - lo)) {
            return false;
        }
        sum = p * ((__int128)1 << (ep - lo)) + sc * ((__int128)1 << (ec - lo));
        *e = lo;
        break;
    }
    }
    *neg = sum < 0;
    *m = (u128)(sum < 0 ? -sum : sum);
    return true;
}

static uint64_t bits_of(double d, bool single)
{
    if (single) {
        float f = (float)d;
        uint32_t u;
        memcpy(&u, &f, sizeof(u));
        return S(u);
    }
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return u;
}

/* n random cases of op; operand exponents start at ea, eb, ec. */
static void random_op(enum ref_op op, bool single, int ea, int eb, int ec, int n)
{
    static const ir_helper_fn fns[2][REF__COUNT] = {
        {rv_fp_add_d, rv_fp_sub_d, rv_fp_mul_d, rv_fp_div_d, rv_fp_fma_d, rv_fp_sqrt_d},
        {rv_fp_add_s, rv_fp_sub_s, rv_fp_mul_s, rv_fp_div_s, rv_fp_fma_s, rv_fp_sqrt_s},
    };
    const struct ref_fmt *f = single ? &ref_s : &ref_d;
    int ties = 0, done = 0;
    for (int i = 0; i < n; i++) {
        double a = rand_operand(f, ea, 8), b = rand_operand(f, eb, 8);
        a = op == REF_SQRT ? fabs(a) : a;
        double c = rand_operand(f, ec, 8);
        bool neg;
        u128 m;
        int e;
        if (a == 0 || b == 0 || c == 0 || !isfinite(a) || !isfinite(b) || !isfinite(c) ||
            !ref_exact(op, a, b, c, &neg, &m, &e) || m == 0) {
            continue;
        }
        done++;
        for (unsigned rm = 0; rm <= RV_RM_RMM; rm++) {
            unsigned wflags;
            double want = ref_round(f, neg, m, e, rm, &wflags);
            cpu.fflags = 0;
            uint64_t got = fns[single][op](&cpu.common, bits_of(a, single), bits_of(b, single),
                                           bits_of(c, single), rm);
            cr_assert_eq(got, bits_of(want, single),
                         "op %d %s rm %u: %a, %a, %a: got %#llx want %#llx (%a)", op,
                         single ? "s" : "d", rm, a, b, c, (unsigned long long)got,
                         (unsigned long long)bits_of(want, single), want);
            cr_assert_eq(cpu.fflags, wflags, "op %d %s rm %u: %a, %a, %a: flags %#llx want %#x",
                         op, single ? "s" : "d", rm, a, b, c, (unsigned long long)cpu.fflags,
                         wflags);
        }
        unsigned f0, f4;
        ties += ref_round(f, neg, m, e, RV_RM_RNE, &f0) != ref_round(f, neg, m, e, RV_RM_RMM, &f4);
    }
    cr_log_info("op %d %s exps %d %d %d: %d cases, %d RMM-only ties", op, single ? "s" : "d",
                ea, eb, ec, done, ties);
    cr_expect(done > n / 2, "too few cases in the reference's reach");
    cr_expect(ties == 0 || (op != REF_DIV && op != REF_SQRT) || ea - eb < -100,
              "a tie no quotient or root can have");
}

Test(rv_fpu, random_vs_reference_normal)
{
    for (enum ref_op op = REF_ADD; op < REF__COUNT; op++) {
        random_op(op, false, -4, -4, -8, 40000);
        random_op(op, true, -4, -4, -8, 40000);
    }
}

/* Subnormal results (ties on the coarse grid) and overflow. */
Test(rv_fpu, random_vs_reference_extremes)
{
    random_op(REF_ADD, false, -1074, -1074, 0, 20000);
    random_op(REF_ADD, true, -149, -149, 0, 20000);
    random_op(REF_ADD, false, 1016, 1016, 0, 20000);
    random_op(REF_ADD, true, 120, 120, 0, 20000);
    random_op(REF_MUL, false, -540, -540, 0, 20000);
    random_op(REF_MUL, true, -70, -70, 0, 20000);
    random_op(REF_MUL, false, 508, 508, 0, 20000);
    random_op(REF_MUL, true, 60, 60, 0, 20000);
    random_op(REF_DIV, false, -540, 530, 0, 20000);
    random_op(REF_DIV, true, -70, 70, 0, 20000);
    random_op(REF_DIV, false, 1016, -4, 0, 20000);
    random_op(REF_DIV, true, 118, -4, 0, 20000);
    random_op(REF_FMA, false, -540, -540, -1070, 20000);
    random_op(REF_FMA, true, -70, -70, -140, 20000);
    random_op(REF_FMA, false, 508, 508, 1016, 20000);
    random_op(REF_FMA, true, 60, 60, 120, 20000);
    random_op(REF_SUB, false, -1074, -1074, 0, 20000);
    random_op(REF_SUB, false, 1016, 1016, 0, 20000);
    random_op(REF_SQRT, false, -1074, 0, 0, 20000);
    random_op(REF_SQRT, true, -149, 0, 0, 20000);
    random_op(REF_SQRT, false, 1016, 0, 0, 20000);
}

/* Where the helpers switch between deriving a directed mode and asking the host. */
Test(rv_fpu, random_vs_reference_fast_path_edges)
{
    random_op(REF_ADD, false, 955, 955, 0, 10000);
    random_op(REF_ADD, false, -962, -962, 0, 10000);
    random_op(REF_SUB, true, 117, 117, 0, 10000);
    random_op(REF_SUB, true, -123, -123, 0, 10000);
    random_op(REF_MUL, false, 477, 477, 0, 10000);
    random_op(REF_MUL, false, -483, -483, 0, 10000);
    random_op(REF_MUL, true, 57, 57, 0, 10000);
    random_op(REF_MUL, true, -63, -63, 0, 10000);
    random_op(REF_DIV, false, 955, -4, 0, 10000);
    random_op(REF_DIV, false, -962, 4, 0, 10000);
    random_op(REF_DIV, false, -1070, -120, 0, 10000);
    random_op(REF_DIV, true, -121, 4, 0, 10000);
    random_op(REF_FMA, false, 395, 395, 792, 10000);
    random_op(REF_FMA, false, -405, -405, -810, 10000);
    random_op(REF_FMA, false, 478, 478, 956, 10000);
    random_op(REF_FMA, false, -482, -482, -964, 10000);
    random_op(REF_FMA, true, 58, 58, 117, 10000);
    random_op(REF_SQRT, false, -1074, 0, 0, 10000);
    random_op(REF_SQRT, true, -149, 0, 0, 10000);
}

/* fcvt.s.d, fcvt.{s,d}.{w,wu,l,lu} and back, against the same rounder. */
Test(rv_fpu, random_conversions)
{
    static const int exps[] = {-4, -150, 124};
    for (int i = 0; i < 60000; i++) {
        double d = rand_operand(&ref_d, exps[i % 3], 8);
        uint64_t m;
        int e;
        if (d == 0 || !isfinite(d)) {
            continue;
        }
        ref_split(d, &m, &e);
        for (unsigned rm = 0; rm <= RV_RM_RMM; rm++) {
            unsigned wf;
            uint64_t want = bits_of(ref_round(&ref_s, d < 0, m, e, rm, &wf), true);
            cpu.fflags = 0;
            uint64_t got = rv_fp_cvt_s_d(&cpu.common, bits_of(d, false), 0, 0, rm);
            cr_assert_eq(got, want, "fcvt.s.d %a rm %u: %#llx", d, rm, (unsigned long long)got);
            cr_assert_eq(cpu.fflags, wf, "fcvt.s.d %a rm %u: flags %#llx", d, rm,
                         (unsigned long long)cpu.fflags);
        }
    }
}

/* The exact integer operand of fcvt.*.<kind> for x[rs1] = v. */
static __int128 int_operand(uint64_t v, unsigned kind)
{
    switch (kind) {
    case RV_CVT_W: return (int32_t)v;
    case RV_CVT_WU: return (uint32_t)v;
    case RV_CVT_L: return (int64_t)v;
    default: return v;
    }
}

Test(rv_fpu, random_int_to_fp)
{
    for (int i = 0; i < 40000; i++) {
        uint64_t v = rng() >> (rng() % 64);
        v = rng() & 1 ? -v : v;
        for (unsigned kind = 0; kind < 4; kind++) {
            __int128 x = int_operand(v, kind);
            for (unsigned rm = 0; rm <= RV_RM_RMM; rm++) {
                for (int single = 0; single < 2; single++) {
                    unsigned wf = 0;
                    double w = x == 0 ? 0.0
                                      : ref_round(single ? &ref_s : &ref_d, x < 0,
                                                  (u128)(x < 0 ? -x : x), 0, rm, &wf);
                    cpu.fflags = 0;
                    uint64_t got = (single ? rv_fp_cvt_s_i : rv_fp_cvt_d_i)(
                        &cpu.common, v, 0, 0, RV_FP_SEL(rm, kind));
                    cr_assert_eq(got, bits_of(w, single), "fcvt.%s kind %u of %#llx rm %u",
                                 single ? "s" : "d", kind, (unsigned long long)v, rm);
                    cr_assert_eq(cpu.fflags, wf, "fcvt.%s kind %u of %#llx rm %u: flags",
                                 single ? "s" : "d", kind, (unsigned long long)v, rm);
                }
            }
        }
    }
}

Test(rv_fpu, random_fp_to_int)
{
    static const __int128 lo[4] = {-((__int128)1 << 31), 0, -((__int128)1 << 63), 0};
    static const __int128 hi[4] = {((__int128)1 << 31) - 1, ((__int128)1 << 32) - 1,
                                   ((__int128)1 << 63) - 1, ((__int128)1 << 64) - 1};
    static const int exps[] = {-2, 0, 20, 30, 31, 32, 52, 62, 63, 64};
    for (int i = 0; i < 40000; i++) {
        double d = rand_operand(&ref_d, exps[i % 10], 3);
        uint64_t m;
        int e;
        if (d == 0) {
            continue;
        }
        ref_split(d, &m, &e);
        for (unsigned rm = 0; rm <= RV_RM_RMM; rm++) {
            bool inexact;
            u128 q = ref_shift_round(m, -e, rm, d < 0, &inexact); /* |d| < 2^72 */
            __int128 val = d < 0 ? -(__int128)q : (__int128)q;
            for (unsigned kind = 0; kind < 4; kind++) {
                uint64_t want;
                unsigned wf = inexact ? NX : 0;
                if (val < lo[kind] || val > hi[kind]) {
                    want = (uint64_t)(val < 0 ? lo[kind] : hi[kind]);
                    wf = NV;
                } else {
                    want = (uint64_t)val;
                }
                if (kind <= RV_CVT_WU) {
                    want = (uint64_t)(int64_t)(int32_t)want; /* RV64 sign-extends */
                }
                cpu.fflags = 0;
                uint64_t got = rv_fp_cvt_i_d(&cpu.common, bits_of(d, false), 0, 0,
                                             RV_FP_SEL(rm, kind));
                cr_assert_eq(got, want, "fcvt kind %u of %a rm %u: %#llx", kind, d, rm,
                             (unsigned long long)got);
                cr_assert_eq(cpu.fflags, wf, "fcvt kind %u of %a rm %u: flags", kind, d, rm);
            }
        }
    }
}
