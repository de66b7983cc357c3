/* SPDX-License-Identifier: MIT */
/*
 * The host FPU environment around one helper: rounding direction in, IEEE
 * flags out.  On x86-64 that is MXCSR, read and written directly (fenv.h
 * goes through the x87 environment too, several times slower); other hosts
 * use fenv.h.  Private to the rv_fp helpers.
 *
 * Host flags are cleared lazily: on entry they are reset only when they
 * hold a flag the guest has not accrued yet.  Stale flags that survive are
 * already in fflags, so OR-ing them in again on exit changes nothing, and
 * the common case (NX already accrued) costs no MXCSR write at all.  That
 * matters: an ldmxcsr followed by an SSE op and a stmxcsr costs ~150
 * cycles, against ~5 for stmxcsr, op, stmxcsr.  So the helpers enter in
 * RNE (no switch) and switch rounding modes only on a rare slow path.
 */
#ifndef XRUN_TARGET_RISCV64_FPU_HOST_H
#define XRUN_TARGET_RISCV64_FPU_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv64/cpu.h"
#include "target/riscv64/fpu.h"

#if defined(__x86_64__) && defined(__SSE2_MATH__) && !defined(RV_FP_HOST_FENV)
#define RV_FP_HOST_MXCSR 1
#else
#include <fenv.h>
#endif

/*
 * Pin a value in place: the compiler may not move an FP operation across
 * the rounding-mode switch (it does not model MXCSR without -frounding-math),
 * so operands are "redefined" after the switch and results "used" before
 * the flags are read.
 */
#ifdef RV_FP_HOST_MXCSR
#define RV_FP_PIN(x) __asm__ volatile("" : "+x"(x))
#else
#define RV_FP_PIN(x) __asm__ volatile("" : "+m"(x) : : "memory")
#endif

struct rv_fp_env {
    unsigned restore; /* host control word to put back, if changed */
    bool changed;     /* the rounding direction was switched */
};

#ifdef RV_FP_HOST_MXCSR

enum {
    RV_MXCSR_FLAGS = 0x3f,   /* IE DE ZE OE UE PE */
    RV_MXCSR_RC = 3u << 13,  /* rounding control */
};

static inline unsigned rv_fp_mxcsr_get(void)
{
    unsigned v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static inline void rv_fp_mxcsr_set(unsigned v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

/* MXCSR flags -> fflags; DE (denormal operand) has no RISC-V meaning. */
#define RV_MXCSR_MAP(x)                                                       \
    (((x) & 0x01) << 4    /* IE -> NV */                                      \
     | ((x) & 0x04) << 1  /* ZE -> DZ */                                      \
     | ((x) & 0x08) >> 1  /* OE -> OF */                                      \
     | ((x) & 0x10) >> 3  /* UE -> UF */                                      \
     | ((x) & 0x20) >> 5) /* PE -> NX */
#define RV_MXCSR_MAP4(x) RV_MXCSR_MAP(x), RV_MXCSR_MAP((x) + 1),              \
    RV_MXCSR_MAP((x) + 2), RV_MXCSR_MAP((x) + 3)
#define RV_MXCSR_MAP16(x) RV_MXCSR_MAP4(x), RV_MXCSR_MAP4((x) + 4),           \
    RV_MXCSR_MAP4((x) + 8), RV_MXCSR_MAP4((x) + 12)

static inline unsigned rv_fp_host_to_fflags(unsigned x)
{
    static const uint8_t map[64] = {
        RV_MXCSR_MAP16(0), RV_MXCSR_MAP16(16), RV_MXCSR_MAP16(32),
        RV_MXCSR_MAP16(48),
    };
    return map[x & RV_MXCSR_FLAGS];
}

/* MXCSR.RC for RNE, RTZ, RDN, RUP, RMM (computed as RNE, then fixed). */
static inline unsigned rv_fp_host_rc(unsigned rm)
{
    static const unsigned rc[5] = {0, 3u << 13, 1u << 13, 2u << 13, 0};
    return rc[rm];
}

static inline void rv_fp_host_enter(struct rv_fp_env *e,
                                    const struct rv_cpu *cpu, unsigned rm)
{
    unsigned csr = rv_fp_mxcsr_get();
    unsigned rc = rv_fp_host_rc(rm);
    e->changed = (csr & RV_MXCSR_RC) != rc;
    e->restore = csr & ~(unsigned)RV_MXCSR_FLAGS;
    if (e->changed || (rv_fp_host_to_fflags(csr) & ~cpu->fflags) != 0) {
        rv_fp_mxcsr_set((e->restore & ~(unsigned)RV_MXCSR_RC) | rc);
    }
}

/* The fflags raised since enter (and stale ones the guest has already). */
static inline unsigned rv_fp_host_leave(struct rv_fp_env *e)
{
    unsigned flags = rv_fp_host_to_fflags(rv_fp_mxcsr_get());
    if (e->changed) {
        rv_fp_mxcsr_set(e->restore);
    }
    return flags;
}

#else /* fenv.h */

static inline unsigned rv_fp_host_to_fflags(int x)
{
    return (x & FE_INVALID ? RV_FFLAG_NV : 0)
         | (x & FE_DIVBYZERO ? RV_FFLAG_DZ : 0)
         | (x & FE_OVERFLOW ? RV_FFLAG_OF : 0)
         | (x & FE_UNDERFLOW ? RV_FFLAG_UF : 0)
         | (x & FE_INEXACT ? RV_FFLAG_NX : 0);
}

static inline int rv_fp_host_rc(unsigned rm)
{
    static const int rc[5] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD,
                              FE_UPWARD, FE_TONEAREST};
    return rc[rm];
}

static inline void rv_fp_host_enter(struct rv_fp_env *e,
                                    const struct rv_cpu *cpu, unsigned rm)
{
    int cur = fegetround();
    int rc = rv_fp_host_rc(rm);
    e->changed = cur != rc;
    e->restore = (unsigned)cur;
    if (e->changed) {
        fesetround(rc);
    }
    int stale = fetestexcept(FE_ALL_EXCEPT);
    if ((rv_fp_host_to_fflags(stale) & ~cpu->fflags) != 0) {
        feclearexcept(FE_ALL_EXCEPT);
    }
}

static inline unsigned rv_fp_host_leave(struct rv_fp_env *e)
{
    unsigned flags = rv_fp_host_to_fflags(fetestexcept(FE_ALL_EXCEPT));
    if (e->changed) {
        fesetround((int)e->restore);
    }
    return flags;
}

#endif

#endif
