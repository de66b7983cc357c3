/* SPDX-License-Identifier: MIT */
/*
 * AArch64 floating point: the scalar cores (one element, raw bits in and
 * out, Arm NaN rules, FPCR modes, FZ, DN, FPSR flags) and the helper
 * tables built on them for the scalar and vector insns.  esz is log2 of
 * the element bytes: 1 half, 2 single, 3 double.  Arithmetic is single
 * and double only; half precision is converted (FCVT), not computed.
 */
#ifndef XRUN_TARGET_AARCH64_FPSIMD_FP_H
#define XRUN_TARGET_AARCH64_FPSIMD_FP_H

#include <stdbool.h>
#include <stdint.h>

#include "target/aarch64/fpsimd.h"
#include "translator/fp-fast.h"

/* ---- bit-level classification ------------------------------------------ */

static inline unsigned a64_fp_ebits(unsigned esz)
{
    return esz == 1 ? 5 : esz == 2 ? 8 : 11;
}

static inline unsigned a64_fp_fbits(unsigned esz)
{
    return esz == 1 ? 10 : esz == 2 ? 23 : 52;
}

static inline uint64_t a64_fp_sign_bit(unsigned esz)
{
    return 1ull << ((8u << esz) - 1);
}

static inline uint64_t a64_fp_exp_mask(unsigned esz)
{
    return a64_mask(a64_fp_ebits(esz)) << a64_fp_fbits(esz);
}

static inline bool a64_fp_is_nan(uint64_t x, unsigned esz)
{
    uint64_t e = a64_fp_exp_mask(esz);
    return (x & e) == e && (x & a64_mask(a64_fp_fbits(esz))) != 0;
}

static inline bool a64_fp_is_snan(uint64_t x, unsigned esz)
{
    return a64_fp_is_nan(x, esz) && !((x >> (a64_fp_fbits(esz) - 1)) & 1);
}

static inline bool a64_fp_is_inf(uint64_t x, unsigned esz)
{
    return (x & ~a64_fp_sign_bit(esz)) == a64_fp_exp_mask(esz);
}

static inline bool a64_fp_is_zero(uint64_t x, unsigned esz)
{
    return (x & ~a64_fp_sign_bit(esz) & a64_mask(8u << esz)) == 0;
}

static inline bool a64_fp_is_denormal(uint64_t x, unsigned esz)
{
    return (x & a64_fp_exp_mask(esz)) == 0 &&
           (x & a64_mask(a64_fp_fbits(esz))) != 0;
}

static inline uint64_t a64_fp_default_nan(unsigned esz)
{
    return a64_fp_exp_mask(esz) | 1ull << (a64_fp_fbits(esz) - 1);
}

static inline uint64_t a64_fp_quiet(uint64_t x, unsigned esz)
{
    return x | 1ull << (a64_fp_fbits(esz) - 1);
}

static inline unsigned a64_fp_rmode(const struct a64_cpu *cpu)
{
    return (unsigned)(cpu->fpcr >> A64_FPCR_RMODE_SHIFT) & 3;
}

/* ---- scalar cores (fpsimd-fp.c, fpsimd-fpcvt.c) ------------------------ */

/* The NaN a NaN operand gives: quieted, or the default NaN under DN. */
uint64_t a64_fp_nan_result(struct a64_cpu *cpu, uint64_t x, unsigned esz);

/*
 * Two-operand element ops, declared once: X(name, fast).  Each is
 * a64_fp_<name>(cpu, esz, a, b, d) with d the old destination element
 * (the accumulating ops: fmla = d + a * b, fmls = d - a * b).  Compares
 * return all ones or zero.  fast: the scalar form's inline version
 * (translator/fp-fast.def; fmaxnm is fmax without NaNs), or none.
 */
#define A64_FP_BIN_OPS(X)                                                     \
    X(add, add) X(sub, sub) X(mul, mul) X(div, div) X(max, max) X(min, min)   \
    X(maxnm, max) X(minnm, min) X(nmul, none) X(mulx, none) X(abd, none)      \
    X(recps, none) X(rsqrts, none) X(fmla, none) X(fmls, none)                \
    X(cmeq, none) X(cmge, none) X(cmgt, none) X(acge, none) X(acgt, none)

/* One-operand element ops: X(name, fast), a64_fp_<name>(cpu, esz, a, 0, 0). */
#define A64_FP_UN_OPS(X)                                                      \
    X(sqrt, sqrt) X(abs, none) X(neg, none) X(recpe, none) X(rsqrte, none)    \
    X(recpx, none) X(rintn, none) X(rinta, none) X(rintp, none)               \
    X(rintm, none) X(rintz, none) X(rintx, none) X(rinti, none)

#define A64_FP_DECLARE(name, fast)                                            \
    uint64_t a64_fp_##name(struct a64_cpu *cpu, unsigned esz, uint64_t a,     \
                           uint64_t b, uint64_t d);
A64_FP_BIN_OPS(A64_FP_DECLARE)
A64_FP_UN_OPS(A64_FP_DECLARE)
#undef A64_FP_DECLARE

/* addend + n * m with one rounding; negation of the operands is the
 * caller's (fmsub & co negate before NaN processing, as the Arm ARM). */
uint64_t a64_fp_muladd(struct a64_cpu *cpu, unsigned esz, uint64_t addend,
                       uint64_t n, uint64_t m);

/* fcmp/fcmpe: NZCV in bits 31:28; signaling: any NaN raises IOC. */
uint64_t a64_fp_compare(struct a64_cpu *cpu, unsigned esz, uint64_t a,
                        uint64_t b, bool signaling);

/*
 * Conversions.  Format to format (esz 1/2/3 each; half honours AHP):
 * fcvt, and fcvtxn with rmode A64_RODD.  FP -> integer of 32 or 64 bits
 * (ibits), signed or not, with fbits fraction bits, saturating; integer
 * -> FP likewise.  rmode is enum a64_rmode (A64_RFPCR: FPCR's).
 */
uint64_t a64_fp_convert(struct a64_cpu *cpu, uint64_t x, unsigned from,
                        unsigned to, unsigned rmode);
uint64_t a64_fp_to_int(struct a64_cpu *cpu, uint64_t x, unsigned esz,
                       unsigned ibits, bool is_signed, unsigned fbits,
                       unsigned rmode);
uint64_t a64_fp_from_int(struct a64_cpu *cpu, uint64_t x, unsigned esz,
                         unsigned ibits, bool is_signed, unsigned fbits,
                         unsigned rmode);
/* fjcvtzs: W result; *z is the Z flag (exact, in range). */
uint64_t a64_fp_jcvt(struct a64_cpu *cpu, uint64_t x, bool *z);

/* Round to integral in rmode; exact: raise IXC when inexact (frintx). */
uint64_t a64_fp_round_int(struct a64_cpu *cpu, uint64_t x, unsigned esz,
                          unsigned rmode, bool exact);

/* FPSR bits kept by a helper while it works (tests read cpu->fpsr). */
unsigned a64_recip_estimate(unsigned a);
unsigned a64_rsqrt_estimate(unsigned a);

/* VFPExpandImm: the 8-bit FMOV immediate as esz bits. */
uint64_t a64_fp_expand_imm(unsigned imm8, unsigned esz);

/* ---- helper tables (fpsimd-fpvec.c) ------------------------------------ */

enum a64_fp_bin_op {
#define A64_FP_ENUM(name, fast) A64_FB_##name,
    A64_FP_BIN_OPS(A64_FP_ENUM)
#undef A64_FP_ENUM
    A64_FB__COUNT
};

enum a64_fp_un_op {
#define A64_FP_ENUM(name, fast) A64_FU_##name,
    A64_FP_UN_OPS(A64_FP_ENUM)
#undef A64_FP_ENUM
    A64_FU__COUNT
};

/*
 * Scalar: d = fn(a, b, c) on raw bits, aux = esz (the register's upper
 * bits are the translator's).  Vector: operand a is the descriptor; x bit
 * A64_VX_ELEM selects m[imm]; A64_VX_ZERO compares with zero, and
 * A64_VX_SWAP swaps n and m (fcmlt/fcmle #0); A64_VX_PAIR makes it
 * pairwise (faddp...).
 */
enum { A64_VX_ZERO = 2, A64_VX_SWAP = 4, A64_VX_PAIR = 8 };
extern const struct fp_fast_form a64_fps_bin_helpers[A64_FB__COUNT];
extern const struct fp_fast_form a64_fps_un_helpers[A64_FU__COUNT];
extern const struct fp_fast_form a64_fpv_bin_helpers[A64_FB__COUNT];
extern const struct fp_fast_form a64_fpv_un_helpers[A64_FU__COUNT];

/* Across lanes: fmaxnmv fminnmv fmaxv fminv (descriptor, esz 2). */
#define A64_FP_ACROSS_OPS(X) X(maxnm) X(minnm) X(max) X(min)
enum a64_fp_across_op {
#define A64_FP_ENUM(name) A64_FA_##name,
    A64_FP_ACROSS_OPS(A64_FP_ENUM)
#undef A64_FP_ENUM
    A64_FA__COUNT
};
extern const struct ir_helper a64_fpv_across_helpers[A64_FA__COUNT];

/*
 * Scalar helpers with their own shapes (aux given per helper):
 *   fmadd   a = addend, b = n, c = m; aux = esz | neg_addend << 2 |
 *           neg_n << 3
 *   fcmp    a, b; aux = esz | signaling << 2 | cmp_zero << 3 -> NZCV
 *   fcvt    a; aux = from | to << 2 | rmode << 4
 *   fcvti   a -> integer; aux = esz | signed << 2 | rmode << 3 |
 *           x64 << 6; c = fbits
 *   icvtf   a integer -> FP; aux = esz | signed << 2 | x64 << 3; c = fbits
 *   fjcvtzs a -> W in bits 31:0, NZCV (0Z00) in bits 63:60
 */
extern const struct fp_fast_form a64_fp_fmadd_helper, a64_fp_fcmp_helper,
    a64_fp_fcvt_helper;
extern const struct ir_helper a64_fp_fcvti_helper, a64_fp_icvtf_helper,
    a64_fp_fjcvtzs_helper;
/* fcvti and icvtf with c = 0 fraction bits (integers): inline forms. */
extern const struct fp_fast_form a64_fp_fcvti_int_helper,
    a64_fp_icvtf_int_helper;

/* What the JIT's inline FP code must know of AArch64 (fpsimd-fpfast.c). */
extern const struct fp_guest a64_fp_guest;

/*
 * Vector conversions (descriptor): fcvtl/fcvtn/fcvtxn (esz = the narrow
 * size; x = rmode), fcvt*u/s and [su]cvtf per lane (x = rmode | signed
 * << 3 | to_int << 4; imm = fbits).
 */
extern const struct ir_helper a64_fpv_fcvtl_helper, a64_fpv_fcvtn_helper,
    a64_fpv_icvt_helper;

#endif
