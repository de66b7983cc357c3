/* SPDX-License-Identifier: MIT */
/*
 * Control transfer: B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR, BLR, RET.
 * Each ends the block.  Static targets leave through chainable exits
 * (conditional branches: exit 0 = not taken, exit 1 = taken); register
 * branches through a computed exit.  B.cond after a flag-setting op of the
 * same block is one brcond on that op's operands (trans-flags.c).
 */
#include "target/aarch64/trans-base.h"

/* if (a cond b) goto pc + imm, else fall through. */
static bool a64_gen_brcond(struct a64_ctx *c, enum ir_type t,
                           enum ir_cond cond, ir_slot x, ir_slot y,
                           int64_t imm)
{
    int taken = ir_new_label(c->ir);
    ir_brcond(c->ir, t, cond, x, y, taken);
    ir_exit_tb(c->ir, c->next_pc, 0);
    ir_label(c->ir, taken);
    ir_exit_tb(c->ir, c->pc + (uint64_t)imm, 1);
    a64_end_block(c);
    return true;
}

bool a64_trans_b(struct a64_ctx *c, const struct a64_args *a)
{
    ir_exit_tb(c->ir, c->pc + (uint64_t)a->imm, 0);
    a64_end_block(c);
    return true;
}

bool a64_trans_bl(struct a64_ctx *c, const struct a64_args *a)
{
    ir_movi(c->ir, A64_X(30), c->next_pc);
    return a64_trans_b(c, a);
}

bool a64_trans_b_cond(struct a64_ctx *c, const struct a64_args *a)
{
    if (a->cond >= A64_AL) {
        return a64_trans_b(c, a);
    }
    struct a64_test t = a64_gen_test_cond(c, a->cond);
    return a64_gen_brcond(c, t.t, t.cond, t.a, t.b, a->imm);
}

bool a64_trans_cbz(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_brcond(c, a64_type(a->sf), IR_EQ,
                          a64_xreg_read(c, a->rd, a->sf),
                          ir_const(c->ir, 0), a->imm);
}

bool a64_trans_cbnz(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_brcond(c, a64_type(a->sf), IR_NE,
                          a64_xreg_read(c, a->rd, a->sf),
                          ir_const(c->ir, 0), a->imm);
}

bool a64_trans_tbz(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_brcond(c, IR_I64, IR_TSTEQ, a64_xreg_read(c, a->rd, 1),
                          ir_const(c->ir, 1ull << a->imms), a->imm);
}

bool a64_trans_tbnz(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_brcond(c, IR_I64, IR_TSTNE, a64_xreg_read(c, a->rd, 1),
                          ir_const(c->ir, 1ull << a->imms), a->imm);
}

bool a64_trans_br(struct a64_ctx *c, const struct a64_args *a)
{
    ir_exit_jump(c->ir, a64_xreg_read(c, a->rn, 1));
    a64_end_block(c);
    return true;
}

bool a64_trans_blr(struct a64_ctx *c, const struct a64_args *a)
{
    /* The target goes to a temp first: Rn may be x30. */
    ir_slot target = ir_temp(c->ir);
    ir_mov(c->ir, target, a64_xreg_read(c, a->rn, 1));
    ir_movi(c->ir, A64_X(30), c->next_pc);
    ir_exit_jump(c->ir, target);
    a64_end_block(c);
    return true;
}

bool a64_trans_ret(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_trans_br(c, a);
}
