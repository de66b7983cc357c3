/* SPDX-License-Identifier: MIT */
/*
 * Rounding modes the guests' FP helpers do not ask the host for
 * (fp-round.h): RMM, which x86 lacks, and RTZ/RDN/RUP away from the range
 * limits, which are cheaper to derive than to switch MXCSR for.  Both
 * start from the RNE result r.  RMM differs from RNE only on an exact tie
 * that RNE broke toward zero; a directed mode moves r one step toward the
 * exact result when that is on the wrong side.  Both questions are
 * answered exactly from error-free transformations (TwoSum, the fma
 * product error): the exact result minus r is a short list of doubles
 * whose sum's sign (or zeroness) an expansion gives, with operands scaled
 * by powers of two so that no term over- or underflows.  Singles are done
 * in double, where their products and midpoints are exact.  Nothing here
 * reads or changes the host FP environment, and nothing depends on a
 * guest: NaN and flag rules are the callers'.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "translator/fp-round.h"

/*
 * Sign (-1, 0, 1) of the exact sum of t[0..n).  Grows a Shewchuk expansion
 * one term at a time; the expansion is nonoverlapping and ordered, so its
 * sum has the sign of its largest nonzero component.  Terms must be small
 * enough that no TwoSum overflows.
 */
static int fp_sum_sign_n(const double *t, int n)
{
    double e[FP_SUM_MAX_TERMS];
    int m = 0;
    for (int i = 0; i < n; i++) {
        double q = t[i];
        for (int j = 0; j < m; j++) {
            q = fp_two_sum(q, e[j], &e[j]);
        }
        e[m++] = q;
    }
    while (m > 0 && e[m - 1] == 0) {
        m--;
    }
    return m == 0 ? 0 : e[m - 1] > 0 ? 1 : -1;
}

static bool fp_sum_is_zero(const double *t, int n)
{
    return fp_sum_sign_n(t, n) == 0;
}

/* Out of line for other users; the static one above stays inlinable here. */
int fp_sum_sign(const double *t, int n)
{
    return fp_sum_sign_n(t, n);
}

/* Neighbour of finite r away from zero (+-0 -> +-min subnormal). */
static float fp_away_s(float r)
{
    uint32_t u;
    memcpy(&u, &r, sizeof(u));
    u++;
    memcpy(&r, &u, sizeof(r));
    return r;
}

static double fp_away_d(double r)
{
    uint64_t u;
    memcpy(&u, &r, sizeof(u));
    u++;
    memcpy(&r, &u, sizeof(r));
    return r;
}

/*
 * Singles: t[0..n) are double terms summing exactly to the exact result;
 * appends -r and -h (h: half the gap to the neighbour away from zero) and
 * tests for zero, i.e. for the exact result being that midpoint.
 */
static float fp_rmm_fix_s(double *t, int n, float r)
{
    if (!isfinite(r)) {
        return r;
    }
    float away = fp_away_s(r);
    if (!isfinite(away)) {
        return r; /* a tie above FLT_MAX rounds to inf in RNE already */
    }
    t[n++] = -(double)r;
    t[n++] = -((double)away - (double)r) * 0.5;
    return fp_sum_is_zero(t, n) ? away : r;
}

static float fp_rmm_add_s(double a, double b, float r)
{
    double t[4] = {a, b};
    return fp_rmm_fix_s(t, 2, r);
}

static float fp_rmm_mul_s(double a, double b, float r)
{
    double t[3] = {a * b}; /* 48 bits: exact */
    return fp_rmm_fix_s(t, 1, r);
}

static float fp_rmm_fma_s(double a, double b, double c, float r)
{
    double t[4] = {a * b, c};
    return fp_rmm_fix_s(t, 2, r);
}

static float fp_rmm_cvt_s_d(double a, float r)
{
    double t[3] = {a};
    return fp_rmm_fix_s(t, 1, r);
}

/* a / b is the midpoint q = r + h iff a - q * b == 0; q * b is exact. */
static float fp_rmm_div_s(double a, double b, float r)
{
    if (!isfinite(r) || !isfinite(a) || !isfinite(b)) {
        return r;
    }
    float away = fp_away_s(r);
    if (!isfinite(away)) {
        return r;
    }
    double q = (double)r + ((double)away - (double)r) * 0.5;
    double t[2] = {a, -(q * b)};
    return fp_sum_is_zero(t, 2) ? away : r;
}

static double fp_rmm_add_d(double a, double b, double r)
{
    if (!isfinite(r) || r == 0) {
        return r; /* a zero sum is exact */
    }
    double away = fp_away_d(r);
    double h = (away - r) * 0.5;
    if (!isfinite(away) || h == 0) {
        return r; /* sums below 2^-1021 are exact: no tie */
    }
    double s = 1.0;
    if (fabs(r) > 0x1p1000 || fabs(a) > 0x1p1000 || fabs(b) > 0x1p1000) {
        /*
         * Keep TwoSum away from overflow.  Bits a tiny operand loses here
         * lie far below any midpoint of such large numbers.
         */
        s = 0x1p-64;
    }
    double t[4] = {a * s, b * s, -r * s, -h * s};
    return fp_sum_is_zero(t, 4) ? away : r;
}

/*
 * a * b: with a = ma 2^E1, b = mb 2^E2 (ma, mb in [0.5, 1)) the product
 * ma * mb is p + pe exactly, and r, h scaled by 2^-(E1+E2) are exact too.
 */
static double fp_rmm_mul_d(double a, double b, double r)
{
    if (!isfinite(r) || a == 0 || b == 0) {
        return r;
    }
    double away = fp_away_d(r);
    if (!isfinite(away)) {
        return r;
    }
    int ea, eb;
    double ma = frexp(a, &ea), mb = frexp(b, &eb);
    int e = ea + eb;
    double p = ma * mb;
    double t[4] = {p, fma(ma, mb, -p), -ldexp(r, -e), -ldexp(away - r, -e - 1)};
    return fp_sum_is_zero(t, 4) ? away : r;
}

/*
 * a / b: a quotient of two 53-bit numbers is never a 54-bit midpoint, so
 * only subnormal results (coarser grid) can tie.  Scaled as for mul, the
 * test is ma - (r + h) * mb == 0 with r * mb split exactly by fma.
 */
static double fp_rmm_div_d(double a, double b, double r)
{
    if (!(fabs(r) < 0x1p-1022) || a == 0 || !isfinite(a) || !isfinite(b)) {
        return r;
    }
    double away = fp_away_d(r);
    int ea, eb;
    double ma = frexp(a, &ea), mb = frexp(b, &eb);
    int e = ea - eb;
    double rs = ldexp(r, -e), hs = ldexp(away - r, -e - 1);
    double p = rs * mb;
    double t[4] = {ma, -p, -fma(rs, mb, -p), -hs * mb};
    return fp_sum_is_zero(t, 4) ? away : r;
}

/*
 * a * b + c, scaled by 2^-e with e the product's exponent.  An addend far
 * below the product's last bit, or a product far below the addend's half
 * ulp, cannot make a tie.  Otherwise every term is exact after scaling:
 * when e >= -968 the exact result lies on the 2^-1074 grid, so a tiny r is
 * exact (no tie) and a larger one is at least 2^(e-252).
 */
static double fp_rmm_fma_d(double a, double b, double c, double r)
{
    if (!isfinite(r) || !isfinite(a) || !isfinite(b) || !isfinite(c) ||
        a == 0 || b == 0) {
        return r;
    }
    double away = fp_away_d(r);
    if (!isfinite(away)) {
        return r;
    }
    int ea, eb;
    double ma = frexp(a, &ea), mb = frexp(b, &eb);
    int e = ea + eb;
    double cs = 0;
    if (c != 0) {
        int ec = ilogb(c);
        if (ec > e + 60 || ec < e - 200) {
            return r;
        }
        cs = ldexp(c, -e);
    }
    if (e >= -968 && fabs(r) < 0x1p-1021) {
        return r;
    }
    double p = ma * mb;
    double t[5] = {p, fma(ma, mb, -p), cs, -ldexp(r, -e),
                   -ldexp(away - r, -e - 1)};
    return fp_sum_is_zero(t, 5) ? away : r;
}

/* Square roots are never ties: a midpoint squared has too many bits. */
double fp_rmm_d(enum fp_op k, double a, double b, double c, double r)
{
    switch (k) {
    case FP_OP_ADD:
        return fp_rmm_add_d(a, b, r);
    case FP_OP_SUB:
        return fp_rmm_add_d(a, -b, r);
    case FP_OP_MUL:
        return fp_rmm_mul_d(a, b, r);
    case FP_OP_DIV:
        return fp_rmm_div_d(a, b, r);
    case FP_OP_FMA:
        return fp_rmm_fma_d(a, b, c, r);
    default:
        return r;
    }
}

float fp_rmm_s(enum fp_op k, double a, double b, double c, float r)
{
    switch (k) {
    case FP_OP_ADD:
        return fp_rmm_add_s(a, b, r);
    case FP_OP_SUB:
        return fp_rmm_add_s(a, -b, r);
    case FP_OP_MUL:
        return fp_rmm_mul_s(a, b, r);
    case FP_OP_DIV:
        return fp_rmm_div_s(a, b, r);
    case FP_OP_FMA:
        return fp_rmm_fma_s(a, b, c, r);
    case FP_OP_CVT:
        return fp_rmm_cvt_s_d(a, r);
    default:
        return r;
    }
}

static int fp_sign(double x)
{
    return (x > 0) - (x < 0);
}

/*
 * Doubles, r in the fast range.  add: TwoSum's error (no intermediate
 * overflows while r is far below DBL_MAX).  mul: fma(a, b, -r), exact as
 * the product's last bit is far above 2^-1074.  div and sqrt: the sign of
 * the remainder, with tiny operands scaled up so it cannot underflow.
 * fma: the expansion of a*b + c - r, for operands in a safe range only.
 */
int fp_err_sign_d(enum fp_op k, double a, double b, double c, double r)
{
    double e;
    switch (k) {
    case FP_OP_ADD:
    case FP_OP_SUB:
        fp_two_sum(a, k == FP_OP_SUB ? -b : b, &e);
        return fp_sign(e);
    case FP_OP_MUL:
        return fp_sign(fma(a, b, -r));
    case FP_OP_DIV:
        if (fabs(a) < 0x1p-900) {
            a *= 0x1p200; /* b * 2^200 cannot overflow: |a / b| >= 2^-960 */
            b *= 0x1p200;
        }
        return fp_sign(fma(-r, b, a)) * fp_sign(b);
    case FP_OP_SQRT:
        if (a < 0x1p-900) {
            a *= 0x1p200;
            r *= 0x1p100;
        }
        return fp_sign(fma(-r, r, a));
    default: { /* FP_OP_FMA */
        if (a == 0 || b == 0) {
            return 0; /* r is c exactly */
        }
        double m = fmax(fabs(a), fmax(fabs(b), fabs(c)));
        double n = fmin(fabs(a), fabs(b));
        if (m > 0x1p400 || n < 0x1p-400 || (c != 0 && fabs(c) < 0x1p-400)) {
            return FP_ERR_UNKNOWN;
        }
        double p = a * b;
        double t[4] = {p, fma(a, b, -p), c, -r};
        return fp_sum_sign_n(t, 4);
    }
    }
}

/*
 * Singles widened to double, r in the fast range: products of two singles
 * are exact in double, and a difference of two values within a factor of
 * two of each other is exact (Sterbenz).
 */
int fp_err_sign_s(enum fp_op k, double a, double b, double c, double r)
{
    switch (k) {
    case FP_OP_ADD:
    case FP_OP_SUB: {
        double t[3] = {a, k == FP_OP_SUB ? -b : b, -r};
        return fp_sum_sign_n(t, 3);
    }
    case FP_OP_MUL:
        return fp_sign(a * b - r);
    case FP_OP_DIV:
        return fp_sign(a - r * b) * fp_sign(b);
    case FP_OP_SQRT:
        return fp_sign(a - r * r);
    case FP_OP_FMA: {
        double t[3] = {a * b, c, -r};
        return fp_sum_sign_n(t, 3);
    }
    default: /* FP_OP_CVT */
        return fp_sign(a - r);
    }
}
