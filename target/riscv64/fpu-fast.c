/* SPDX-License-Identifier: MIT */
/*
 * RISC-V for the JIT's inline FP code (translator/fp-fast.h): fflags and
 * frm in the state, NaN-boxed singles, tininess after rounding as x86,
 * and the aux of each helper row decoded into the fast form it computes.
 * Only rm = RNE, or DYN with frm = RNE checked at run time, is inline;
 * conversions to integer also take RTZ (every C cast).  The CSR helper's
 * accesses to fflags are inline too (libm brackets compares with them).
 */
#include <stddef.h>

#include "target/riscv64/csr.h"
#include "target/riscv64/fpu.h"

static bool rv_fp_fast_resolve(const struct fp_fast_form *form, unsigned aux,
                               const struct fp_fast_consts *k,
                               struct fp_fast_insn *f)
{
    unsigned rm = aux & 7, sel = aux >> 3;
    *f = (struct fp_fast_insn){.op = form->op, .esz = form->esz,
                               .arg = {0, 1, 2}, .check_mode = rm == RV_RM_DYN};
    bool rne = rm == RV_RM_RNE || rm == RV_RM_DYN;
    switch (form->op) {
    case FP_FAST_flags_rw: /* rv_csr: b is the CSR number, aux the op */
        _Static_assert(RV_CSR_OP_READ == (int)FP_FAST_FLAGS_READ &&
                           RV_CSR_OP_WRITE == (int)FP_FAST_FLAGS_WRITE &&
                           RV_CSR_OP_SET == (int)FP_FAST_FLAGS_SET &&
                           RV_CSR_OP_CLEAR == (int)FP_FAST_FLAGS_CLEAR,
                       "CSR ops are the flags_rw ops");
        f->flags_op = (uint8_t)aux;
        f->check_mode = false;
        return k->known[1] && k->v[1] == RV_CSR_FFLAGS && aux <= 3;
    case FP_FAST_fma:
        f->neg = (sel & RV_FMA_NEG_PROD ? 1 : 0) | (sel & RV_FMA_NEG_ADD ? 4 : 0);
        return rne;
    case FP_FAST_min:
        f->op = sel & 1 ? FP_FAST_max : FP_FAST_min;
        return true;
    case FP_FAST_cmp_eq:
        f->op = sel == RV_CMP_EQ ? FP_FAST_cmp_eq
                : sel == RV_CMP_LT ? FP_FAST_cmp_lt : FP_FAST_cmp_le;
        return true;
    case FP_FAST_cvt_f2i:
        f->ibits = sel == RV_CVT_W || sel == RV_CVT_WU ? 32 : 64;
        f->isigned = sel == RV_CVT_W || sel == RV_CVT_L;
        f->trunc = rm == RV_RM_RTZ;
        return f->trunc || (rne && f->isigned);
    case FP_FAST_cvt_i2f:
        f->ibits = sel == RV_CVT_W || sel == RV_CVT_WU ? 32 : 64;
        f->isigned = sel == RV_CVT_W || sel == RV_CVT_L;
        return rne;
    case FP_FAST_cvt_f2f:
        /* widening is exact: any valid static rm (DYN still checks frm) */
        return form->esz == 2 || rne;
    default:
        return rne;
    }
}

const struct fp_guest rv_fp_guest = {
    .flags_off = offsetof(struct rv_cpu, fflags),
    .mode_off = offsetof(struct rv_cpu, frm),
    .mode_mask = 7,
    .tiny_before_rounding = false,
    .single_boxed = true,
    .int32_sext = true,
    .flags_mask = 0x1f,
    .to_guest = {RV_FP_FFLAGS16(0), RV_FP_FFLAGS16(16), RV_FP_FFLAGS16(32),
                 RV_FP_FFLAGS16(48)},
    .from_guest = {RV_FP_KEEP16(0), RV_FP_KEEP16(16)},
    .resolve = rv_fp_fast_resolve,
};
