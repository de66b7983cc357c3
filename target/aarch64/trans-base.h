/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the base-ISA translators only (not part of the
 * trans.h contract): flag producers over the lazy NZCV state, operand
 * shifting and extension.
 */
#ifndef XRUN_TARGET_AARCH64_TRANS_BASE_H
#define XRUN_TARGET_AARCH64_TRANS_BASE_H

#include "target/aarch64/trans.h"

#define A64_CC_OP ir_global(A64_ENV(cc_op))
#define A64_CC_A ir_global(A64_ENV(cc_a))
#define A64_CC_B ir_global(A64_ENV(cc_b))
#define A64_CC_C ir_global(A64_ENV(cc_c))
#define A64_CC_RES ir_global(A64_ENV(cc_res))

static inline enum ir_type a64_type(int sf)
{
    return sf ? IR_I64 : IR_I32;
}

/*
 * d = a + b (or a - b), setting NZCV lazily (ADDS/SUBS/CMP/CMN).  d may
 * be any slot, a and b must not be cc_* slots.
 */
void a64_gen_addsub_flags(struct a64_ctx *c, bool sub, int sf, ir_slot d,
                          ir_slot a, ir_slot b);

/* d = a + b + carry (0/1), setting NZCV lazily (ADCS; SBCS passes ~b). */
void a64_gen_adc_flags(struct a64_ctx *c, int sf, ir_slot d, ir_slot a,
                       ir_slot b, ir_slot carry);

/* NZCV from a logical result (ANDS/BICS/TST): N, Z; C = V = 0. */
void a64_gen_logic_flags(struct a64_ctx *c, int sf, ir_slot res);

/* A temp holding 1 if the A64 condition holds, else 0. */
ir_slot a64_gen_cond_value(struct a64_ctx *c, int cond);

/*
 * NZCV (bits 31:28) of a - b (sub) or a + b at 64 bits (sf) or 32: a
 * pure helper for CCMP/CCMN.
 */
ir_slot a64_gen_nzcv_of(struct a64_ctx *c, bool sub, int sf, ir_slot a,
                        ir_slot b);

/*
 * Rm shifted by a shift type (0 LSL, 1 LSR, 2 ASR, 3 ROR) and amount at
 * the width of sf: the Rm slot itself when amount is 0.
 */
ir_slot a64_gen_shifted(struct a64_ctx *c, int sf, int rm, int type,
                        int amount);

/*
 * Register m extended by option (UXTB ... SXTX) then shifted left by
 * shift (the extended-register operand).
 */
ir_slot a64_gen_extended(struct a64_ctx *c, int m, int option, int shift);

/* A memop (IR_MO_*) of 1 << size bytes, signed if sign. */
static inline uint8_t a64_memop(unsigned size, bool sign)
{
    return (uint8_t)(size | (sign ? IR_MO_SIGN : 0));
}

#endif
