/* SPDX-License-Identifier: MIT */
/*
 * The host FPU around one aarch64 FP helper: rounding direction in, IEEE
 * flags out as FPSR bits.  Same scheme as target/riscv64/fpu-host.h (which
 * explains the costs): MXCSR is read directly, flags are cleared only when
 * the host holds one the guest has not accrued, and the rounding mode is
 * switched only on slow paths.  A candidate for a shared guest-neutral
 * header once both targets settle (see the FP/SIMD report).
 */
#ifndef XRUN_TARGET_AARCH64_FPSIMD_HOST_H
#define XRUN_TARGET_AARCH64_FPSIMD_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "target/aarch64/fpsimd.h"

#if defined(__x86_64__) && defined(__SSE2_MATH__) && !defined(A64_FP_HOST_FENV)
#define A64_FP_HOST_MXCSR 1
#define A64_FP_PIN(x) __asm__ volatile("" : "+x"(x))
#else
#include <fenv.h>
#define A64_FP_PIN(x) __asm__ volatile("" : "+m"(x) : : "memory")
#endif

struct a64_fp_env {
    unsigned restore; /* host control word to put back, if changed */
    bool changed;
};

#ifdef A64_FP_HOST_MXCSR

enum { A64_MXCSR_FLAGS = 0x3f, A64_MXCSR_RC = 3u << 13 };

static inline unsigned a64_mxcsr_get(void)
{
    unsigned v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static inline void a64_mxcsr_set(unsigned v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

/* IE DE ZE OE UE PE -> IOC DZC OFC UFC IXC (bits 0-4); DE dropped. */
static inline unsigned a64_host_to_fpsr(unsigned x)
{
    return (x & 1) | ((x >> 1) & 0x1e);
}

/* MXCSR.RC of RN, RP, RM, RZ. */
static inline unsigned a64_host_rc(unsigned rm)
{
    static const unsigned rc[4] = {0, 2u << 13, 1u << 13, 3u << 13};
    return rc[rm & 3];
}

/* exact: clear the host flags whatever the guest has accrued. */
static inline void a64_fp_host_enter(struct a64_fp_env *e,
                                     const struct a64_cpu *cpu, unsigned rm,
                                     bool exact)
{
    unsigned csr = a64_mxcsr_get();
    unsigned rc = a64_host_rc(rm);
    unsigned fl = a64_host_to_fpsr(csr & A64_MXCSR_FLAGS);
    e->changed = (csr & A64_MXCSR_RC) != rc;
    e->restore = csr & ~(unsigned)A64_MXCSR_FLAGS;
    if (e->changed || (fl & ~(unsigned)cpu->fpsr) != 0 || (exact && fl)) {
        a64_mxcsr_set((e->restore & ~(unsigned)A64_MXCSR_RC) | rc);
    }
}

static inline unsigned a64_fp_host_leave(struct a64_fp_env *e)
{
    unsigned flags = a64_host_to_fpsr(a64_mxcsr_get() & A64_MXCSR_FLAGS);
    if (e->changed) {
        a64_mxcsr_set(e->restore);
    }
    return flags;
}

#else /* fenv.h */

static inline unsigned a64_host_to_fpsr(int x)
{
    return (x & FE_INVALID ? A64_FPSR_IOC : 0)
         | (x & FE_DIVBYZERO ? A64_FPSR_DZC : 0)
         | (x & FE_OVERFLOW ? A64_FPSR_OFC : 0)
         | (x & FE_UNDERFLOW ? A64_FPSR_UFC : 0)
         | (x & FE_INEXACT ? A64_FPSR_IXC : 0);
}

static inline void a64_fp_host_enter(struct a64_fp_env *e,
                                     const struct a64_cpu *cpu, unsigned rm,
                                     bool exact)
{
    static const int rc[4] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD,
                              FE_TOWARDZERO};
    int cur = fegetround();
    e->changed = cur != rc[rm & 3];
    e->restore = (unsigned)cur;
    if (e->changed) {
        fesetround(rc[rm & 3]);
    }
    unsigned fl = a64_host_to_fpsr(fetestexcept(FE_ALL_EXCEPT));
    if ((fl & ~(unsigned)cpu->fpsr) != 0 || (exact && fl)) {
        feclearexcept(FE_ALL_EXCEPT);
    }
}

static inline unsigned a64_fp_host_leave(struct a64_fp_env *e)
{
    unsigned flags = a64_host_to_fpsr(fetestexcept(FE_ALL_EXCEPT));
    if (e->changed) {
        fesetround((int)e->restore);
    }
    return flags;
}

#endif

#endif
