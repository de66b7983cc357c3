/* SPDX-License-Identifier: MIT */
/*
 * F/D conversion helpers: fcvt between W/WU/L/LU and S/D both ways, and
 * fcvt.s.d / fcvt.d.s.  FP -> integer is done in C, not by cvtsd2si: RISC-V
 * saturates (NaN -> the largest value) where x86 returns 0x80..0, and flags
 * NV instead of NX when out of range.  Integer -> FP is rounded here with
 * integer arithmetic, in every mode.
 */
#include <math.h>

#include "target/riscv64/fpu.h"
#include "translator/fp-env.h"
#include "translator/fp-round.h"

/* Valid range [lo, hi) of the rounded value, and what out-of-range gives. */
struct rv_fp_int_range {
    double lo, hi;
    uint64_t sat_lo, sat_hi; /* for < lo (and -inf); for >= hi, +inf, NaN */
};

/* Indexed by RV_CVT_*; 32-bit results are sign-extended, even WU's. */
static const struct rv_fp_int_range rv_fp_int_ranges[4] = {
    [RV_CVT_W] = {-0x1p31, 0x1p31, 0xffffffff80000000ull, 0x7fffffffull},
    [RV_CVT_WU] = {0.0, 0x1p32, 0, ~0ull},
    [RV_CVT_L] = {-0x1p63, 0x1p63, 1ull << 63, ~0ull >> 1},
    [RV_CVT_LU] = {0.0, 0x1p64, 0, ~0ull},
};

/*
 * x rounded to an integer under rm.  The host stays in RNE outside the
 * fp_env_enter/leave brackets, so nearbyint() is round-half-even.
 * RTZ (every C cast) is inlined: doubles from 2^52 up are integers.
 */
static double rv_fp_round_int(double x, unsigned rm)
{
    switch (rm) {
    case RV_RM_RTZ:
        return fabs(x) < 0x1p52 ? (double)(int64_t)x : x;
    case RV_RM_RDN:
        return floor(x);
    case RV_RM_RUP:
        return ceil(x);
    case RV_RM_RMM:
        return round(x);
    default:
        return nearbyint(x);
    }
}

/* FP (exactly widened to double) -> integer kind; flags set by hand. */
static uint64_t rv_fp_to_int(struct rv_cpu *cpu, double x, unsigned rm,
                             unsigned kind)
{
    const struct rv_fp_int_range *g = &rv_fp_int_ranges[kind];
    if (x != x) {
        cpu->fflags |= RV_FFLAG_NV;
        return g->sat_hi;
    }
    double r = rv_fp_round_int(x, rm);
    if (r < g->lo) { /* -0 is not below lo = 0: it converts to 0 */
        cpu->fflags |= RV_FFLAG_NV;
        return g->sat_lo;
    }
    if (r >= g->hi) {
        cpu->fflags |= RV_FFLAG_NV;
        return g->sat_hi;
    }
    if (r != x) {
        cpu->fflags |= RV_FFLAG_NX;
    }
    switch (kind) {
    case RV_CVT_W:
        return (uint64_t)(int64_t)r;
    case RV_CVT_WU:
        return (uint64_t)(int64_t)(int32_t)(uint32_t)r;
    case RV_CVT_L:
        return (uint64_t)(int64_t)r;
    default:
        return (uint64_t)r;
    }
}

uint64_t rv_fp_cvt_i_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    return rv_fp_to_int(cpu, rv_fp_unbox(x), rm, (unsigned)aux >> 3);
}

uint64_t rv_fp_cvt_i_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    return rv_fp_to_int(cpu, rv_fp_to_d(x), rm, (unsigned)aux >> 3);
}

/* The integer operand of fcvt.*.{w,wu,l,lu}: sign and magnitude. */
static uint64_t rv_fp_int_mag(uint64_t x, unsigned kind, bool *neg)
{
    int64_t s = kind == RV_CVT_W ? (int32_t)x : (int64_t)x;
    *neg = (kind == RV_CVT_W || kind == RV_CVT_L) && s < 0;
    if (kind == RV_CVT_WU) {
        return (uint32_t)x;
    }
    if (*neg) {
        return -(uint64_t)s;
    }
    return kind == RV_CVT_W ? (uint64_t)s : x;
}

/*
 * Integer -> FP with prec significand bits under rm, in integer arithmetic:
 * exact, and cheaper than switching the host's rounding mode.  No integer
 * is large enough to overflow a single.
 */
static double rv_fp_int_round(struct rv_cpu *cpu, uint64_t x, unsigned kind,
                              unsigned rm, int prec)
{
    bool neg;
    uint64_t m = rv_fp_int_mag(x, kind, &neg);
    int bits = m == 0 ? 0 : 64 - __builtin_clzll(m);
    if (bits <= prec) {
        double r = (double)m;
        return neg ? -r : r;
    }
    int drop = bits - prec;
    uint64_t q = m >> drop, rest = m & ((1ull << drop) - 1);
    uint64_t half = 1ull << (drop - 1);
    bool up = false;
    switch (rm) {
    case RV_RM_RNE: up = rest > half || (rest == half && (q & 1)); break;
    case RV_RM_RDN: up = neg && rest != 0; break;
    case RV_RM_RUP: up = !neg && rest != 0; break;
    case RV_RM_RMM: up = rest >= half; break;
    default: break; /* RTZ */
    }
    if (rest != 0) {
        cpu->fflags |= RV_FFLAG_NX;
    }
    double r = ldexp((double)(q + up), drop); /* q + up <= 2^prec: exact */
    return neg ? -r : r;
}

uint64_t rv_fp_cvt_s_i(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    double r = rv_fp_int_round(cpu, x, (unsigned)aux >> 3, rm, 24);
    return rv_fp_box((float)r); /* exact: r has 24 bits */
}

uint64_t rv_fp_cvt_d_i(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    return rv_fp_from_d(rv_fp_int_round(cpu, x, (unsigned)aux >> 3, rm, 53));
}

/* (float)a under the host's rounding in rm, with its fflags. */
static float rv_fp_host_s_d(const struct rv_cpu *cpu, unsigned rm, double a,
                            unsigned *flags)
{
    struct fp_env env;
    fp_env_enter(&env, rm, rv_fp_keep(cpu), false);
    FP_PIN(a);
    float r = (float)a;
    FP_PIN(r);
    *flags = rv_fp_fflags(fp_env_leave(&env));
    return r;
}

/*
 * double -> single: the host converts in RNE; RMM and the directed modes
 * are derived as for arithmetic (translator/fp-round.h), with the host
 * switched to the mode only near overflow and underflow.
 */
uint64_t rv_fp_cvt_s_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux), flags;
    double a = rv_fp_to_d(x);
    float r = rv_fp_host_s_d(cpu, FP_RNE, a, &flags);
    if (!fp_round_from_rne_s(FP_OP_CVT, rm, a, 0, 0, &r)) {
        r = rv_fp_host_s_d(cpu, rm, a, &flags);
    }
    cpu->fflags |= flags;
    return rv_fp_box(r);
}

/* Exact: NV for a signaling NaN is the only flag. */
uint64_t rv_fp_cvt_d_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    rv_fp_rm(cpu, aux); /* a reserved frm is still illegal */
    uint32_t u = rv_fp_unbox_bits(x);
    if ((u & 0x7fc00000u) == 0x7f800000u && (u & 0x003fffffu) != 0) {
        cpu->fflags |= RV_FFLAG_NV;
    }
    return rv_fp_from_d(rv_fp_unbox(x));
}
