/* SPDX-License-Identifier: MIT */
/*
 * AArch64 for the JIT's inline FP code (translator/fp-fast.h): FPSR and
 * FPCR in the state, singles zero-extended in the low 32 bits, tininess
 * detected before rounding (so results near the smallest normal go to the
 * helper), and the aux of each scalar helper decoded into its fast form.
 * Every form tests FPCR at run time: RMode must be RN and FZ clear (with
 * FZ the helper flushes subnormal inputs and results); DN matters only
 * for NaN results, which always take the helper.
 */
#include <stddef.h>

#include "target/aarch64/fpsimd-fp.h"
#include "translator/fp-env.h"

/* FP_FLAG_* -> FPSR IOC DZC OFC UFC IXC (DENORMAL dropped), and back. */
#define A64_TO(h) (((h) & 1) | (((h) >> 1) & 0x1e))
#define A64_TO4(h) A64_TO(h), A64_TO((h) + 1), A64_TO((h) + 2), A64_TO((h) + 3)
#define A64_TO16(h) A64_TO4(h), A64_TO4((h) + 4), A64_TO4((h) + 8),           \
    A64_TO4((h) + 12)
#define A64_FROM(g) (((g) & 1) | (((g) & 0x1e) << 1))
#define A64_FROM4(g) A64_FROM(g), A64_FROM((g) + 1), A64_FROM((g) + 2),      \
    A64_FROM((g) + 3)
#define A64_FROM16(g) A64_FROM4(g), A64_FROM4((g) + 4), A64_FROM4((g) + 8),   \
    A64_FROM4((g) + 12)

/*
 * Vector add, sub, mul, div of whole registers (a64_fpv_run's plain case):
 * 4S, 2D, and 2S except div (x86 would divide the zero upper lanes).
 */
static bool a64_fp_fast_vector(const struct fp_fast_form *form,
                               uint64_t desc, struct fp_fast_insn *f)
{
    struct a64_vdesc v = a64_vd(desc);
    bool arith = form->op == FP_FAST_add || form->op == FP_FAST_sub ||
                 form->op == FP_FAST_mul || form->op == FP_FAST_div;
    if (!arith || v.x != 0 || v.scalar || v.esz < 2 ||
        (!v.q && (v.esz == 3 || form->op == FP_FAST_div))) {
        return false;
    }
    f->esz = (uint8_t)v.esz;
    f->vec = true;
    f->q = v.q;
    f->voff_d = (uint32_t)(offsetof(struct a64_cpu, v) + 16 * v.rd);
    f->voff_n = (uint32_t)(offsetof(struct a64_cpu, v) + 16 * v.rn);
    f->voff_m = (uint32_t)(offsetof(struct a64_cpu, v) + 16 * v.rm);
    return true;
}

/* aux of each helper: fpsimd-fp.h ("Scalar helpers with their own shapes"). */
static bool a64_fp_fast_resolve(const struct fp_fast_form *form,
                                unsigned aux, const struct fp_fast_consts *k,
                                struct fp_fast_insn *f)
{
    *f = (struct fp_fast_insn){.op = form->op, .esz = aux & 3,
                               .arg = {0, 1, 2}, .check_mode = true};
    if (form->esz == FP_FAST_VECTOR) {
        return k->known[0] && a64_fp_fast_vector(form, k->v[0], f);
    }
    switch (form->op) {
    case FP_FAST_fma: /* addend + n * m: a addend, b n, c m */
        f->arg[0] = 1;
        f->arg[1] = 2;
        f->arg[2] = 0;
        f->neg = (aux & 8 ? 1 : 0) | (aux & 4 ? 4 : 0);
        break;
    case FP_FAST_cmp_nzcv: /* fcmp #0.0 compares with +0 */
        if (aux & 8) {
            f->arg[1] = FP_FAST_ZERO;
        }
        break;
    case FP_FAST_cvt_f2f: { /* from | to << 2 | rmode << 4 */
        unsigned to = (aux >> 2) & 3, rmode = (aux >> 4) & 7;
        if (rmode != A64_RFPCR || f->esz + to != 5) {
            return false; /* half precision, or round to odd (fcvtxn) */
        }
        break;
    }
    case FP_FAST_cvt_f2i: { /* esz | signed << 2 | rmode << 3 | x64 << 6 */
        unsigned rmode = (aux >> 3) & 7;
        f->isigned = (aux >> 2) & 1;
        f->ibits = aux & 64 ? 64 : 32;
        f->trunc = rmode == A64_RZ;
        if (!f->trunc && !(rmode == A64_RN && f->isigned)) {
            return false;
        }
        break;
    }
    case FP_FAST_cvt_i2f: /* esz | signed << 2 | x64 << 3 */
        f->isigned = (aux >> 2) & 1;
        f->ibits = aux & 8 ? 64 : 32;
        break;
    default:
        break;
    }
    return f->esz == 2 || f->esz == 3;
}

const struct fp_guest a64_fp_guest = {
    .flags_off = offsetof(struct a64_cpu, fpsr),
    .mode_off = offsetof(struct a64_cpu, fpcr),
    .mode_mask = A64_FPCR_RMODE | A64_FPCR_FZ,
    .tiny_before_rounding = true,
    .single_boxed = false,
    .int32_sext = false,
    .flags_mask = 0x1f,
    .to_guest = {A64_TO16(0), A64_TO16(16), A64_TO16(32), A64_TO16(48)},
    .from_guest = {A64_FROM16(0), A64_FROM16(16)},
    .resolve = a64_fp_fast_resolve,
};
