/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the shared soft-FP support: translator/fp-round.{c,h}
 * (every rounding mode from the RNE result) and translator/fp-env.h (the
 * host FP environment).  Guest rules (NaN boxing, fflags, FPSR, FZ) are
 * tested with each guest's helpers, not here.  Every expected value is
 * derived by hand from IEEE 754-2008; the derivation is in the comment
 * next to it (ulp: unit in the last place of the value named).
 */
#include <criterion/criterion.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "translator/fp-env.h"
#include "translator/fp-round.h"

#define NX FP_FLAG_INEXACT
#define UF FP_FLAG_UNDERFLOW
#define OF FP_FLAG_OVERFLOW
#define DZ FP_FLAG_DIVZERO
#define NV FP_FLAG_INVALID

#define D_ONE 0x3ff0000000000000ull
#define D_MAX 0x7fefffffffffffffull
#define D_INF 0x7ff0000000000000ull

static double d_of(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof(d));
    return d;
}

static uint64_t bits_d(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return u;
}

static float f_of(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof(f));
    return f;
}

static uint32_t bits_f(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof(u));
    return u;
}

/*
 * The pipeline a guest helper runs: RNE on the host, then the mode derived
 * by fp_round_from_rne_*, or the host switched to the mode when that
 * declines.  exact: the flags are this op's alone.
 */
static uint64_t round_op(enum fp_op k, bool single, enum fp_round rm,
                         uint64_t xa, uint64_t xb, uint64_t xc,
                         unsigned *flags)
{
    if (single) {
        float a = f_of((uint32_t)xa), b = f_of((uint32_t)xb);
        float c = f_of((uint32_t)xc);
        float r = fp_host_op_s(k, FP_RNE, 0, true, a, b, c, flags);
        if (!fp_round_from_rne_s(k, rm, a, b, c, &r)) {
            r = fp_host_op_s(k, rm, 0, true, a, b, c, flags);
        }
        return bits_f(r);
    }
    double a = d_of(xa), b = d_of(xb), c = d_of(xc);
    double r = fp_host_op_d(k, FP_RNE, 0, true, a, b, c, flags);
    if (!fp_round_from_rne_d(k, rm, a, b, c, &r)) {
        r = fp_host_op_d(k, rm, 0, true, a, b, c, flags);
    }
    return bits_d(r);
}

struct mode_case {
    enum fp_op k;
    bool single;
    uint64_t a, b, c;
    uint64_t want[5];   /* indexed by enum fp_round */
    unsigned flags[5];
};

/* One row: results in RNE, RTZ, RDN, RUP, RMM, and flags for all five. */
#define MODES(k, s, a, b, c, rne, rtz, rdn, rup, rmm, fl)                     \
    {k, s, a, b, c, {rne, rtz, rdn, rup, rmm}, {fl, fl, fl, fl, fl}}
#define DBL false
#define SGL true

static void run_modes(const struct mode_case *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (enum fp_round rm = FP_RNE; rm <= FP_RMM; rm++) {
            unsigned flags;
            uint64_t got = round_op(t[i].k, t[i].single, rm, t[i].a, t[i].b,
                                    t[i].c, &flags);
            cr_expect_eq(got, t[i].want[rm],
                         "case %zu op %d rm %d (%#llx, %#llx, %#llx): %#llx, "
                         "want %#llx", i, t[i].k, rm,
                         (unsigned long long)t[i].a,
                         (unsigned long long)t[i].b,
                         (unsigned long long)t[i].c, (unsigned long long)got,
                         (unsigned long long)t[i].want[rm]);
            cr_expect_eq(flags & ~FP_FLAG_DENORMAL, t[i].flags[rm],
                         "case %zu op %d rm %d: flags %#x, want %#x", i,
                         t[i].k, rm, flags, t[i].flags[rm]);
        }
    }
}

#define RUN(t) run_modes(t, sizeof(t) / sizeof(t[0]))

Test(fp_round, mode_numbers)
{
    /* The RISC-V rm encoding; other guests map onto it. */
    cr_expect_eq(FP_RNE, 0);
    cr_expect_eq(FP_RTZ, 1);
    cr_expect_eq(FP_RDN, 2);
    cr_expect_eq(FP_RUP, 3);
    cr_expect_eq(FP_RMM, 4);
}

/* Ties and near-ties in every mode, both signs (moved from test_rv_fpu). */
Test(fp_round, ties_and_non_ties)
{
    static const struct mode_case t[] = {
        /* 1 + 2^-24: halfway between 1 and 1+ulp (odd): RNE stays, RMM
         * goes up */
        MODES(FP_OP_ADD, SGL, 0x3f800000, 0x33800000, 0, 0x3f800000,
              0x3f800000, 0x3f800000, 0x3f800001, 0x3f800001, NX),
        /* 1 + 1.5 ulp: halfway between 1+ulp (odd) and 1+2ulp (even) */
        MODES(FP_OP_ADD, SGL, 0x3f800000, 0x34400000, 0, 0x3f800002,
              0x3f800001, 0x3f800001, 0x3f800002, 0x3f800002, NX),
        /* negative ties: RMM away from zero, i.e. down */
        MODES(FP_OP_ADD, SGL, 0xbf800000, 0xb3800000, 0, 0xbf800000,
              0xbf800000, 0xbf800001, 0xbf800000, 0xbf800001, NX),
        MODES(FP_OP_ADD, SGL, 0xbf800000, 0xb4400000, 0, 0xbf800002,
              0xbf800001, 0xbf800002, 0xbf800001, 0xbf800002, NX),
        /* non-ties: 1 + 0.75 ulp and 1 + 0.25 ulp */
        MODES(FP_OP_ADD, SGL, 0x3f800000, 0x33c00000, 0, 0x3f800001,
              0x3f800000, 0x3f800000, 0x3f800001, 0x3f800001, NX),
        MODES(FP_OP_ADD, SGL, 0x3f800000, 0x33000000, 0, 0x3f800000,
              0x3f800000, 0x3f800000, 0x3f800001, 0x3f800000, NX),
        /* sub: 1 - (-2^-24) is the same tie */
        MODES(FP_OP_SUB, SGL, 0x3f800000, 0xb3800000, 0, 0x3f800000,
              0x3f800000, 0x3f800000, 0x3f800001, 0x3f800001, NX),
        /* doubles: 1 + 2^-53, 1 + 1.5 ulp, -1 - 2^-53, 1 + 0.75 ulp,
         * 1 + 0.25 ulp */
        MODES(FP_OP_ADD, DBL, D_ONE, 0x3ca0000000000000, 0, D_ONE, D_ONE,
              D_ONE, D_ONE + 1, D_ONE + 1, NX),
        MODES(FP_OP_ADD, DBL, D_ONE, 0x3cb8000000000000, 0, D_ONE + 2,
              D_ONE + 1, D_ONE + 1, D_ONE + 2, D_ONE + 2, NX),
        MODES(FP_OP_ADD, DBL, 0xbff0000000000000, 0xbca0000000000000, 0,
              0xbff0000000000000, 0xbff0000000000000, 0xbff0000000000001,
              0xbff0000000000000, 0xbff0000000000001, NX),
        MODES(FP_OP_ADD, DBL, D_ONE, 0x3ca8000000000000, 0, D_ONE + 1, D_ONE,
              D_ONE, D_ONE + 1, D_ONE + 1, NX),
        MODES(FP_OP_ADD, DBL, D_ONE, 0x3c90000000000000, 0, D_ONE, D_ONE,
              D_ONE, D_ONE + 1, D_ONE, NX),
        /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: a product tie */
        MODES(FP_OP_MUL, DBL, 0x4008000000000000, 0x3ff0000000000003, 0,
              0x4008000000000004, 0x4008000000000004, 0x4008000000000004,
              0x4008000000000005, 0x4008000000000005, NX),
        MODES(FP_OP_MUL, DBL, 0xc008000000000000, 0x3ff0000000000003, 0,
              0xc008000000000004, 0xc008000000000004, 0xc008000000000005,
              0xc008000000000004, 0xc008000000000005, NX),
        MODES(FP_OP_MUL, SGL, 0x40400000, 0x3f800003, 0, 0x40400004,
              0x40400004, 0x40400004, 0x40400005, 0x40400005, NX),
        /* 5*2^-1074 / 2 = 2.5 subnormal ulps: a quotient tie (tiny and
         * inexact: underflow in every mode) */
        MODES(FP_OP_DIV, DBL, 5, 0x4000000000000000, 0, 2, 2, 2, 3, 3,
              UF | NX),
        MODES(FP_OP_DIV, SGL, 5, 0x40000000, 0, 2, 2, 2, 3, 3, UF | NX),
        /* 1/3: never a tie */
        MODES(FP_OP_DIV, DBL, D_ONE, 0x4008000000000000, 0,
              0x3fd5555555555555, 0x3fd5555555555555, 0x3fd5555555555555,
              0x3fd5555555555556, 0x3fd5555555555555, NX),
        MODES(FP_OP_DIV, SGL, 0x3f800000, 0x40400000, 0, 0x3eaaaaab,
              0x3eaaaaaa, 0x3eaaaaaa, 0x3eaaaaab, 0x3eaaaaab, NX),
        /* fma: 2^-27 * 2^-26 + (1 + 2 ulp) = 1 + 2.5 ulp */
        MODES(FP_OP_FMA, DBL, 0x3e40000000000000, 0x3e50000000000000,
              D_ONE + 2, D_ONE + 2, D_ONE + 2, D_ONE + 2, D_ONE + 3,
              D_ONE + 3, NX),
        /* -(2^-27) * 2^-26 - (1 + 2 ulp) = -(1 + 2.5 ulp) */
        MODES(FP_OP_FMA, DBL, 0xbe40000000000000, 0x3e50000000000000,
              0xbff0000000000002, 0xbff0000000000002, 0xbff0000000000002,
              0xbff0000000000003, 0xbff0000000000002, 0xbff0000000000003,
              NX),
        /* subnormal fma tie: 5*2^-1074 * 0.5 + 2*2^-1074 = 4.5 ulps */
        MODES(FP_OP_FMA, DBL, 5, 0x3fe0000000000000, 2, 4, 4, 4, 5, 5,
              UF | NX),
        MODES(FP_OP_FMA, SGL, 0x39800000, 0x39800000, 0x3f800002, 0x3f800002,
              0x3f800002, 0x3f800002, 0x3f800003, 0x3f800003, NX),
        /* sqrt(2) */
        MODES(FP_OP_SQRT, SGL, 0x40000000, 0, 0, 0x3fb504f3, 0x3fb504f3,
              0x3fb504f3, 0x3fb504f4, 0x3fb504f3, NX),
    };
    RUN(t);
}

/*
 * The top of the range, where a directed mode is the host's: the derived
 * path declines (|r| > 2^960) and the switched host gets overflow right.
 */
Test(fp_round, overflow_edges)
{
    static const struct mode_case t[] = {
        /* (DBL_MAX - ulp) + 2^970 (half an ulp of the top binade, 2^971):
         * a tie between ...fe (even) and DBL_MAX ...ff; no overflow */
        MODES(FP_OP_ADD, DBL, 0x7feffffffffffffe, 0x7c90000000000000, 0,
              0x7feffffffffffffe, 0x7feffffffffffffe, 0x7feffffffffffffe,
              D_MAX, D_MAX, NX),
        /* DBL_MAX + 2^970: a tie between DBL_MAX (odd) and 2^1024.  RNE
         * and RMM round to 2^1024: overflow to inf; RTZ, RDN keep DBL_MAX
         * (no overflow: the rounded value is in range); RUP overflows */
        {FP_OP_ADD, DBL, D_MAX, 0x7c90000000000000, 0,
         {D_INF, D_MAX, D_MAX, D_INF, D_INF},
         {OF | NX, NX, NX, OF | NX, OF | NX}},
        /* the same, negative: -inf in RNE, RDN, RMM */
        {FP_OP_ADD, DBL, D_MAX | 1ull << 63, 0xfc90000000000000, 0,
         {D_INF | 1ull << 63, D_MAX | 1ull << 63, D_INF | 1ull << 63,
          D_MAX | 1ull << 63, D_INF | 1ull << 63},
         {OF | NX, NX, OF | NX, NX, OF | NX}},
        /* DBL_MAX + 2^969 (a quarter ulp): DBL_MAX, or inf in RUP */
        {FP_OP_ADD, DBL, D_MAX, 0x7c80000000000000, 0,
         {D_MAX, D_MAX, D_MAX, D_INF, D_MAX},
         {NX, NX, NX, OF | NX, NX}},
        /* FLT_MAX * 2 = 2^129: beyond any tie, inf or FLT_MAX */
        {FP_OP_MUL, SGL, 0x7f7fffff, 0x40000000, 0,
         {0x7f800000, 0x7f7fffff, 0x7f7fffff, 0x7f800000, 0x7f800000},
         {OF | NX, OF | NX, OF | NX, OF | NX, OF | NX}},
        /* 2^960 (1 + 2^-52) * (1 + 2^-52) = 2^960 (1 + 2^-51 + 2^-104):
         * r = 2^960 (1 + 2^-51) is just past the derived path's range, so
         * the host computes the directed modes ... */
        MODES(FP_OP_MUL, DBL, 0x7bf0000000000001, 0x3ff0000000000001, 0,
              0x7bf0000000000002, 0x7bf0000000000002, 0x7bf0000000000002,
              0x7bf0000000000003, 0x7bf0000000000002, NX),
        /* ... while r = 2^960 is the last value derived: 2^960 (1 -
         * 2^-53) * (1 + 2^-52) = 2^960 (1 + 2^-53 - 2^-105), below the
         * tie at half an ulp (2^-53 relative): RNE 2^960, RUP 2^960 + ulp */
        MODES(FP_OP_MUL, DBL, 0x7befffffffffffff, 0x3ff0000000000001, 0,
              0x7bf0000000000000, 0x7bf0000000000000, 0x7bf0000000000000,
              0x7bf0000000000001, 0x7bf0000000000000, NX),
        /* exact zero sums are -0 in RDN only: zero is outside the fast
         * range, so the host decides the sign */
        MODES(FP_OP_SUB, DBL, D_ONE, D_ONE, 0, 0, 0, 0x8000000000000000, 0, 0,
              0),
        MODES(FP_OP_ADD, SGL, 0xbf800000, 0x3f800000, 0, 0, 0, 0x80000000, 0,
              0, 0),
    };
    RUN(t);
}

/* Which side of the RNE result the exact value lies on. */
Test(fp_round, error_signs)
{
    const double one = 1.0, p52 = d_of(0x3ff0000000000001); /* 1 + 2^-52 */
    /* 1 + 2^-60 rounds to 1, from above; 1 - 2^-60 from below (half an
     * ulp below 1 is 2^-54) */
    cr_expect_eq(fp_err_sign_d(FP_OP_ADD, one, 0x1p-60, 0, one), 1);
    cr_expect_eq(fp_err_sign_d(FP_OP_ADD, one, -0x1p-60, 0, one), -1);
    cr_expect_eq(fp_err_sign_d(FP_OP_SUB, one, 0x1p-60, 0, one), -1);
    cr_expect_eq(fp_err_sign_d(FP_OP_ADD, one, one, 0, 2.0), 0);
    /* (1 + 2^-52)^2 = 1 + 2^-51 + 2^-104 -> 1 + 2^-51, from above; its
     * negation from below */
    double sq = d_of(0x3ff0000000000002);
    cr_expect_eq(fp_err_sign_d(FP_OP_MUL, p52, p52, 0, sq), 1);
    cr_expect_eq(fp_err_sign_d(FP_OP_MUL, p52, -p52, 0, -sq), -1);
    /* 1/3 = 1.0101...b * 2^-2: bit 53 of the significand is 0, so RNE
     * (0x3fd5555555555555) is below; -1/3 and 1/-3 above */
    double third = d_of(0x3fd5555555555555);
    cr_expect_eq(fp_err_sign_d(FP_OP_DIV, one, 3.0, 0, third), 1);
    cr_expect_eq(fp_err_sign_d(FP_OP_DIV, -one, 3.0, 0, -third), -1);
    cr_expect_eq(fp_err_sign_d(FP_OP_DIV, one, -3.0, 0, -third), -1);
    /* sqrt(2) = 1.41421356237309504880...; RNE 0x3ff6a09e667f3bcd is
     * 1.41421356237309514547... (above); sqrt(4) exact */
    cr_expect_eq(fp_err_sign_d(FP_OP_SQRT, 2.0, 0, 0,
                               d_of(0x3ff6a09e667f3bcd)), -1);
    cr_expect_eq(fp_err_sign_d(FP_OP_SQRT, 4.0, 0, 0, 2.0), 0);
    /* (1 + 2^-52)^2 - 1 = 2^-51 + 2^-104 = 2^-51 (1 + 2^-53): a tie RNE
     * breaks to the even 2^-51, from above */
    cr_expect_eq(fp_err_sign_d(FP_OP_FMA, p52, p52, -one, 0x1p-51), 1);
    /* fma operands too large to expand safely: the host must decide */
    cr_expect_eq(fp_err_sign_d(FP_OP_FMA, 0x1p500, one, one, 0x1p500),
                 FP_ERR_UNKNOWN);
    cr_expect_eq(fp_err_sign_d(FP_OP_FMA, 0x1p-450, 0x1p450, 0x1p-450,
                               one),
                 FP_ERR_UNKNOWN);
    /* a zero factor: r is the addend exactly */
    cr_expect_eq(fp_err_sign_d(FP_OP_FMA, 0, 0x1p500, one, one), 0);

    /* singles, widened: 1 + 2^-24 + 2^-30 -> 1 + 2^-23 (over half an
     * ulp), from below; the double 1 + 2^-30 to single -> 1, from above */
    cr_expect_eq(fp_err_sign_s(FP_OP_ADD, 1.0, 0x1p-24 + 0x1p-30, 0,
                               1.0 + 0x1p-23),
                 -1);
    cr_expect_eq(fp_err_sign_s(FP_OP_CVT, 1.0 + 0x1p-30, 0, 0, 1.0), 1);
    cr_expect_eq(fp_err_sign_s(FP_OP_CVT, -1.0 - 0x1p-30, 0, 0, -1.0), -1);
    /* 1/3 in single = 1.0101...b * 2^-2, 0x3eaaaaab: bit 24 is 1 and
     * more follow, so RNE rounded up: from above */
    cr_expect_eq(fp_err_sign_s(FP_OP_DIV, 1.0, 3.0, 0,
                               (double)f_of(0x3eaaaaab)),
                 -1);
}

/* One step on r's bits toward the exact value, across binades. */
Test(fp_round, directed_steps)
{
    /* step: +1 away from zero, -1 toward it.  err < 0: exact < r. */
    static const struct {
        bool pos;
        int err;
        enum fp_round rm;
        int step;
    } t[] = {
        {true, -1, FP_RTZ, -1}, {true, 1, FP_RTZ, 0},
        {false, -1, FP_RTZ, 0}, {false, 1, FP_RTZ, -1},
        {true, -1, FP_RDN, -1}, {true, 1, FP_RDN, 0},
        {false, -1, FP_RDN, 1}, {false, 1, FP_RDN, 0},
        {true, -1, FP_RUP, 0},  {true, 1, FP_RUP, 1},
        {false, -1, FP_RUP, 0}, {false, 1, FP_RUP, -1},
        {true, 0, FP_RTZ, 0},   {false, 0, FP_RDN, 0},
        {true, 0, FP_RUP, 0},
    };
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        cr_expect_eq(fp_directed_step(t[i].pos, t[i].err, t[i].rm),
                     t[i].step, "case %zu", i);
    }
    /* 1 - tiny in RTZ: below 1 the ulp halves, 0x3fefffffffffffff */
    cr_expect_eq(bits_d(fp_directed_d(1.0, -1, FP_RTZ)), 0x3fefffffffffffff);
    cr_expect_eq(bits_d(fp_directed_d(1.0, 1, FP_RUP)), 0x3ff0000000000001);
    /* -1 + tiny: toward zero in RTZ and RUP, kept in RDN */
    cr_expect_eq(bits_d(fp_directed_d(-1.0, 1, FP_RTZ)), 0xbfefffffffffffff);
    cr_expect_eq(bits_d(fp_directed_d(-1.0, 1, FP_RUP)), 0xbfefffffffffffff);
    cr_expect_eq(bits_d(fp_directed_d(-1.0, 1, FP_RDN)), 0xbff0000000000000);
    /* -1 - tiny in RDN: 0xbff0000000000001 */
    cr_expect_eq(bits_d(fp_directed_d(-1.0, -1, FP_RDN)), 0xbff0000000000001);
    /* 1.0f - tiny in RDN: 0x3f7fffff; -1.0f + tiny in RUP: 0xbf7fffff */
    cr_expect_eq(bits_f(fp_directed_s(1.0f, -1, FP_RDN)), 0x3f7fffffu);
    cr_expect_eq(bits_f(fp_directed_s(-1.0f, 1, FP_RUP)), 0xbf7fffffu);
}

/* The range fp_round_from_rne_* handles without the host. */
Test(fp_round, fast_range_limits)
{
    cr_expect(fp_fast_range_d(0x1p960));
    cr_expect(fp_fast_range_d(-0x1p960));
    cr_expect(!fp_fast_range_d(d_of(0x7bf0000000000001))); /* 2^960 + ulp */
    cr_expect(fp_fast_range_d(0x1p-960));
    cr_expect(!fp_fast_range_d(d_of(0x03efffffffffffff))); /* below 2^-960 */
    cr_expect(!fp_fast_range_d(0));
    cr_expect(!fp_fast_range_d(d_of(D_INF)));
    cr_expect(fp_fast_range_s(0x1p120f));
    cr_expect(!fp_fast_range_s(f_of(0x7b800001))); /* 2^120 + ulp */
    cr_expect(fp_fast_range_s(-0x1p-120f));
    cr_expect(!fp_fast_range_s(f_of(0x037fffff))); /* below 2^-120 */
    /* RNE and RMM never need the host; the others decline outside */
    double r = 0;
    cr_expect(fp_round_from_rne_d(FP_OP_ADD, FP_RNE, 0, 0, 0, &r));
    cr_expect(fp_round_from_rne_d(FP_OP_ADD, FP_RMM, 0, 0, 0, &r));
    cr_expect(!fp_round_from_rne_d(FP_OP_ADD, FP_RTZ, 0, 0, 0, &r));
    cr_expect_eq(bits_d(r), 0);
    float f = 0x1p127f;
    cr_expect(!fp_round_from_rne_s(FP_OP_MUL, FP_RUP, 0x1p100, 0x1p27, 0,
                                   &f));
    cr_expect_eq(bits_f(f), 0x7f000000u);
}

/* RMM directly: the neighbour away from zero on a tie only. */
Test(fp_round, ties_away)
{
    /* double 1 + 2^-24 to single: a tie between 1 and 1 + 2^-23 */
    cr_expect_eq(bits_f(fp_rmm_s(FP_OP_CVT, 1.0 + 0x1p-24, 0, 0, 1.0f)),
                 0x3f800001u);
    cr_expect_eq(bits_f(fp_rmm_s(FP_OP_CVT, -1.0 - 0x1p-24, 0, 0, -1.0f)),
                 0xbf800001u);
    /* 1 + 2^-24 - 2^-40: not a tie, RNE's 1 stays */
    cr_expect_eq(bits_f(fp_rmm_s(FP_OP_CVT, 1.0 + 0x1p-24 - 0x1p-40, 0, 0,
                                 1.0f)),
                 0x3f800000u);
    /* 2^-150 to single: a tie between 0 and the least subnormal 2^-149 */
    cr_expect_eq(bits_f(fp_rmm_s(FP_OP_CVT, 0x1p-150, 0, 0, 0.0f)), 1u);
    /* 1 + 2^-53 in double: r = 1 becomes 1 + 2^-52 */
    cr_expect_eq(bits_d(fp_rmm_d(FP_OP_ADD, 1.0, 0x1p-53, 0, 1.0)),
                 D_ONE + 1);
    /* (1 + 2^-52) + 2^-80: above the tie, RNE's 1 + 2^-52 stays */
    cr_expect_eq(bits_d(fp_rmm_d(FP_OP_ADD, 1.0 + 0x1p-52, 0x1p-80, 0,
                                 1.0 + 0x1p-52)),
                 D_ONE + 1);
    /* quotients of normal doubles are never ties; sqrt never */
    cr_expect_eq(bits_d(fp_rmm_d(FP_OP_DIV, 1.0, 3.0, 0,
                                 d_of(0x3fd5555555555555))),
                 0x3fd5555555555555);
    cr_expect_eq(bits_d(fp_rmm_d(FP_OP_SQRT, 2.0, 0, 0,
                                 d_of(0x3ff6a09e667f3bcd))),
                 0x3ff6a09e667f3bcd);
    /* inf and NaN pass through */
    cr_expect_eq(bits_d(fp_rmm_d(FP_OP_MUL, 0x1p1000, 0x1p1000, 0,
                                 d_of(D_INF))),
                 D_INF);
}

Test(fp_round, exact_sum_signs)
{
    const double a[] = {1, 0x1p-60, -1};
    const double b[] = {1, -0x1p-60, -1};
    const double c[] = {0x1p-1074, -0x1p-1074};
    const double d[] = {1, 1, -2};
    /* 2^1000 + 1 - 2^1000 - 1 + 2^-1000 = 2^-1000 */
    const double e[] = {0x1p1000, 1, -0x1p1000, -1, 0x1p-1000};
    /* six terms summing to 0 exactly, with a cancelling tiny pair */
    const double f[] = {3, -1, -1, -1, 0x1p-1074, -0x1p-1074};
    cr_expect_eq(fp_sum_sign(a, 3), 1);
    cr_expect_eq(fp_sum_sign(b, 3), -1);
    cr_expect_eq(fp_sum_sign(c, 2), 0);
    cr_expect_eq(fp_sum_sign(d, 3), 0);
    cr_expect_eq(fp_sum_sign(e, 5), 1);
    cr_expect_eq(fp_sum_sign(f, FP_SUM_MAX_TERMS), 0);
    cr_expect_eq(fp_sum_sign(f, 0), 0);
    double err;
    cr_expect_eq(fp_two_sum(1.0, 0x1p-60, &err), 1.0);
    cr_expect_eq(err, 0x1p-60);
}

/* ---- the host environment (fp-env.h) ----------------------------------- */

/* Each flag from the op that raises it, alone (exact). */
Test(fp_env, flags_of_each_op)
{
    unsigned f;
    double r = fp_host_op_d(FP_OP_DIV, FP_RNE, 0, true, 1.0, 0.0, 0, &f);
    cr_expect_eq(bits_d(r), D_INF);
    cr_expect_eq(f, DZ);
    r = fp_host_op_d(FP_OP_DIV, FP_RNE, 0, true, 0.0, 0.0, 0, &f);
    cr_expect(r != r);
    cr_expect_eq(f, NV);
    fp_host_op_d(FP_OP_SQRT, FP_RNE, 0, true, -1.0, 0, 0, &f);
    cr_expect_eq(f, NV);
    r = fp_host_op_d(FP_OP_MUL, FP_RNE, 0, true, d_of(D_MAX), 2.0, 0, &f);
    cr_expect_eq(bits_d(r), D_INF);
    cr_expect_eq(f, OF | NX);
    /* 2^-1074 / 2: a tie between 0 (even) and 2^-1074: 0, tiny, inexact.
     * The operand is subnormal: x86 also says DENORMAL (MXCSR.DE). */
    r = fp_host_op_d(FP_OP_MUL, FP_RNE, 0, true, d_of(1), 0.5, 0, &f);
    cr_expect_eq(bits_d(r), 0);
#ifdef FP_ENV_MXCSR
    cr_expect_eq(f, UF | NX | FP_FLAG_DENORMAL);
#else
    cr_expect_eq(f, UF | NX);
#endif
    float s = fp_host_op_s(FP_OP_MUL, FP_RNE, 0, true, 0x1p-126f, 0.5f, 0,
                           &f);
    cr_expect_eq(bits_f(s), 0x00400000u); /* exact subnormal: no flags */
    cr_expect_eq(f, 0);
    fp_host_op_d(FP_OP_ADD, FP_RNE, 0, true, 1.0, 1.0, 0, &f);
    cr_expect_eq(f, 0);
    /* fma, one rounding: 0x3fd5555555555555 is (2^54 - 1) / 3 * 2^-54,
     * so times 3 it is 1 - 2^-54 and minus 1 exactly -2^-54: no flags */
    r = fp_host_op_d(FP_OP_FMA, FP_RNE, 0, true, d_of(0x3fd5555555555555),
                     3.0, -1.0, &f);
    cr_expect_eq(r, -0x1p-54);
    cr_expect_eq(f, 0);
}

/* Lazy clearing: keep and exact, and the host left in RNE. */
Test(fp_env, keep_and_exact)
{
    unsigned f;
    fp_host_op_d(FP_OP_DIV, FP_RNE, 0, true, 1.0, 3.0, 0, &f);
    cr_expect_eq(f, NX); /* the host's inexact flag is now set */
    /* inexact in keep: the stale flag survives and is reported again */
    fp_host_op_d(FP_OP_ADD, FP_RNE, NX, false, 1.0, 1.0, 0, &f);
    cr_expect_eq(f, NX);
    /* exact: cleared whatever keep says */
    fp_host_op_d(FP_OP_ADD, FP_RNE, NX, true, 1.0, 1.0, 0, &f);
    cr_expect_eq(f, 0);
    /* a stale flag not in keep is cleared */
    fp_host_op_d(FP_OP_DIV, FP_RNE, NX, false, 1.0, 3.0, 0, &f);
    cr_expect_eq(f, NX);
    fp_host_op_d(FP_OP_ADD, FP_RNE, DZ, false, 1.0, 1.0, 0, &f);
    cr_expect_eq(f, 0);
    /* a switched mode is used, then put back */
    double r = fp_host_op_d(FP_OP_DIV, FP_RUP, 0, true, 1.0, 3.0, 0, &f);
    cr_expect_eq(bits_d(r), 0x3fd5555555555556);
    cr_expect_eq(f, NX);
    r = fp_host_op_d(FP_OP_DIV, FP_RDN, 0, true, -1.0, 3.0, 0, &f);
    cr_expect_eq(bits_d(r), 0xbfd5555555555556);
    float s = fp_host_op_s(FP_OP_DIV, FP_RTZ, 0, true, 1.0f, 3.0f, 0, &f);
    cr_expect_eq(bits_f(s), 0x3eaaaaaau);
    /* RMM runs as RNE on the host (then fp_rmm_* fixes ties) */
    r = fp_host_op_d(FP_OP_ADD, FP_RMM, 0, true, 1.0, 0x1p-53, 0, &f);
    cr_expect_eq(r, 1.0);
    cr_expect_eq(fegetround(), FE_TONEAREST);
    volatile double x = 1.0, y = 3.0;
    cr_expect_eq(bits_d(x / y), 0x3fd5555555555555); /* RNE again */
}
