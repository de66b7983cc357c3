/* SPDX-License-Identifier: MIT */
/*
 * F/D conversion helpers: fcvt between W/WU/L/LU and S/D both ways, and
 * fcvt.s.d / fcvt.d.s.  FP -> integer is done in C, not by cvtsd2si: RISC-V
 * saturates (NaN -> the largest value) where x86 returns 0x80..0, and flags
 * NV instead of NX when out of range.  Integer -> FP uses the host under rm,
 * except RMM, which is rounded here with integer arithmetic.
 */
#include <math.h>

#include "target/riscv64/fpu-host.h"
#include "target/riscv64/fpu.h"

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
 * rv_fp_host_enter/leave brackets, so nearbyint() is round-half-even.
 */
static double rv_fp_round_int(double x, unsigned rm)
{
    switch (rm) {
    case RV_RM_RTZ:
        return trunc(x);
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

/* Integer -> FP with prec significand bits, ties away from zero. */
static double rv_fp_int_rmm(struct rv_cpu *cpu, uint64_t x, unsigned kind,
                            int prec)
{
    bool neg;
    uint64_t m = rv_fp_int_mag(x, kind, &neg);
    int bits = m == 0 ? 0 : 64 - __builtin_clzll(m);
    double r = (double)m;
    if (bits > prec) {
        int drop = bits - prec;
        uint64_t rest = m & ((1ull << drop) - 1);
        uint64_t q = (m >> drop) + (rest >= 1ull << (drop - 1));
        r = ldexp((double)q, drop); /* q <= 2^prec: exact */
        cpu->fflags |= rest != 0 ? RV_FFLAG_NX : 0;
    }
    return neg ? -r : r;
}

/*
 * uint64 -> double under the host rounding: halving with the lost bit kept
 * as a sticky bit (round to odd) leaves the one real rounding to cvtsi2sd.
 */
static inline double rv_fp_u64_to_d(uint64_t v)
{
    if ((int64_t)v >= 0) {
        return (double)(int64_t)v;
    }
    double h = (double)(int64_t)(v >> 1 | (v & 1));
    return h + h;
}

static inline float rv_fp_u64_to_s(uint64_t v)
{
    if ((int64_t)v >= 0) {
        return (float)(int64_t)v;
    }
    float h = (float)(int64_t)(v >> 1 | (v & 1));
    return h + h;
}

uint64_t rv_fp_cvt_s_i(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    unsigned kind = (unsigned)aux >> 3;
    if (rm == RV_RM_RMM) {
        return rv_fp_box((float)rv_fp_int_rmm(cpu, x, kind, 24));
    }
    float r;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rm);
    __asm__ volatile("" : "+r"(x));
    switch (kind) {
    case RV_CVT_W:
        r = (float)(int32_t)x;
        break;
    case RV_CVT_WU:
        r = (float)(int64_t)(uint32_t)x;
        break;
    case RV_CVT_L:
        r = (float)(int64_t)x;
        break;
    default:
        r = rv_fp_u64_to_s(x);
        break;
    }
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    return rv_fp_box(r);
}

uint64_t rv_fp_cvt_d_i(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    unsigned kind = (unsigned)aux >> 3;
    if (kind == RV_CVT_W || kind == RV_CVT_WU) {
        return rv_fp_from_d(kind == RV_CVT_W ? (double)(int32_t)x
                                             : (double)(uint32_t)x); /* exact */
    }
    if (rm == RV_RM_RMM) {
        return rv_fp_from_d(rv_fp_int_rmm(cpu, x, kind, 53));
    }
    double r;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rm);
    __asm__ volatile("" : "+r"(x));
    r = kind == RV_CVT_L ? (double)(int64_t)x : rv_fp_u64_to_d(x);
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    return rv_fp_from_d(r);
}

uint64_t rv_fp_cvt_s_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    unsigned rm = rv_fp_rm(cpu, aux);
    double a = rv_fp_to_d(x);
    float r;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rm);
    RV_FP_PIN(a);
    r = (float)a;
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    if (rm == RV_RM_RMM) {
        r = rv_fp_rmm_cvt_s_d(a, r);
    }
    return rv_fp_box(r);
}

/* Exact; the host flags NV for a signaling NaN. */
uint64_t rv_fp_cvt_d_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    float a = rv_fp_unbox(x);
    double r;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rv_fp_rm(cpu, aux));
    RV_FP_PIN(a);
    r = (double)a;
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    return rv_fp_from_d(r);
}
