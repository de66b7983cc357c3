/* SPDX-License-Identifier: MIT */
/*
 * What the FP/SIMD/crypto translators (trans-fp*.c, trans-simd*.c,
 * trans-crypto*.c) share beyond trans.h: emitting helper calls with a
 * vector descriptor, and writing scalar results into V registers.
 */
#ifndef XRUN_TARGET_AARCH64_TRANS_FPSIMD_H
#define XRUN_TARGET_AARCH64_TRANS_FPSIMD_H

#include "target/aarch64/fpsimd-fp.h"
#include "target/aarch64/fpsimd.h"
#include "target/aarch64/trans.h"

/* A vector helper call: h(cpu, desc [, b]) with no result. */
static inline void a64_gen_vcall(struct a64_ctx *c, const struct ir_helper *h,
                                 uint64_t desc)
{
    ir_call(c->ir, h, IR_NOSLOT, ir_const(c->ir, desc), IR_NOSLOT, IR_NOSLOT,
            0);
}

/* The descriptor of the usual (d, n, m) vector insn fields of a. */
static inline uint64_t a64_vdesc_of(const struct a64_args *a, unsigned esz,
                                    unsigned q, unsigned scalar, unsigned imm)
{
    return a64_vd_pack(a->rd, a->rn, a->rm, esz, q, scalar, imm);
}

static inline uint64_t a64_vd_with_x(uint64_t desc, unsigned x)
{
    return desc | (uint64_t)(x & 0xff) << A64_VD_X;
}

/* V[rd] = the 64-bit value in slot v (zero-extended to 128 bits). */
static inline void a64_gen_vset64(struct a64_ctx *c, int rd, ir_slot v)
{
    ir_mov(c->ir, A64_VLO(rd), v);
    ir_movi(c->ir, A64_VHI(rd), 0);
}

/* Clear the upper half of V[rd] (64-bit vector results). */
static inline void a64_gen_vclear_hi(struct a64_ctx *c, int rd)
{
    ir_movi(c->ir, A64_VHI(rd), 0);
}

/* Sub-translators of the grouped rows (one file each). */
bool a64_simd_3same_logic(struct a64_ctx *c, const struct a64_args *a);

#endif
