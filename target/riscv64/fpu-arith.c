/* SPDX-License-Identifier: MIT */
/*
 * F/D arithmetic helpers: fadd, fsub, fmul, fdiv, fsqrt and the four fused
 * multiply-adds.  The host computes them in RNE (SSE gives the IEEE result
 * and flags); RMM and, away from the range limits, RTZ/RDN/RUP are derived
 * from that result (fpu-round.c).  Near overflow, underflow or zero, a
 * directed mode is recomputed with the host switched to it.  What is left
 * is the canonical NaN, and the fma invalid case x86 does not flag.
 */
#include <math.h>

#include "target/riscv64/fpu-host.h"
#include "target/riscv64/fpu-round.h"
#include "target/riscv64/fpu.h"

/*
 * RISC-V requires NV for inf * 0 even when the addend is a quiet NaN; x86
 * returns the NaN without flagging it.  (With any other addend the host
 * flags it itself.)
 */
static inline unsigned rv_fp_fma_inf_zero(double a, double b)
{
    return (isinf(a) && b == 0) || (a == 0 && isinf(b)) ? RV_FFLAG_NV : 0;
}

/* a op b (op c) under the host's current rounding, with its flags. */
static inline double rv_fp_host_d(struct rv_fp_env *env,
                                  const struct rv_cpu *cpu, unsigned rm,
                                  enum rv_fp_kind k, double a, double b,
                                  double c, unsigned *flags)
{
    double r;
    rv_fp_host_enter(env, cpu, rm);
    RV_FP_PIN(a);
    RV_FP_PIN(b);
    RV_FP_PIN(c);
    switch (k) {
    case RV_FP_ADD: r = a + b; break;
    case RV_FP_SUB: r = a - b; break;
    case RV_FP_MUL: r = a * b; break;
    case RV_FP_DIV: r = a / b; break;
    case RV_FP_SQRT: r = sqrt(a); break;
    default: r = fma(a, b, c); break;
    }
    RV_FP_PIN(r);
    *flags = rv_fp_host_leave(env);
    if (k == RV_FP_FMA && r != r) {
        *flags |= rv_fp_fma_inf_zero(a, b);
    }
    return r;
}

static inline float rv_fp_host_s(struct rv_fp_env *env,
                                 const struct rv_cpu *cpu, unsigned rm,
                                 enum rv_fp_kind k, float a, float b, float c,
                                 unsigned *flags)
{
    float r;
    rv_fp_host_enter(env, cpu, rm);
    RV_FP_PIN(a);
    RV_FP_PIN(b);
    RV_FP_PIN(c);
    switch (k) {
    case RV_FP_ADD: r = a + b; break;
    case RV_FP_SUB: r = a - b; break;
    case RV_FP_MUL: r = a * b; break;
    case RV_FP_DIV: r = a / b; break;
    case RV_FP_SQRT: r = sqrtf(a); break;
    default: r = fmaf(a, b, c); break;
    }
    RV_FP_PIN(r);
    *flags = rv_fp_host_leave(env);
    if (k == RV_FP_FMA && r != r) {
        *flags |= rv_fp_fma_inf_zero(a, b);
    }
    return r;
}

/* The slow path: a directed mode near the range limits, on the host. */
static __attribute__((noinline)) double
rv_fp_slow_d(struct rv_cpu *cpu, unsigned rm, enum rv_fp_kind k, double a,
             double b, double c)
{
    struct rv_fp_env env;
    unsigned flags;
    double r = rv_fp_host_d(&env, cpu, rm, k, a, b, c, &flags);
    cpu->fflags |= flags;
    return r;
}

static __attribute__((noinline)) float
rv_fp_slow_s(struct rv_cpu *cpu, unsigned rm, enum rv_fp_kind k, float a,
             float b, float c)
{
    struct rv_fp_env env;
    unsigned flags;
    float r = rv_fp_host_s(&env, cpu, rm, k, a, b, c, &flags);
    cpu->fflags |= flags;
    return r;
}

/* One double op under rm: RNE on the host, then the mode's correction. */
static inline uint64_t rv_fp_run_d(struct rv_cpu *cpu, uint64_t aux,
                                   enum rv_fp_kind k, double a, double b,
                                   double c)
{
    unsigned rm = rv_fp_rm(cpu, aux), flags;
    struct rv_fp_env env;
    double r = rv_fp_host_d(&env, cpu, RV_RM_RNE, k, a, b, c, &flags);
    if (rm == RV_RM_RMM) {
        r = rv_fp_rmm_d(k, a, b, c, r);
    } else if (rm != RV_RM_RNE) {
        int err = rv_fp_fast_range_d(r) ? rv_fp_err_sign_d(k, a, b, c, r)
                                        : RV_FP_ERR_UNKNOWN;
        if (err == RV_FP_ERR_UNKNOWN) {
            return rv_fp_from_d(rv_fp_slow_d(cpu, rm, k, a, b, c));
        }
        r = rv_fp_directed_d(r, err, rm);
    }
    cpu->fflags |= flags;
    return rv_fp_from_d(r);
}

static inline uint64_t rv_fp_run_s(struct rv_cpu *cpu, uint64_t aux,
                                   enum rv_fp_kind k, float a, float b,
                                   float c)
{
    unsigned rm = rv_fp_rm(cpu, aux), flags;
    struct rv_fp_env env;
    float r = rv_fp_host_s(&env, cpu, RV_RM_RNE, k, a, b, c, &flags);
    if (rm == RV_RM_RMM) {
        r = rv_fp_rmm_s(k, a, b, c, r);
    } else if (rm != RV_RM_RNE) {
        if (!rv_fp_fast_range_s(r)) {
            return rv_fp_box(rv_fp_slow_s(cpu, rm, k, a, b, c));
        }
        r = rv_fp_directed_s(r, rv_fp_err_sign_s(k, a, b, c, r), rm);
    }
    cpu->fflags |= flags;
    return rv_fp_box(r);
}

/* fadd, fsub, fmul, fdiv in both formats. */
#define RV_FP_ARITH_HELPERS(name)                                          \
    uint64_t rv_fp_##name##_s(struct cpu *c, uint64_t x, uint64_t y,           \
                              uint64_t z, uint64_t aux)                        \
    {                                                                          \
        return rv_fp_run_s(rv_cpu(c), aux, RV_FP_KIND_##name, rv_fp_unbox(x),  \
                           rv_fp_unbox(y), 0);                                 \
    }                                                                          \
    uint64_t rv_fp_##name##_d(struct cpu *c, uint64_t x, uint64_t y,           \
                              uint64_t z, uint64_t aux)                        \
    {                                                                          \
        return rv_fp_run_d(rv_cpu(c), aux, RV_FP_KIND_##name, rv_fp_to_d(x),   \
                           rv_fp_to_d(y), 0);                                  \
    }
#define RV_FP_KIND_add RV_FP_ADD
#define RV_FP_KIND_sub RV_FP_SUB
#define RV_FP_KIND_mul RV_FP_MUL
#define RV_FP_KIND_div RV_FP_DIV
RV_FP_ARITH(RV_FP_ARITH_HELPERS)
#undef RV_FP_ARITH_HELPERS

uint64_t rv_fp_sqrt_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                      uint64_t aux)
{
    return rv_fp_run_s(rv_cpu(c), aux, RV_FP_SQRT, rv_fp_unbox(x), 0, 0);
}

uint64_t rv_fp_sqrt_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                      uint64_t aux)
{
    return rv_fp_run_d(rv_cpu(c), aux, RV_FP_SQRT, rv_fp_to_d(x), 0, 0);
}

/*
 * fmadd, fmsub, fnmsub, fnmadd: +-(a * b) +- c with one rounding, as
 * fma(+-a, b, +-c); negation is exact, and NaN results are canonical
 * whatever their sign.
 */
uint64_t rv_fp_fma_s(struct cpu *cp, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    unsigned sel = (unsigned)aux >> 3;
    float a = rv_fp_unbox(x), c = rv_fp_unbox(z);
    a = sel & RV_FMA_NEG_PROD ? -a : a;
    c = sel & RV_FMA_NEG_ADD ? -c : c;
    return rv_fp_run_s(rv_cpu(cp), aux, RV_FP_FMA, a, rv_fp_unbox(y), c);
}

uint64_t rv_fp_fma_d(struct cpu *cp, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    unsigned sel = (unsigned)aux >> 3;
    double a = rv_fp_to_d(x), c = rv_fp_to_d(z);
    a = sel & RV_FMA_NEG_PROD ? -a : a;
    c = sel & RV_FMA_NEG_ADD ? -c : c;
    return rv_fp_run_d(rv_cpu(cp), aux, RV_FP_FMA, a, rv_fp_to_d(y), c);
}
