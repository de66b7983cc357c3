/* SPDX-License-Identifier: MIT */
/*
 * The A extension.  AMOs map to one IR atomic (the host's lock-prefixed
 * ops are full barriers, so aq/rl need nothing more).  LR records the
 * address and loaded value in struct rv_cpu; SC succeeds only when its
 * address is the reserved one and a cmpxchg still finds the loaded value
 * (the usual user-mode emulation: an ABA store is not detected).  Every SC
 * drops the reservation.  Misaligned addresses raise EXCP_BUS_ADRALN.
 */
#include "target/riscv64/trans.h"

static uint64_t rv_helper_misaligned(struct cpu *cpu, uint64_t addr,
                                     uint64_t b, uint64_t c, uint64_t aux)
{
    cpu_raise(cpu, EXCP_BUS_ADRALN, addr);
}

static const struct ir_helper rv_misaligned = {
    rv_helper_misaligned, "rv_misaligned", IRH_FAULTS,
};

/*
 * Slot holding the address in rs1, after a check that it is aligned to
 * 1 << mo bytes: one untaken branch in the common case.
 */
static ir_slot rv_gen_aligned_addr(struct rv_ctx *c, int rs1, uint8_t mo)
{
    ir_slot addr = rv_gpr_read(c, rs1);
    int ok = ir_new_label(c->ir);
    ir_brcond(c->ir, IR_I64, IR_TSTEQ, addr,
              ir_const(c->ir, (1u << mo) - 1), ok);
    ir_call(c->ir, &rv_misaligned, IR_NOSLOT, addr, IR_NOSLOT, IR_NOSLOT, 0);
    ir_label(c->ir, ok);
    return addr;
}

static bool rv_gen_lr(struct rv_ctx *c, const struct rv_args *a, uint8_t mo)
{
    ir_slot addr = rv_gen_aligned_addr(c, a->rs1, mo);
    ir_slot d = rv_gpr_dest(c, a->rd);
    /* Reserve before the load overwrites rd, which may be rs1. */
    ir_st_env(c->ir, addr, RV_ENV(res_addr), IR_MO_64);
    ir_ld(c->ir, d, addr, 0, mo | IR_MO_SIGN);
    ir_st_env(c->ir, d, RV_ENV(res_val), IR_MO_64);
    return true;
}

static bool rv_gen_sc(struct rv_ctx *c, const struct rv_args *a, uint8_t mo)
{
    struct ir_block *b = c->ir;
    ir_slot addr = rv_gen_aligned_addr(c, a->rs1, mo);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_slot res = ir_temp(b), expect = ir_temp(b), old = ir_temp(b);
    int fail = ir_new_label(b), done = ir_new_label(b);

    ir_ld_env(b, res, RV_ENV(res_addr), IR_MO_64);
    ir_brcond(b, IR_I64, IR_NE, res, addr, fail);
    ir_ld_env(b, expect, RV_ENV(res_val), IR_MO_64);
    ir_cmpxchg(b, old, addr, expect, rv_gpr_read(c, a->rs2), mo);
    /* rd = 0 on success; .w compares the low 32 bits only. */
    ir_setcond(b, mo == IR_MO_32 ? IR_I32 : IR_I64, IR_NE, d, old, expect);
    ir_br(b, done);
    ir_label(b, fail);
    ir_movi(b, d, 1);
    ir_label(b, done);
    ir_st_env(b, ir_const(b, RV_NO_RESERVATION), RV_ENV(res_addr), IR_MO_64);
    return true;
}

static bool rv_gen_amo(struct rv_ctx *c, const struct rv_args *a,
                       enum ir_atomic_kind kind, uint8_t mo)
{
    ir_slot addr = rv_gen_aligned_addr(c, a->rs1, mo);
    ir_slot val = rv_gpr_read(c, a->rs2);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_atomic(c->ir, d, addr, val, IR_AT(kind, mo));
    if (mo == IR_MO_32) {
        ir_op1(c->ir, IR_sext, IR_I64, d, d, IR_MO_32);
    }
    return true;
}

bool rv_trans_lr_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_lr(c, a, IR_MO_32);
}

bool rv_trans_sc_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_sc(c, a, IR_MO_32);
}

bool rv_trans_amoswap_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_XCHG, IR_MO_32);
}

bool rv_trans_amoadd_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_ADD, IR_MO_32);
}

bool rv_trans_amoxor_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_XOR, IR_MO_32);
}

bool rv_trans_amoand_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_AND, IR_MO_32);
}

bool rv_trans_amoor_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_OR, IR_MO_32);
}

bool rv_trans_amomin_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_SMIN, IR_MO_32);
}

bool rv_trans_amomax_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_SMAX, IR_MO_32);
}

bool rv_trans_amominu_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_UMIN, IR_MO_32);
}

bool rv_trans_amomaxu_w(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_UMAX, IR_MO_32);
}

bool rv_trans_lr_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_lr(c, a, IR_MO_64);
}

bool rv_trans_sc_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_sc(c, a, IR_MO_64);
}

bool rv_trans_amoswap_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_XCHG, IR_MO_64);
}

bool rv_trans_amoadd_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_ADD, IR_MO_64);
}

bool rv_trans_amoxor_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_XOR, IR_MO_64);
}

bool rv_trans_amoand_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_AND, IR_MO_64);
}

bool rv_trans_amoor_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_OR, IR_MO_64);
}

bool rv_trans_amomin_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_SMIN, IR_MO_64);
}

bool rv_trans_amomax_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_SMAX, IR_MO_64);
}

bool rv_trans_amominu_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_UMIN, IR_MO_64);
}

bool rv_trans_amomaxu_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_amo(c, a, IR_AT_UMAX, IR_MO_64);
}
