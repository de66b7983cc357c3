/* SPDX-License-Identifier: MIT */
/*
 * Rounding modes derived from the RNE result (fpu-round.c), private to the
 * rv_fp helpers.  Switching the host rounding mode costs ~150 cycles here
 * (ldmxcsr, op, stmxcsr serializes), so helpers compute in RNE and correct
 * the result from the exact error of the op: RMM needs to know whether the
 * exact result was a tie, RTZ/RDN/RUP only the sign of (exact - RNE).
 */
#ifndef XRUN_TARGET_RISCV64_FPU_ROUND_H
#define XRUN_TARGET_RISCV64_FPU_ROUND_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "target/riscv64/fpu.h"

/* The ops the rounding helpers know.  Single ops are computed in double. */
enum rv_fp_kind {
    RV_FP_ADD, RV_FP_SUB, RV_FP_MUL, RV_FP_DIV, RV_FP_SQRT, RV_FP_FMA,
    RV_FP_CVT /* fcvt.s.d: a (a double) rounded to single */
};

/* Error sign that the fast path cannot tell: use the host's mode. */
#define RV_FP_ERR_UNKNOWN 2

/*
 * RMM from r = RNE(a op b (op c)): r unless the exact result was a tie RNE
 * broke toward zero, then the neighbour of r away from zero.  Flags are
 * those of RNE (same overflow threshold, same tininess after rounding).
 */
double rv_fp_rmm_d(enum rv_fp_kind k, double a, double b, double c, double r);
float rv_fp_rmm_s(enum rv_fp_kind k, double a, double b, double c, float r);

/*
 * Sign (-1, 0, 1) of (exact result - r) for r = RNE(a op b (op c)) with
 * 2^-960 <= |r| <= 2^960 (single: 2^-120 <= |r| <= 2^120), or
 * RV_FP_ERR_UNKNOWN when the operands are too far out of range to tell
 * cheaply.  Single operands and results are passed widened to double.
 */
int rv_fp_err_sign_d(enum rv_fp_kind k, double a, double b, double c,
                     double r);
int rv_fp_err_sign_s(enum rv_fp_kind k, double a, double b, double c,
                     double r);

/* r is far enough from overflow, underflow and zero for the fast path. */
static inline int rv_fp_fast_range_d(double r)
{
    double m = fabs(r);
    return m >= 0x1p-960 && m <= 0x1p960;
}

static inline int rv_fp_fast_range_s(float r)
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
static inline int rv_fp_directed_step(bool pos, int err, unsigned rm)
{
    if (err == 0) {
        return 0;
    }
    bool below = err < 0; /* x < r */
    switch (rm) {
    case RV_RM_RTZ:
        return below == pos ? -1 : 0; /* |x| < |r| */
    case RV_RM_RDN:
        return below ? (pos ? -1 : 1) : 0;
    default: /* RUP */
        return below ? 0 : (pos ? 1 : -1);
    }
}

static inline double rv_fp_directed_d(double r, int err, unsigned rm)
{
    uint64_t u;
    memcpy(&u, &r, sizeof(u));
    u += (uint64_t)(int64_t)rv_fp_directed_step(r > 0, err, rm);
    memcpy(&r, &u, sizeof(r));
    return r;
}

static inline float rv_fp_directed_s(float r, int err, unsigned rm)
{
    uint32_t u;
    memcpy(&u, &r, sizeof(u));
    u += (uint32_t)rv_fp_directed_step(r > 0, err, rm);
    memcpy(&r, &u, sizeof(r));
    return r;
}

#endif
