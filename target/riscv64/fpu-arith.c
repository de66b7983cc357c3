/* SPDX-License-Identifier: MIT */
/*
 * F/D arithmetic helpers: fadd, fsub, fmul, fdiv, fsqrt and the four fused
 * multiply-adds.  The host computes them in RNE (SSE gives the IEEE result
 * and flags); RMM and, away from the range limits, RTZ/RDN/RUP are derived
 * from that result (translator/fp-round.h).  Near overflow, underflow or
 * zero, a directed mode is recomputed with the host switched to it.  What
 * is left is the canonical NaN, and the fma invalid case x86 does not
 * flag.
 */
#include <math.h>

#include "target/riscv64/fpu.h"
#include "translator/fp-env.h"
#include "translator/fp-round.h"

/*
 * RISC-V requires NV for inf * 0 even when the addend is a quiet NaN; x86
 * returns the NaN without flagging it.  (With any other addend the host
 * flags it itself.)
 */
static inline unsigned rv_fp_fma_inf_zero(double a, double b)
{
    return (isinf(a) && b == 0) || (a == 0 && isinf(b)) ? RV_FFLAG_NV : 0;
}

/* a op b (op c) in rm on the host, with its fflags. */
static inline double rv_fp_host_d(const struct rv_cpu *cpu, unsigned rm,
                                  enum fp_op k, double a, double b, double c,
                                  unsigned *flags)
{
    unsigned host;
    double r = fp_host_op_d(k, rm, rv_fp_keep(cpu), false, a, b, c, &host);
    *flags = rv_fp_fflags(host);
    if (k == FP_OP_FMA && r != r) {
        *flags |= rv_fp_fma_inf_zero(a, b);
    }
    return r;
}

static inline float rv_fp_host_s(const struct rv_cpu *cpu, unsigned rm,
                                 enum fp_op k, float a, float b, float c,
                                 unsigned *flags)
{
    unsigned host;
    float r = fp_host_op_s(k, rm, rv_fp_keep(cpu), false, a, b, c, &host);
    *flags = rv_fp_fflags(host);
    if (k == FP_OP_FMA && r != r) {
        *flags |= rv_fp_fma_inf_zero(a, b);
    }
    return r;
}

/* The slow path: a directed mode near the range limits, on the host. */
static __attribute__((noinline)) double
rv_fp_slow_d(struct rv_cpu *cpu, unsigned rm, enum fp_op k, double a,
             double b, double c)
{
    unsigned flags;
    double r = rv_fp_host_d(cpu, rm, k, a, b, c, &flags);
    cpu->fflags |= flags;
    return r;
}

static __attribute__((noinline)) float
rv_fp_slow_s(struct rv_cpu *cpu, unsigned rm, enum fp_op k, float a,
             float b, float c)
{
    unsigned flags;
    float r = rv_fp_host_s(cpu, rm, k, a, b, c, &flags);
    cpu->fflags |= flags;
    return r;
}

/* One double op under rm: RNE on the host, then the mode's correction. */
static inline uint64_t rv_fp_run_d(struct rv_cpu *cpu, uint64_t aux,
                                   enum fp_op k, double a, double b,
                                   double c)
{
    unsigned rm = rv_fp_rm(cpu, aux), flags;
    double r = rv_fp_host_d(cpu, FP_RNE, k, a, b, c, &flags);
    if (!fp_round_from_rne_d(k, rm, a, b, c, &r)) {
        return rv_fp_from_d(rv_fp_slow_d(cpu, rm, k, a, b, c));
    }
    cpu->fflags |= flags;
    return rv_fp_from_d(r);
}

static inline uint64_t rv_fp_run_s(struct rv_cpu *cpu, uint64_t aux,
                                   enum fp_op k, float a, float b, float c)
{
    unsigned rm = rv_fp_rm(cpu, aux), flags;
    float r = rv_fp_host_s(cpu, FP_RNE, k, a, b, c, &flags);
    if (!fp_round_from_rne_s(k, rm, a, b, c, &r)) {
        return rv_fp_box(rv_fp_slow_s(cpu, rm, k, a, b, c));
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
#define RV_FP_KIND_add FP_OP_ADD
#define RV_FP_KIND_sub FP_OP_SUB
#define RV_FP_KIND_mul FP_OP_MUL
#define RV_FP_KIND_div FP_OP_DIV
RV_FP_ARITH(RV_FP_ARITH_HELPERS)
#undef RV_FP_ARITH_HELPERS

uint64_t rv_fp_sqrt_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                      uint64_t aux)
{
    return rv_fp_run_s(rv_cpu(c), aux, FP_OP_SQRT, rv_fp_unbox(x), 0, 0);
}

uint64_t rv_fp_sqrt_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                      uint64_t aux)
{
    return rv_fp_run_d(rv_cpu(c), aux, FP_OP_SQRT, rv_fp_to_d(x), 0, 0);
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
    return rv_fp_run_s(rv_cpu(cp), aux, FP_OP_FMA, a, rv_fp_unbox(y), c);
}

uint64_t rv_fp_fma_d(struct cpu *cp, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    unsigned sel = (unsigned)aux >> 3;
    double a = rv_fp_to_d(x), c = rv_fp_to_d(z);
    a = sel & RV_FMA_NEG_PROD ? -a : a;
    c = sel & RV_FMA_NEG_ADD ? -c : c;
    return rv_fp_run_d(rv_cpu(cp), aux, FP_OP_FMA, a, rv_fp_to_d(y), c);
}
