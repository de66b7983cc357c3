/* SPDX-License-Identifier: MIT */
/*
 * RMM (round to nearest, ties away from zero), which x86 has no mode for.
 * RMM and RNE differ only on an exact tie that RNE broke toward zero, so a
 * helper computes in RNE and asks here whether the exact result was the
 * midpoint between r and its neighbour away from zero.  The midpoint test
 * is an exact "do these terms sum to zero" on error-free transformations
 * (TwoSum, the fma product error), with operands scaled by powers of two
 * so that no term over- or underflows.  Singles are tested in double, where
 * their products and midpoints are exact.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "target/riscv64/fpu.h"

#define RV_FP_MAX_TERMS 6

/* s + *err == a + b exactly (Knuth's TwoSum, no ordering needed). */
static inline double rv_fp_two_sum(double a, double b, double *err)
{
    double s = a + b;
    double bb = s - a;
    *err = (a - (s - bb)) + (b - bb);
    return s;
}

/*
 * Is the exact sum of t[0..n) zero?  Grows a Shewchuk expansion one term
 * at a time; the expansion is nonoverlapping, so its sum is zero only if
 * every component is.  Terms must be small enough that no TwoSum overflows.
 */
static bool rv_fp_sum_is_zero(const double *t, int n)
{
    double e[RV_FP_MAX_TERMS];
    int m = 0;
    for (int i = 0; i < n; i++) {
        double q = t[i];
        for (int j = 0; j < m; j++) {
            q = rv_fp_two_sum(q, e[j], &e[j]);
        }
        e[m++] = q;
    }
    for (int j = 0; j < m; j++) {
        if (e[j] != 0) {
            return false;
        }
    }
    return true;
}

/* Neighbour of finite r away from zero (+-0 -> +-min subnormal). */
static float rv_fp_away_s(float r)
{
    uint32_t u;
    memcpy(&u, &r, sizeof(u));
    u++;
    memcpy(&r, &u, sizeof(r));
    return r;
}

static double rv_fp_away_d(double r)
{
    uint64_t u;
    memcpy(&u, &r, sizeof(u));
    u++;
    memcpy(&r, &u, sizeof(r));
    return r;
}

/*
 * Singles: the exact result minus the midpoint q = r + h, as double terms.
 * Returns the RMM result given terms t[0..n) of the exact result.
 */
static float rv_fp_rmm_fix_s(double *t, int n, float r)
{
    if (!isfinite(r)) {
        return r;
    }
    float away = rv_fp_away_s(r);
    if (!isfinite(away)) {
        return r; /* a tie above FLT_MAX rounds to inf in RNE already */
    }
    t[n++] = -(double)r;
    t[n++] = -((double)away - (double)r) * 0.5;
    return rv_fp_sum_is_zero(t, n) ? away : r;
}

float rv_fp_rmm_add_s(float a, float b, float r)
{
    double t[4] = {a, b};
    return rv_fp_rmm_fix_s(t, 2, r);
}

float rv_fp_rmm_sub_s(float a, float b, float r)
{
    return rv_fp_rmm_add_s(a, -b, r);
}

float rv_fp_rmm_mul_s(float a, float b, float r)
{
    double t[3] = {(double)a * b}; /* 48 bits: exact */
    return rv_fp_rmm_fix_s(t, 1, r);
}

float rv_fp_rmm_fma_s(float a, float b, float c, float r)
{
    double t[4] = {(double)a * b, c};
    return rv_fp_rmm_fix_s(t, 2, r);
}

float rv_fp_rmm_cvt_s_d(double a, float r)
{
    double t[3] = {a};
    return rv_fp_rmm_fix_s(t, 1, r);
}

/* a / b is the midpoint q = r + h iff a - q * b == 0; q * b is exact. */
float rv_fp_rmm_div_s(float a, float b, float r)
{
    if (!isfinite(r) || !isfinite(a) || !isfinite(b)) {
        return r;
    }
    float away = rv_fp_away_s(r);
    double q = (double)r + ((double)away - (double)r) * 0.5;
    double t[2] = {a, -(q * b)};
    return rv_fp_sum_is_zero(t, 2) ? away : r;
}

double rv_fp_rmm_add_d(double a, double b, double r)
{
    if (!isfinite(r) || r == 0) {
        return r; /* a zero sum is exact */
    }
    double away = rv_fp_away_d(r);
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
    return rv_fp_sum_is_zero(t, 4) ? away : r;
}

double rv_fp_rmm_sub_d(double a, double b, double r)
{
    return rv_fp_rmm_add_d(a, -b, r);
}

/*
 * a * b: with a = ma 2^E1, b = mb 2^E2 (ma, mb in [0.5, 1)) the product
 * ma * mb is p + pe exactly, and r, h scaled by 2^-(E1+E2) are exact too.
 */
double rv_fp_rmm_mul_d(double a, double b, double r)
{
    if (!isfinite(r) || a == 0 || b == 0) {
        return r;
    }
    double away = rv_fp_away_d(r);
    if (!isfinite(away)) {
        return r;
    }
    int ea, eb;
    double ma = frexp(a, &ea), mb = frexp(b, &eb);
    int e = ea + eb;
    double p = ma * mb;
    double t[4] = {p, fma(ma, mb, -p), -ldexp(r, -e), -ldexp(away - r, -e - 1)};
    return rv_fp_sum_is_zero(t, 4) ? away : r;
}

/*
 * a / b: a quotient of two 53-bit numbers is never a 54-bit midpoint, so
 * only subnormal results (coarser grid) can tie.  Scaled as for mul, the
 * test is ma - (r + h) * mb == 0 with r * mb split exactly by fma.
 */
double rv_fp_rmm_div_d(double a, double b, double r)
{
    if (!(fabs(r) < 0x1p-1022) || a == 0 || !isfinite(a) || !isfinite(b)) {
        return r;
    }
    double away = rv_fp_away_d(r);
    int ea, eb;
    double ma = frexp(a, &ea), mb = frexp(b, &eb);
    int e = ea - eb;
    double rs = ldexp(r, -e), hs = ldexp(away - r, -e - 1);
    double p = rs * mb;
    double t[4] = {ma, -p, -fma(rs, mb, -p), -hs * mb};
    return rv_fp_sum_is_zero(t, 4) ? away : r;
}

/*
 * a * b + c, scaled by 2^-e with e the product's exponent.  An addend far
 * below the product's last bit, or a product far below the addend's half
 * ulp, cannot make a tie.  Otherwise every term is exact after scaling:
 * when e >= -968 the exact result lies on the 2^-1074 grid, so a tiny r is
 * exact (no tie) and a larger one is at least 2^(e-252).
 */
double rv_fp_rmm_fma_d(double a, double b, double c, double r)
{
    if (!isfinite(r) || !isfinite(a) || !isfinite(b) || !isfinite(c) ||
        a == 0 || b == 0) {
        return r;
    }
    double away = rv_fp_away_d(r);
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
    return rv_fp_sum_is_zero(t, 5) ? away : r;
}
