/* SPDX-License-Identifier: MIT */
/*
 * Loads and stores of general registers in every addressing mode:
 * unsigned offset, unscaled (LDUR), pre/post-index, unprivileged (LDTR:
 * the same at EL0), register offset with extend/shift, literal, pairs
 * (LDP/STP/LDNP/STNP/LDPSW), and PRFM/PRFUM as no-ops.  The address
 * helpers are shared with the SIMD&FP loads and stores (trans.h).
 * A plain offset access is one IR ld/st with the offset as immediate.
 */
#include "target/aarch64/trans-base.h"

bool a64_ls_has_writeback(const struct a64_args *a)
{
    uint8_t fmt_mode = a->mode;
    uint32_t w = a->insn;
    if ((w & 0x3b000000u) == 0x38000000u && ((w >> 21) & 1) == 0) {
        return fmt_mode == 1 || fmt_mode == 3; /* LS_IMM9: post, pre */
    }
    if ((w & 0x3a000000u) == 0x28000000u) {
        return fmt_mode == 1 || fmt_mode == 3; /* LS_PAIR: post, pre */
    }
    return false;
}

bool a64_ls_addr(struct a64_ctx *c, const struct a64_args *a,
                 struct a64_addr *ad)
{
    uint32_t w = a->insn;
    ad->base = a64_xreg_read_sp(c, a->rn);
    ad->off = 0;
    if ((w & 0x3b000000u) == 0x18000000u) { /* literal */
        ad->base = ir_const(c->ir, c->pc + (uint64_t)a->imm);
        return true;
    }
    if ((w & 0x3a000000u) == 0x28000000u) { /* pair */
        ad->off = a->mode == 1 ? 0 : a->imm;
        return true;
    }
    if ((w & 0x3b000000u) == 0x39000000u) { /* unsigned offset */
        ad->off = a->imm;
        return true;
    }
    if (((w >> 21) & 1) == 0) { /* imm9 */
        ad->off = a->mode == 1 ? 0 : a->imm;
        return true;
    }
    /* register offset: option 010 UXTW, 011 LSL, 110 SXTW, 111 SXTX */
    if ((a->option & 2) == 0) {
        return false;
    }
    ir_slot m = a64_gen_extended(c, a->rm, a->option, a->shift);
    ir_slot t = ir_temp(c->ir);
    ir_op2(c->ir, IR_add, IR_I64, t, ad->base, m);
    ad->base = t;
    return true;
}

void a64_ls_writeback(struct a64_ctx *c, const struct a64_args *a)
{
    if (a64_ls_has_writeback(a)) {
        ir_op2i(c->ir, IR_addi, IR_I64, a64_xreg_dest_sp(c, a->rn),
                a64_xreg_read_sp(c, a->rn), a->imm);
    }
}

/*
 * Load Rt with memop mo (zero- or sign-extended to 64 bits); w32 zero-
 * extends a sign-extended result from 32 bits (LDRSB/LDRSH Wt).
 */
static bool a64_gen_load(struct a64_ctx *c, const struct a64_args *a,
                         uint8_t mo, bool w32)
{
    struct a64_addr ad;
    if (!a64_ls_addr(c, a, &ad)) {
        return false;
    }
    struct ir_block *b = c->ir;
    bool wb = a64_ls_has_writeback(a);
    ir_slot d = a64_xreg_dest(c, a->rd);
    ir_slot v = (wb || w32) ? ir_temp(b) : d;
    ir_ld(b, v, ad.base, ad.off, mo);
    a64_ls_writeback(c, a);
    if (w32) {
        ir_op1(b, IR_zext, IR_I64, d, v, IR_MO_32);
    } else {
        ir_mov(b, d, v);
    }
    return true;
}

static bool a64_gen_store(struct a64_ctx *c, const struct a64_args *a)
{
    struct a64_addr ad;
    if (!a64_ls_addr(c, a, &ad)) {
        return false;
    }
    /* Read Rt before the write-back (str x0, [x0], #8 stores the old x0). */
    ir_st(c->ir, a64_xreg_read(c, a->rd, 1), ad.base, ad.off, a->size);
    a64_ls_writeback(c, a);
    return true;
}

/* LDRS*: opc 10 extends to 64 bits, opc 11 to 32; not for 64-bit size. */
static bool a64_gen_load_signed(struct a64_ctx *c, const struct a64_args *a)
{
    bool to32 = a->opc & 1;
    if (a->size == 3 || (a->size == 2 && to32)) {
        return false;
    }
    return a64_gen_load(c, a, a64_memop(a->size, true), to32);
}

bool a64_trans_str_imm9(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_store(c, a);
}

bool a64_trans_ldr_imm9(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load(c, a, a64_memop(a->size, false), false);
}

bool a64_trans_ldrs_imm9(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load_signed(c, a);
}

bool a64_trans_str_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_store(c, a);
}

bool a64_trans_ldr_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load(c, a, a64_memop(a->size, false), false);
}

bool a64_trans_ldrs_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load_signed(c, a);
}

bool a64_trans_str_uimm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_store(c, a);
}

bool a64_trans_ldr_uimm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load(c, a, a64_memop(a->size, false), false);
}

bool a64_trans_ldrs_uimm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load_signed(c, a);
}

/* Prefetches: no access, no fault; the register form still checks its
 * extend option. */
bool a64_trans_prfum(struct a64_ctx *c, const struct a64_args *a)
{
    (void)c, (void)a;
    return true;
}

bool a64_trans_prfm_reg(struct a64_ctx *c, const struct a64_args *a)
{
    (void)c;
    return (a->option & 2) != 0;
}

bool a64_trans_prfm_uimm(struct a64_ctx *c, const struct a64_args *a)
{
    (void)c, (void)a;
    return true;
}

bool a64_trans_prfm_lit(struct a64_ctx *c, const struct a64_args *a)
{
    (void)c, (void)a;
    return true;
}

bool a64_trans_ldr_lit(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load(c, a, a->q ? IR_MO_64 : IR_MO_32, false);
}

bool a64_trans_ldrsw_lit(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load(c, a, IR_MO_32 | IR_MO_SIGN, false);
}

/* ---- pairs -------------------------------------------------------------- */

bool a64_trans_stp(struct a64_ctx *c, const struct a64_args *a)
{
    if (a->size & 1) { /* 01: STGP (MTE), 11: reserved */
        return false;
    }
    struct a64_addr ad;
    a64_ls_addr(c, a, &ad);
    uint8_t mo = a->scale;
    ir_slot t1 = a64_xreg_read(c, a->rd, 1), t2 = a64_xreg_read(c, a->ra, 1);
    ir_st(c->ir, t1, ad.base, ad.off, mo);
    ir_st(c->ir, t2, ad.base, ad.off + (1 << mo), mo);
    a64_ls_writeback(c, a);
    return true;
}

/* Load a pair: the first value through a temp (the second load may fault,
 * and Rt may be the base); the second straight to Rt2 unless written back. */
static bool a64_gen_ldp(struct a64_ctx *c, const struct a64_args *a,
                        uint8_t mo)
{
    struct a64_addr ad;
    a64_ls_addr(c, a, &ad);
    struct ir_block *b = c->ir;
    bool wb = a64_ls_has_writeback(a);
    unsigned step = 1u << (mo & IR_MO_SIZE);
    ir_slot v1 = ir_temp(b);
    ir_slot d2 = a64_xreg_dest(c, a->ra);
    ir_slot v2 = wb ? ir_temp(b) : d2;
    ir_ld(b, v1, ad.base, ad.off, mo);
    ir_ld(b, v2, ad.base, ad.off + step, mo);
    a64_ls_writeback(c, a);
    ir_mov(b, a64_xreg_dest(c, a->rd), v1);
    ir_mov(b, d2, v2);
    return true;
}

bool a64_trans_ldp(struct a64_ctx *c, const struct a64_args *a)
{
    if (a->size == 3) {
        return false;
    }
    return a64_gen_ldp(c, a, a->scale);
}

bool a64_trans_ldpsw(struct a64_ctx *c, const struct a64_args *a)
{
    if (a->mode == 0) { /* no LDNPSW */
        return false;
    }
    return a64_gen_ldp(c, a, IR_MO_32 | IR_MO_SIGN);
}
