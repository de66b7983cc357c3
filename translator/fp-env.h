/* SPDX-License-Identifier: MIT */
/*
 * The host FP environment around one guest FP helper: rounding direction
 * in, IEEE exception flags out, in guest-neutral terms (enum fp_round,
 * FP_FLAG_*).  This file owns host FP control and status access for every
 * guest; a guest maps FP_FLAG_* to its own flag register (RISC-V fflags,
 * Arm FPSR) and keeps its own rules on top.
 *
 * On x86-64 the control word is MXCSR, read and written directly: fenv.h
 * goes through the x87 environment too and is several times slower.  Other
 * hosts (or -DFP_ENV_FENV) use fenv.h.
 *
 * Host flags are cleared lazily: on entry they are reset only when they
 * hold a flag the guest has not accrued yet.  Stale flags that survive are
 * already in the guest's register, so OR-ing them in again on exit changes
 * nothing, and the common case (inexact already accrued) costs no MXCSR
 * write at all.  That matters: an ldmxcsr followed by an SSE op and a
 * stmxcsr costs ~150 cycles, against ~5 for stmxcsr, op, stmxcsr.  So
 * helpers enter in RNE (no switch) and switch rounding modes only on a rare
 * slow path; fp-round.h derives the other modes from the RNE result.
 */
#ifndef XRUN_TRANSLATOR_FP_ENV_H
#define XRUN_TRANSLATOR_FP_ENV_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "translator/fp-round.h"

#if defined(__x86_64__) && defined(__SSE2_MATH__) && !defined(FP_ENV_FENV)
#define FP_ENV_MXCSR 1
#else
#include <fenv.h>
#endif

/*
 * IEEE exception flags.  Numbered as MXCSR's status bits (IE DE ZE OE UE
 * PE), so that on x86-64 reading them is a mask.  DENORMAL (an operand was
 * subnormal) is x86's own and never raised through fenv.h; guests ignore
 * it (pass it in keep below).
 */
enum {
    FP_FLAG_INVALID = 1u << 0,
    FP_FLAG_DENORMAL = 1u << 1,
    FP_FLAG_DIVZERO = 1u << 2,
    FP_FLAG_OVERFLOW = 1u << 3,
    FP_FLAG_UNDERFLOW = 1u << 4,
    FP_FLAG_INEXACT = 1u << 5,
    FP_FLAG_ALL = 0x3f,
};

/*
 * Pin a value in place: the compiler may not move an FP operation across
 * the rounding-mode switch (it does not model MXCSR without -frounding-math),
 * so operands are "redefined" after the switch and results "used" before
 * the flags are read.
 */
#ifdef FP_ENV_MXCSR
#define FP_PIN(x) __asm__ volatile("" : "+x"(x))
#else
#define FP_PIN(x) __asm__ volatile("" : "+m"(x) : : "memory")
#endif

struct fp_env {
    unsigned restore; /* host control word to put back, if changed */
    bool changed;     /* the rounding direction was switched */
};

#ifdef FP_ENV_MXCSR

enum { FP_MXCSR_RC = 3u << 13 }; /* rounding control */

static inline unsigned fp_mxcsr_get(void)
{
    unsigned v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static inline void fp_mxcsr_set(unsigned v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

/* MXCSR.RC for each mode; RMM is computed in RNE and fixed (fp-round.h). */
static inline unsigned fp_env_rc(enum fp_round rm)
{
    static const unsigned rc[5] = {0, 3u << 13, 1u << 13, 2u << 13, 0};
    return rc[rm];
}

/*
 * Enter rounding direction rm.  keep: the FP_FLAG_* that may stay raised
 * from earlier ops (the guest has accrued them already, or has no use for
 * them).  exact: clear every flag anyway, for a caller that must know
 * which flags this op alone raises.
 */
static inline void fp_env_enter(struct fp_env *e, enum fp_round rm,
                                unsigned keep, bool exact)
{
    unsigned csr = fp_mxcsr_get();
    unsigned rc = fp_env_rc(rm);
    unsigned stale = csr & FP_FLAG_ALL;
    e->changed = (csr & FP_MXCSR_RC) != rc;
    e->restore = csr & ~(unsigned)FP_FLAG_ALL;
    if (e->changed || (stale & ~keep) != 0 || (exact && stale != 0)) {
        fp_mxcsr_set((e->restore & ~(unsigned)FP_MXCSR_RC) | rc);
    }
}

/* The FP_FLAG_* raised since enter (and stale ones in keep). */
static inline unsigned fp_env_leave(struct fp_env *e)
{
    unsigned flags = fp_mxcsr_get() & FP_FLAG_ALL;
    if (e->changed) {
        fp_mxcsr_set(e->restore);
    }
    return flags;
}

#else /* fenv.h */

static inline unsigned fp_env_flags(int x)
{
    return (x & FE_INVALID ? FP_FLAG_INVALID : 0)
         | (x & FE_DIVBYZERO ? FP_FLAG_DIVZERO : 0)
         | (x & FE_OVERFLOW ? FP_FLAG_OVERFLOW : 0)
         | (x & FE_UNDERFLOW ? FP_FLAG_UNDERFLOW : 0)
         | (x & FE_INEXACT ? FP_FLAG_INEXACT : 0);
}

static inline int fp_env_rc(enum fp_round rm)
{
    static const int rc[5] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD,
                              FE_UPWARD, FE_TONEAREST};
    return rc[rm];
}

static inline void fp_env_enter(struct fp_env *e, enum fp_round rm,
                                unsigned keep, bool exact)
{
    int cur = fegetround();
    int rc = fp_env_rc(rm);
    e->changed = cur != rc;
    e->restore = (unsigned)cur;
    if (e->changed) {
        fesetround(rc);
    }
    unsigned stale = fp_env_flags(fetestexcept(FE_ALL_EXCEPT));
    if ((stale & ~keep) != 0 || (exact && stale != 0)) {
        feclearexcept(FE_ALL_EXCEPT);
    }
}

static inline unsigned fp_env_leave(struct fp_env *e)
{
    unsigned flags = fp_env_flags(fetestexcept(FE_ALL_EXCEPT));
    if (e->changed) {
        fesetround((int)e->restore);
    }
    return flags;
}

#endif

/*
 * The FMA instruction raises invalid for a signalling NaN operand; a libm
 * fma in software may not (musl's returns a signalling c untouched, so the
 * static build lost the flag).  Adding 0 to the sNaN raises exactly that
 * flag, whatever fma then does.
 */
static inline bool fp_is_snan_d(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof(u));
    return (u & 0x7ff0000000000000ull) == 0x7ff0000000000000ull &&
           (u & 0x000fffffffffffffull) != 0 && !(u & 0x0008000000000000ull);
}

static inline bool fp_is_snan_s(float x)
{
    uint32_t u;
    memcpy(&u, &x, sizeof(u));
    return (u & 0x7f800000u) == 0x7f800000u && (u & 0x007fffffu) != 0 &&
           !(u & 0x00400000u);
}

static inline double fp_fma_d(double a, double b, double c)
{
    if (fp_is_snan_d(a) || fp_is_snan_d(b) || fp_is_snan_d(c)) {
        volatile double q = (fp_is_snan_d(a) ? a : fp_is_snan_d(b) ? b : c);
        q = q + 0.0;
        (void)q;
    }
    return fma(a, b, c);
}

static inline float fp_fma_s(float a, float b, float c)
{
    if (fp_is_snan_s(a) || fp_is_snan_s(b) || fp_is_snan_s(c)) {
        volatile float q = (fp_is_snan_s(a) ? a : fp_is_snan_s(b) ? b : c);
        q = q + 0.0f;
        (void)q;
    }
    return fmaf(a, b, c);
}

/*
 * a op b (op c) on the host in rm, with the FP_FLAG_* it raised (plus any
 * stale ones in keep; enter's keep and exact).  k is any enum fp_op but
 * FP_OP_CVT, which is a cast the caller brackets itself.  Singles are
 * computed in single, so the host rounds and flags them as singles.
 */
static inline double fp_host_op_d(enum fp_op k, enum fp_round rm,
                                  unsigned keep, bool exact, double a,
                                  double b, double c, unsigned *flags)
{
    struct fp_env env;
    double r;
    fp_env_enter(&env, rm, keep, exact);
    FP_PIN(a);
    FP_PIN(b);
    FP_PIN(c);
    switch (k) {
    case FP_OP_ADD: r = a + b; break;
    case FP_OP_SUB: r = a - b; break;
    case FP_OP_MUL: r = a * b; break;
    case FP_OP_DIV: r = a / b; break;
    case FP_OP_SQRT: r = sqrt(a); break;
    default: r = fp_fma_d(a, b, c); break; /* FP_OP_FMA */
    }
    FP_PIN(r);
    *flags = fp_env_leave(&env);
    return r;
}

static inline float fp_host_op_s(enum fp_op k, enum fp_round rm,
                                 unsigned keep, bool exact, float a, float b,
                                 float c, unsigned *flags)
{
    struct fp_env env;
    float r;
    fp_env_enter(&env, rm, keep, exact);
    FP_PIN(a);
    FP_PIN(b);
    FP_PIN(c);
    switch (k) {
    case FP_OP_ADD: r = a + b; break;
    case FP_OP_SUB: r = a - b; break;
    case FP_OP_MUL: r = a * b; break;
    case FP_OP_DIV: r = a / b; break;
    case FP_OP_SQRT: r = sqrtf(a); break;
    default: r = fp_fma_s(a, b, c); break; /* FP_OP_FMA */
    }
    FP_PIN(r);
    *flags = fp_env_leave(&env);
    return r;
}

#endif
