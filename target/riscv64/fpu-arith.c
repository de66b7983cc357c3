/* SPDX-License-Identifier: MIT */
/*
 * F/D arithmetic helpers: fadd, fsub, fmul, fdiv, fsqrt and the four fused
 * multiply-adds.  The host computes them (SSE gives the IEEE result and
 * flags for RNE, RTZ, RDN and RUP); what is left is RMM (fpu-rmm.c), the
 * canonical NaN, and the fma invalid case x86 does not flag.
 */
#include <math.h>

#include "target/riscv64/fpu-host.h"
#include "target/riscv64/fpu.h"

/* One binary op in both formats: r = a OP b under rm, flags accrued. */
#define RV_FP_ARITH_HELPERS(name, OP)                                          \
    uint64_t rv_fp_##name##_s(struct cpu *c, uint64_t x, uint64_t y,           \
                              uint64_t z, uint64_t aux)                        \
    {                                                                          \
        struct rv_cpu *cpu = rv_cpu(c);                                        \
        unsigned rm = rv_fp_rm(cpu, aux);                                      \
        float a = rv_fp_unbox(x), b = rv_fp_unbox(y), r;                       \
        struct rv_fp_env env;                                                  \
        rv_fp_host_enter(&env, cpu, rm);                                       \
        RV_FP_PIN(a);                                                          \
        RV_FP_PIN(b);                                                          \
        r = a OP b;                                                            \
        RV_FP_PIN(r);                                                          \
        rv_fp_host_leave(&env, cpu);                                           \
        if (rm == RV_RM_RMM) {                                                 \
            r = rv_fp_rmm_##name##_s(a, b, r);                                 \
        }                                                                      \
        return rv_fp_box(r);                                                   \
    }                                                                          \
    uint64_t rv_fp_##name##_d(struct cpu *c, uint64_t x, uint64_t y,           \
                              uint64_t z, uint64_t aux)                        \
    {                                                                          \
        struct rv_cpu *cpu = rv_cpu(c);                                        \
        unsigned rm = rv_fp_rm(cpu, aux);                                      \
        double a = rv_fp_to_d(x), b = rv_fp_to_d(y), r;                        \
        struct rv_fp_env env;                                                  \
        rv_fp_host_enter(&env, cpu, rm);                                       \
        RV_FP_PIN(a);                                                          \
        RV_FP_PIN(b);                                                          \
        r = a OP b;                                                            \
        RV_FP_PIN(r);                                                          \
        rv_fp_host_leave(&env, cpu);                                           \
        if (rm == RV_RM_RMM) {                                                 \
            r = rv_fp_rmm_##name##_d(a, b, r);                                 \
        }                                                                      \
        return rv_fp_from_d(r);                                                \
    }
RV_FP_ARITH(RV_FP_ARITH_HELPERS)
#undef RV_FP_ARITH_HELPERS

/* A square root is never a midpoint: RMM gives the RNE result. */
uint64_t rv_fp_sqrt_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                      uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    float a = rv_fp_unbox(x), r;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rv_fp_rm(cpu, aux));
    RV_FP_PIN(a);
    r = sqrtf(a);
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    return rv_fp_box(r);
}

uint64_t rv_fp_sqrt_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                      uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(c);
    double a = rv_fp_to_d(x), r;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rv_fp_rm(cpu, aux));
    RV_FP_PIN(a);
    r = sqrt(a);
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    return rv_fp_from_d(r);
}

/*
 * RISC-V requires NV for inf * 0 even when the addend is a quiet NaN; x86
 * returns the NaN without flagging it.  (With any other addend the host
 * flags it itself.)  Called only when the result is a NaN.
 */
static inline unsigned rv_fp_fma_inf_zero(double a, double b)
{
    return (isinf(a) && b == 0) || (a == 0 && isinf(b)) ? RV_FFLAG_NV : 0;
}

/* fmadd, fmsub, fnmsub, fnmadd: +-(a * b) +- c with one rounding. */
uint64_t rv_fp_fma_s(struct cpu *cp, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(cp);
    unsigned rm = rv_fp_rm(cpu, aux);
    unsigned sel = (unsigned)aux >> 3;
    float a = rv_fp_unbox(x), b = rv_fp_unbox(y), c = rv_fp_unbox(z), r;
    a = sel & RV_FMA_NEG_PROD ? -a : a;
    c = sel & RV_FMA_NEG_ADD ? -c : c;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rm);
    RV_FP_PIN(a);
    RV_FP_PIN(b);
    RV_FP_PIN(c);
    r = fmaf(a, b, c);
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    if (r != r) {
        cpu->fflags |= rv_fp_fma_inf_zero(a, b);
    } else if (rm == RV_RM_RMM) {
        r = rv_fp_rmm_fma_s(a, b, c, r);
    }
    return rv_fp_box(r);
}

uint64_t rv_fp_fma_d(struct cpu *cp, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    struct rv_cpu *cpu = rv_cpu(cp);
    unsigned rm = rv_fp_rm(cpu, aux);
    unsigned sel = (unsigned)aux >> 3;
    double a = rv_fp_to_d(x), b = rv_fp_to_d(y), c = rv_fp_to_d(z), r;
    a = sel & RV_FMA_NEG_PROD ? -a : a;
    c = sel & RV_FMA_NEG_ADD ? -c : c;
    struct rv_fp_env env;
    rv_fp_host_enter(&env, cpu, rm);
    RV_FP_PIN(a);
    RV_FP_PIN(b);
    RV_FP_PIN(c);
    r = fma(a, b, c);
    RV_FP_PIN(r);
    rv_fp_host_leave(&env, cpu);
    if (r != r) {
        cpu->fflags |= rv_fp_fma_inf_zero(a, b);
    } else if (rm == RV_RM_RMM) {
        r = rv_fp_rmm_fma_d(a, b, c, r);
    }
    return rv_fp_from_d(r);
}
