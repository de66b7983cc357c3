/* SPDX-License-Identifier: MIT */
/*
 * RISC-V F and D helpers: the run-time half of every FP instruction that
 * IR cannot express in a few integer ops.  They compute on the host FPU
 * (SSE through C floats and doubles) in its default RNE and patch what
 * x86 does differently: NaN results, the other rounding modes (derived
 * from RNE by the shared translator/fp-round.h), fmin/fmax, compare and
 * conversion rules.  Each helper has the ir_helper_fn shape, reads raw
 * f-register bits (singles NaN-boxed) and returns raw bits; fflags accrue
 * in struct rv_cpu.  This file also owns the RISC-V side of the shared
 * soft-FP support: fflags <-> FP_FLAG_* and rm <-> enum fp_round.
 */
#ifndef XRUN_TARGET_RISCV64_FPU_H
#define XRUN_TARGET_RISCV64_FPU_H

#include <stdint.h>
#include <string.h>

#include "target/riscv64/cpu.h"
#include "translator/fp-env.h"
#include "translator/fp-fast.h"
#include "translator/fp-round.h"
#include "translator/ir.h"

/* fcsr.fflags bits. */
enum {
    RV_FFLAG_NX = 1 << 0, /* inexact */
    RV_FFLAG_UF = 1 << 1, /* underflow */
    RV_FFLAG_OF = 1 << 2, /* overflow */
    RV_FFLAG_DZ = 1 << 3, /* divide by zero */
    RV_FFLAG_NV = 1 << 4, /* invalid operation */
};

/* Rounding modes (the rm field and fcsr.frm); 5 and 6 are reserved. */
enum {
    RV_RM_RNE = 0, /* to nearest, ties to even */
    RV_RM_RTZ = 1, /* toward zero */
    RV_RM_RDN = 2, /* toward -inf */
    RV_RM_RUP = 3, /* toward +inf */
    RV_RM_RMM = 4, /* to nearest, ties away from zero */
    RV_RM_DYN = 7, /* in an insn: use fcsr.frm */
};

/*
 * The shared enum fp_round follows this encoding, so a valid rm (0-4) is
 * passed to translator/fp-round.h and fp-env.h unconverted.
 */
_Static_assert(RV_RM_RNE == (int)FP_RNE && RV_RM_RTZ == (int)FP_RTZ &&
                   RV_RM_RDN == (int)FP_RDN && RV_RM_RUP == (int)FP_RUP &&
                   RV_RM_RMM == (int)FP_RMM,
               "RISC-V rm values are enum fp_round values");

/* FP_FLAG_* (host flags, fp-env.h) -> fflags; DENORMAL has no meaning. */
#define RV_FP_FFLAGS(x)                                                       \
    (((x) & FP_FLAG_INVALID ? RV_FFLAG_NV : 0)                                \
     | ((x) & FP_FLAG_DIVZERO ? RV_FFLAG_DZ : 0)                              \
     | ((x) & FP_FLAG_OVERFLOW ? RV_FFLAG_OF : 0)                             \
     | ((x) & FP_FLAG_UNDERFLOW ? RV_FFLAG_UF : 0)                            \
     | ((x) & FP_FLAG_INEXACT ? RV_FFLAG_NX : 0))
#define RV_FP_FFLAGS4(x) RV_FP_FFLAGS(x), RV_FP_FFLAGS((x) + 1),             \
    RV_FP_FFLAGS((x) + 2), RV_FP_FFLAGS((x) + 3)
#define RV_FP_FFLAGS16(x) RV_FP_FFLAGS4(x), RV_FP_FFLAGS4((x) + 4),          \
    RV_FP_FFLAGS4((x) + 8), RV_FP_FFLAGS4((x) + 12)

/* A table: this runs after every host op, so no branches. */
static inline unsigned rv_fp_fflags(unsigned host)
{
    static const uint8_t map[64] = {
        RV_FP_FFLAGS16(0), RV_FP_FFLAGS16(16), RV_FP_FFLAGS16(32),
        RV_FP_FFLAGS16(48),
    };
    return map[host & FP_FLAG_ALL];
}

/* fflags -> FP_FLAG_*, plus DENORMAL: the host flags fp_env_enter keeps. */
#define RV_FP_KEEP(x)                                                         \
    (FP_FLAG_DENORMAL | ((x) & RV_FFLAG_NV ? FP_FLAG_INVALID : 0)             \
     | ((x) & RV_FFLAG_DZ ? FP_FLAG_DIVZERO : 0)                              \
     | ((x) & RV_FFLAG_OF ? FP_FLAG_OVERFLOW : 0)                             \
     | ((x) & RV_FFLAG_UF ? FP_FLAG_UNDERFLOW : 0)                            \
     | ((x) & RV_FFLAG_NX ? FP_FLAG_INEXACT : 0))
#define RV_FP_KEEP4(x) RV_FP_KEEP(x), RV_FP_KEEP((x) + 1),                   \
    RV_FP_KEEP((x) + 2), RV_FP_KEEP((x) + 3)
#define RV_FP_KEEP16(x) RV_FP_KEEP4(x), RV_FP_KEEP4((x) + 4),                \
    RV_FP_KEEP4((x) + 8), RV_FP_KEEP4((x) + 12)

/*
 * Host flags that may stay raised when a helper starts: those already
 * accrued in fflags (see translator/fp-env.h on lazy clearing).
 */
static inline unsigned rv_fp_keep(const struct rv_cpu *cpu)
{
    static const uint8_t map[32] = {RV_FP_KEEP16(0), RV_FP_KEEP16(16)};
    return map[cpu->fflags & 31];
}

#define RV_FP_BOX_HI 0xffffffff00000000ull /* upper half of a boxed single */
#define RV_FP_QNAN_S 0x7fc00000u           /* canonical single NaN */
#define RV_FP_QNAN_D 0x7ff8000000000000ull /* canonical double NaN */

/* Single in a 64-bit f register: improperly boxed values read as qNaN. */
static inline uint32_t rv_fp_unbox_bits(uint64_t v)
{
    return (v >> 32) == 0xffffffffu ? (uint32_t)v : RV_FP_QNAN_S;
}

static inline float rv_fp_unbox(uint64_t v)
{
    uint32_t u = rv_fp_unbox_bits(v);
    float f;
    memcpy(&f, &u, sizeof(f));
    return f;
}

static inline double rv_fp_to_d(uint64_t v)
{
    double d;
    memcpy(&d, &v, sizeof(d));
    return d;
}

/* Result bits of a single, NaN-boxed; any NaN becomes the canonical one. */
static inline uint64_t rv_fp_box(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof(u));
    if (f != f) {
        u = RV_FP_QNAN_S;
    }
    return RV_FP_BOX_HI | u;
}

/* Result bits of a double; any NaN becomes the canonical one. */
static inline uint64_t rv_fp_from_d(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return d != d ? RV_FP_QNAN_D : u;
}

/*
 * The helper list, declared once: X(name, IRH flags, fast form, esz).
 * Each row becomes rv_fp_<name>() below and two descriptors
 * rv_fp_h_<name>[2]: [0] for a static rounding mode, [1] for rm = DYN
 * (flagged IRH_FAULTS: a reserved frm raises EXCP_ILLEGAL from the
 * helper).  trans-fp.c picks [rm == DYN].  The fast form (an op of
 * translator/fp-fast.def, or none) lets the JIT compute the insn inline;
 * rv_fp_fast_resolve() (fpu-fast.c) decodes aux for it, esz is the FP
 * operand format (cvt_i2f: the result's).  Arguments: a, b, c are f- or
 * x-register values (as named), aux is the rm field in bits 2:0 plus the
 * per-kind selector in bits 7:3 (RV_FP_SEL).
 */
#define RV_FP_HELPERS(X)                                                      \
    X(add_s, 0, add, 2)  X(sub_s, 0, sub, 2)  /* fa, fb                     */ \
    X(mul_s, 0, mul, 2)  X(div_s, 0, div, 2)                                 \
    X(add_d, 0, add, 3)  X(sub_d, 0, sub, 3)                                 \
    X(mul_d, 0, mul, 3)  X(div_d, 0, div, 3)                                 \
    X(sqrt_s, 0, sqrt, 2) X(sqrt_d, 0, sqrt, 3) /* fa                       */ \
    X(fma_s, 0, fma, 2)  X(fma_d, 0, fma, 3) /* fa, fb, fc; RV_FMA_NEG_*    */ \
    X(minmax_s, 0, min, 2) X(minmax_d, 0, min, 3) /* sel 0 min, 1 max       */ \
    X(cmp_s, 0, cmp_eq, 2) X(cmp_d, 0, cmp_eq, 3) /* sel RV_CMP_*: x rd     */ \
    X(class_s, IRH_PURE, none, 2) X(class_d, IRH_PURE, none, 3) /* fclass   */ \
    X(cvt_i_s, 0, cvt_f2i, 2) X(cvt_i_d, 0, cvt_f2i, 3) /* -> x rd; RV_CVT_* */ \
    X(cvt_s_i, 0, cvt_i2f, 2) X(cvt_d_i, 0, cvt_i2f, 3) /* xa -> f rd        */ \
    X(cvt_s_d, 0, cvt_f2f, 3) X(cvt_d_s, 0, cvt_f2f, 2) /* fa -> f rd        */

/* The binary arithmetic ops, each a helper and a translator per format. */
#define RV_FP_ARITH(X) X(add) X(sub) X(mul) X(div)

#define RV_FP_SEL(rm, sel) ((uint8_t)((rm) | (sel) << 3))

/* fma selector: fmadd 0, fmsub NEG_ADD, fnmsub NEG_PROD, fnmadd both. */
enum { RV_FMA_NEG_PROD = 1, RV_FMA_NEG_ADD = 2 };

/* cmp selector: the funct3 of feq/flt/fle. */
enum { RV_CMP_LE = 0, RV_CMP_LT = 1, RV_CMP_EQ = 2 };

/* cvt selector: the rs2 field of fcvt.{w,wu,l,lu}.* and fcvt.*.{...}. */
enum { RV_CVT_W = 0, RV_CVT_WU = 1, RV_CVT_L = 2, RV_CVT_LU = 3 };

#define RV_FP_DECLARE(name, flags, fast, esz)                                 \
    uint64_t rv_fp_##name(struct cpu *cpu, uint64_t a, uint64_t b,            \
                          uint64_t c, uint64_t aux);                          \
    extern const struct fp_fast_form rv_fp_h_##name[2];
RV_FP_HELPERS(RV_FP_DECLARE)
#undef RV_FP_DECLARE

/* What the JIT's inline FP code must know of RISC-V (fpu-fast.c). */
extern const struct fp_guest rv_fp_guest;

/* Raise EXCP_ILLEGAL for the insn being executed (reserved dynamic rm). */
_Noreturn void rv_fp_illegal(struct rv_cpu *cpu);

/*
 * The rounding mode an insn uses: rm (0-4) itself, or fcsr.frm for DYN.
 * A reserved frm makes the insn illegal at run time, which is why the
 * DYN form of every helper is flagged IRH_FAULTS.
 */
static inline unsigned rv_fp_rm(struct rv_cpu *cpu, uint64_t aux)
{
    unsigned rm = (unsigned)aux & 7;
    if (rm == RV_RM_DYN) {
        if (cpu->frm > RV_RM_RMM) {
            rv_fp_illegal(cpu);
        }
        rm = (unsigned)cpu->frm;
    }
    return rm;
}

#endif
