/* SPDX-License-Identifier: MIT */
/*
 * Control transfer: conditional branches, jal and jalr.  Each ends the
 * block.  Static targets leave through chainable exits (conditional
 * branches: exit 0 = not taken, falls through; exit 1 = taken); jalr leaves
 * through a computed exit.
 */
#include "target/riscv64/trans.h"

static bool rv_gen_branch(struct rv_ctx *c, const struct rv_args *a,
                          enum ir_cond cond)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    int taken = ir_new_label(c->ir);
    ir_brcond(c->ir, IR_I64, cond, s1, s2, taken);
    ir_exit_tb(c->ir, c->next_pc, 0);
    ir_label(c->ir, taken);
    ir_exit_tb(c->ir, c->pc + (uint64_t)a->imm, 1);
    rv_end_block(c);
    return true;
}

bool rv_trans_beq(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_branch(c, a, IR_EQ);
}

bool rv_trans_bne(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_branch(c, a, IR_NE);
}

bool rv_trans_blt(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_branch(c, a, IR_LT);
}

bool rv_trans_bge(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_branch(c, a, IR_GE);
}

bool rv_trans_bltu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_branch(c, a, IR_LTU);
}

bool rv_trans_bgeu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_branch(c, a, IR_GEU);
}

bool rv_trans_jal(struct rv_ctx *c, const struct rv_args *a)
{
    ir_movi(c->ir, rv_gpr_dest(c, a->rd), c->next_pc);
    ir_exit_tb(c->ir, c->pc + (uint64_t)a->imm, 0);
    rv_end_block(c);
    return true;
}

bool rv_trans_jalr(struct rv_ctx *c, const struct rv_args *a)
{
    /* The target goes to a temp first: rd may be rs1 (jalr ra, 0(ra)). */
    ir_slot target = ir_temp(c->ir);
    ir_slot base = rv_gpr_read(c, a->rs1);
    if (a->imm != 0) {
        ir_op2i(c->ir, IR_addi, IR_I64, target, base, a->imm);
        base = target;
    }
    ir_op2i(c->ir, IR_andi, IR_I64, target, base, ~(int64_t)1);
    ir_movi(c->ir, rv_gpr_dest(c, a->rd), c->next_pc);
    ir_exit_jump(c->ir, target);
    rv_end_block(c);
    return true;
}
