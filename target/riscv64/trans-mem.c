/* SPDX-License-Identifier: MIT */
/*
 * RV64I loads and stores: one IR ld/st each, addressing base + offset
 * directly.  A load writes rd only as its last step, so a faulting load
 * leaves the register file untouched, as precise exceptions require.
 */
#include "target/riscv64/trans.h"

static bool rv_gen_load(struct rv_ctx *c, const struct rv_args *a,
                        uint8_t memop)
{
    ir_slot base = rv_gpr_read(c, a->rs1);
    ir_ld(c->ir, rv_gpr_dest(c, a->rd), base, a->imm, memop);
    return true;
}

static bool rv_gen_store(struct rv_ctx *c, const struct rv_args *a,
                         uint8_t memop)
{
    ir_slot base = rv_gpr_read(c, a->rs1), val = rv_gpr_read(c, a->rs2);
    ir_st(c->ir, val, base, a->imm, memop);
    return true;
}

bool rv_trans_lb(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_8 | IR_MO_SIGN);
}

bool rv_trans_lh(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_16 | IR_MO_SIGN);
}

bool rv_trans_lw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_32 | IR_MO_SIGN);
}

bool rv_trans_ld(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_64);
}

bool rv_trans_lbu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_8);
}

bool rv_trans_lhu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_16);
}

bool rv_trans_lwu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_load(c, a, IR_MO_32);
}

bool rv_trans_sb(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_store(c, a, IR_MO_8);
}

bool rv_trans_sh(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_store(c, a, IR_MO_16);
}

bool rv_trans_sw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_store(c, a, IR_MO_32);
}

bool rv_trans_sd(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_store(c, a, IR_MO_64);
}
