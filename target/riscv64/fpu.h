/* SPDX-License-Identifier: MIT */
/*
 * RISC-V F and D helpers: the run-time half of every FP instruction that
 * IR cannot express in a few integer ops.  They compute on the host FPU
 * (SSE through C floats and doubles) in its default RNE and patch what
 * x86 does differently: NaN results, the other rounding modes (derived
 * from RNE, fpu-round.h), fmin/fmax, compare and conversion rules.
 * Each helper has the ir_helper_fn shape, reads raw f-register bits
 * (singles NaN-boxed) and returns raw bits; fflags accrue in struct rv_cpu.
 */
#ifndef XRUN_TARGET_RISCV64_FPU_H
#define XRUN_TARGET_RISCV64_FPU_H

#include <stdint.h>
#include <string.h>

#include "target/riscv64/cpu.h"
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
 * The helper list, declared once: X(name, IRH flags).  Each row becomes
 * rv_fp_<name>() below and two descriptors rv_fp_h_<name>[2]: [0] for a
 * static rounding mode, [1] for rm = DYN (flagged IRH_FAULTS: a reserved
 * frm raises EXCP_ILLEGAL from the helper).  trans-fp.c picks [rm == DYN].
 * Arguments: a, b, c are f- or x-register values (as named), aux is the rm
 * field in bits 2:0 plus the per-kind selector in bits 7:3 (RV_FP_SEL).
 */
#define RV_FP_HELPERS(X)                                                      \
    X(add_s, 0)    X(sub_s, 0)   X(mul_s, 0)   X(div_s, 0)   /* fa, fb     */ \
    X(add_d, 0)    X(sub_d, 0)   X(mul_d, 0)   X(div_d, 0)                  \
    X(sqrt_s, 0)   X(sqrt_d, 0)                              /* fa         */ \
    X(fma_s, 0)    X(fma_d, 0)   /* fa, fb, fc; sel RV_FMA_NEG_*           */ \
    X(minmax_s, 0) X(minmax_d, 0) /* fa, fb; sel 0 min, 1 max              */ \
    X(cmp_s, 0)    X(cmp_d, 0)   /* fa, fb; sel RV_CMP_*: 0/1 for x rd     */ \
    X(class_s, IRH_PURE) X(class_d, IRH_PURE) /* fa: fclass mask for x rd  */ \
    X(cvt_i_s, 0)  X(cvt_i_d, 0) /* fa -> x rd; sel RV_CVT_*               */ \
    X(cvt_s_i, 0)  X(cvt_d_i, 0) /* xa -> f rd; sel RV_CVT_*               */ \
    X(cvt_s_d, 0)  X(cvt_d_s, 0) /* fa -> f rd                             */

/* The binary arithmetic ops, each a helper and a translator per format. */
#define RV_FP_ARITH(X) X(add) X(sub) X(mul) X(div)

#define RV_FP_SEL(rm, sel) ((uint8_t)((rm) | (sel) << 3))

/* fma selector: fmadd 0, fmsub NEG_ADD, fnmsub NEG_PROD, fnmadd both. */
enum { RV_FMA_NEG_PROD = 1, RV_FMA_NEG_ADD = 2 };

/* cmp selector: the funct3 of feq/flt/fle. */
enum { RV_CMP_LE = 0, RV_CMP_LT = 1, RV_CMP_EQ = 2 };

/* cvt selector: the rs2 field of fcvt.{w,wu,l,lu}.* and fcvt.*.{...}. */
enum { RV_CVT_W = 0, RV_CVT_WU = 1, RV_CVT_L = 2, RV_CVT_LU = 3 };

#define RV_FP_DECLARE(name, flags)                                            \
    uint64_t rv_fp_##name(struct cpu *cpu, uint64_t a, uint64_t b,            \
                          uint64_t c, uint64_t aux);                          \
    extern const struct ir_helper rv_fp_h_##name[2];
RV_FP_HELPERS(RV_FP_DECLARE)
#undef RV_FP_DECLARE

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
