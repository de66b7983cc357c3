/* SPDX-License-Identifier: MIT */
/*
 * The M extension.  The IR div/rem ops already give RISC-V's results for
 * the two special cases: division by zero (quotient all ones with
 * IR_DIV0_ONES, remainder the dividend) and signed overflow (quotient the
 * dividend, remainder 0), at both widths, so no insn needs a branch.
 */
#include "target/riscv64/trans.h"

/* rd = rs1 op rs2 at width t; W forms sign-extend the 32-bit result. */
static bool rv_gen_muldiv(struct rv_ctx *c, const struct rv_args *a,
                          enum ir_opc opc, enum ir_type t)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot d = rv_gpr_dest(c, a->rd);
    if (opc == IR_div || opc == IR_divu) {
        ir_div(c->ir, opc, t, d, s1, s2, IR_DIV0_ONES);
    } else {
        ir_op2(c->ir, opc, t, d, s1, s2);
    }
    if (t == IR_I32) {
        ir_op1(c->ir, IR_sext, IR_I64, d, d, IR_MO_32);
    }
    return true;
}

bool rv_trans_mul(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_mul, IR_I64);
}

bool rv_trans_mulh(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_mulhs, IR_I64);
}

bool rv_trans_mulhsu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_mulhsu, IR_I64);
}

bool rv_trans_mulhu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_mulhu, IR_I64);
}

bool rv_trans_div(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_div, IR_I64);
}

bool rv_trans_divu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_divu, IR_I64);
}

bool rv_trans_rem(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_rem, IR_I64);
}

bool rv_trans_remu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_remu, IR_I64);
}

bool rv_trans_mulw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_mul, IR_I32);
}

bool rv_trans_divw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_div, IR_I32);
}

bool rv_trans_divuw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_divu, IR_I32);
}

bool rv_trans_remw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_rem, IR_I32);
}

bool rv_trans_remuw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_muldiv(c, a, IR_remu, IR_I32);
}
