/* SPDX-License-Identifier: MIT */
/*
 * Soft-FP support shared by the guests' FP helpers: every IEEE rounding
 * mode from the host's round-to-nearest result (fp-round.c), and the host
 * FP environment (fp-env.h).  This file owns the guest-neutral rounding
 * modes (enum fp_round), the ops the rounding code knows (enum fp_op) and
 * the exact error terms that decide a rounding without asking the host.
 * A guest maps its own rounding-mode encoding to enum fp_round and keeps
 * its NaN, flag and format rules.
 *
 * Why derive instead of switching the host's mode: on x86-64 an ldmxcsr
 * followed by an SSE op and stmxcsr costs ~150 cycles (the write
 * serializes), against ~5 for the op alone.  So helpers compute in RNE and
 * correct the result from the exact error of the op: RMM needs to know
 * whether the exact result was a tie, RTZ/RDN/RUP only the sign of
 * (exact - RNE).  Near the range limits, where a directed mode also
 * changes overflow and underflow, the caller asks the host instead.
 */
#ifndef XRUN_TRANSLATOR_FP_ROUND_H
#define XRUN_TRANSLATOR_FP_ROUND_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/*
 * IEEE 754 rounding directions.  The order is the RISC-V rm encoding (so
 * that guest uses its field as is); other guests map theirs.
 */
enum fp_round {
    FP_RNE = 0, /* to nearest, ties to even */
    FP_RTZ = 1, /* toward zero */
    FP_RDN = 2, /* toward -inf */
    FP_RUP = 3, /* toward +inf */
    FP_RMM = 4, /* to nearest, ties away from zero (x86 has no such mode) */
};

/* The ops the rounding code knows.  Single ops are computed in double. */
enum fp_op {
    FP_OP_ADD, FP_OP_SUB, FP_OP_MUL, FP_OP_DIV, FP_OP_SQRT, FP_OP_FMA,
    FP_OP_CVT /* a (a double) rounded to single */
};

/* Error sign that the fast path cannot tell: use the host's mode. */
#define FP_ERR_UNKNOWN 2

/* Most terms fp_sum_sign() takes. */
#define FP_SUM_MAX_TERMS 6

/* s + *err == a + b exactly (Knuth's TwoSum, no ordering needed). */
static inline double fp_two_sum(double a, double b, double *err)
{
    double s = a + b;
    double bb = s - a;
    *err = (a - (s - bb)) + (b - bb);
    return s;
}

/*
 * Sign (-1, 0, 1) of the exact sum of t[0..n), n <= FP_SUM_MAX_TERMS.
 * Terms must be small enough that no partial sum overflows.
 */
int fp_sum_sign(const double *t, int n);

/*
 * RMM from r = RNE(a op b (op c)): r unless the exact result was a tie RNE
 * broke toward zero, then the neighbour of r away from zero.  Flags are
 * those of RNE (same overflow threshold, same tininess after rounding).
 */
double fp_rmm_d(enum fp_op k, double a, double b, double c, double r);
float fp_rmm_s(enum fp_op k, double a, double b, double c, float r);

/*
 * Sign (-1, 0, 1) of (exact result - r) for r = RNE(a op b (op c)) with
 * 2^-960 <= |r| <= 2^960 (single: 2^-120 <= |r| <= 2^120), or
 * FP_ERR_UNKNOWN when the operands are too far out of range to tell
 * cheaply (doubles only).  Single operands and results are passed widened
 * to double.
 */
int fp_err_sign_d(enum fp_op k, double a, double b, double c, double r);
int fp_err_sign_s(enum fp_op k, double a, double b, double c, double r);

/* r is far enough from overflow, underflow and zero for the fast path. */
static inline int fp_fast_range_d(double r)
{
    double m = fabs(r);
    return m >= 0x1p-960 && m <= 0x1p960;
}

static inline int fp_fast_range_s(float r)
{
    float m = fabsf(r);
    return m >= 0x1p-120f && m <= 0x1p120f;
}

/*
 * RTZ, RDN or RUP of x from r = RNE(x) (in the fast range) and the sign of
 * x - r: r or its neighbour toward x, as a step on r's bits (+1 away from
 * zero, -1 toward it).  The flags are those of RNE: inexact is the same,
 * and in the fast range nothing overflows or is tiny.
 */
static inline int fp_directed_step(bool pos, int err, enum fp_round rm)
{
    if (err == 0) {
        return 0;
    }
    bool below = err < 0; /* x < r */
    switch (rm) {
    case FP_RTZ:
        return below == pos ? -1 : 0; /* |x| < |r| */
    case FP_RDN:
        return below ? (pos ? -1 : 1) : 0;
    default: /* FP_RUP */
        return below ? 0 : (pos ? 1 : -1);
    }
}

static inline double fp_directed_d(double r, int err, enum fp_round rm)
{
    uint64_t u;
    memcpy(&u, &r, sizeof(u));
    u += (uint64_t)(int64_t)fp_directed_step(r > 0, err, rm);
    memcpy(&r, &u, sizeof(r));
    return r;
}

static inline float fp_directed_s(float r, int err, enum fp_round rm)
{
    uint32_t u;
    memcpy(&u, &r, sizeof(u));
    u += (uint32_t)fp_directed_step(r > 0, err, rm);
    memcpy(&r, &u, sizeof(r));
    return r;
}

/*
 * *r = RNE(a op b (op c)) rounded in rm instead, with the flags of RNE
 * still right: true, or false (*r unchanged) when r is too close to the
 * range limits and the caller must recompute on the host in rm.
 */
static inline bool fp_round_from_rne_d(enum fp_op k, enum fp_round rm,
                                       double a, double b, double c,
                                       double *r)
{
    if (rm == FP_RMM) {
        *r = fp_rmm_d(k, a, b, c, *r);
    } else if (rm != FP_RNE) {
        int err = fp_fast_range_d(*r) ? fp_err_sign_d(k, a, b, c, *r)
                                      : FP_ERR_UNKNOWN;
        if (err == FP_ERR_UNKNOWN) {
            return false;
        }
        *r = fp_directed_d(*r, err, rm);
    }
    return true;
}

/* Single: a, b, c are the single operands, exactly widened. */
static inline bool fp_round_from_rne_s(enum fp_op k, enum fp_round rm,
                                       double a, double b, double c,
                                       float *r)
{
    if (rm == FP_RMM) {
        *r = fp_rmm_s(k, a, b, c, *r);
    } else if (rm != FP_RNE) {
        if (!fp_fast_range_s(*r)) {
            return false;
        }
        *r = fp_directed_s(*r, fp_err_sign_s(k, a, b, c, *r), rm);
    }
    return true;
}

#endif
