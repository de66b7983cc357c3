/* SPDX-License-Identifier: MIT */
/*
 * Insns that talk to the run loop rather than compute: ecall and ebreak
 * leave the block with an exception, fence maps to an IR barrier, and
 * fence.i leaves with EXCP_FLUSH so stale translations are dropped before
 * the next insn runs.
 */
#include "target/riscv64/trans.h"

/* FENCE predecessor/successor bits (imm[7:4] and imm[3:0]). */
enum { RV_FENCE_W = 1, RV_FENCE_R = 2, RV_FENCE_O = 4, RV_FENCE_I = 8 };
#define RV_FENCE_FM_TSO 8

bool rv_trans_ecall(struct rv_ctx *c, const struct rv_args *a)
{
    (void)a;
    ir_raise(c->ir, c->next_pc, EXCP_SYSCALL);
    rv_end_block(c);
    return true;
}

bool rv_trans_ebreak(struct rv_ctx *c, const struct rv_args *a)
{
    (void)a;
    ir_raise(c->ir, c->pc, EXCP_BREAKPOINT);
    rv_end_block(c);
    return true;
}

bool rv_trans_fence(struct rv_ctx *c, const struct rv_args *a)
{
    unsigned fm = (unsigned)(a->imm >> 8) & 15;
    unsigned pred = (unsigned)(a->imm >> 4) & 15, succ = (unsigned)a->imm & 15;
    /*
     * The host (x86, TSO) reorders only a store with a later load, so only
     * a fence ordering earlier writes before later reads needs a full
     * barrier; fence.tso by definition does not.
     */
    bool full = fm != RV_FENCE_FM_TSO &&
                (pred & (RV_FENCE_W | RV_FENCE_O)) != 0 &&
                (succ & (RV_FENCE_R | RV_FENCE_I)) != 0;
    ir_fence(c->ir, full ? IR_FENCE_FULL : IR_FENCE_ACQ_REL);
    return true;
}

bool rv_trans_fence_i(struct rv_ctx *c, const struct rv_args *a)
{
    (void)a;
    ir_raise(c->ir, c->next_pc, EXCP_FLUSH);
    rv_end_block(c);
    return true;
}
