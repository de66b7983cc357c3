/* SPDX-License-Identifier: MIT */
/*
 * Loads and stores of SIMD&FP registers: LDR/STR/LDUR/STUR of B/H/S/D/Q in
 * every addressing mode, LDP/STP/LDNP/STNP, LDR literal, and the
 * structure loads/stores LD1-LD4/ST1-ST4 (multiple, single lane) and
 * LD1R-LD4R with post-index.  Plain loads/stores and LD1/ST1 of whole
 * registers are IR loads and stores of the 64-bit halves; the
 * interleaving forms call fpsimd-ldst.c.  Loaded values go through temps
 * until the last access that can fault.
 */
#include "target/aarch64/trans-fpsimd.h"

/* Load 1 << scale bytes (scale 0..4) at base + off into lo (and hi). */
static void a64_vld_value(struct a64_ctx *c, ir_slot base, int64_t off,
                          unsigned scale, ir_slot lo, ir_slot hi)
{
    if (scale == 4) {
        ir_ld(c->ir, lo, base, off, IR_MO_64);
        ir_ld(c->ir, hi, base, off + 8, IR_MO_64);
    } else {
        ir_ld(c->ir, lo, base, off, (uint8_t)scale);
        ir_movi(c->ir, hi, 0);
    }
}

static void a64_vst_value(struct a64_ctx *c, ir_slot base, int64_t off,
                          unsigned scale, int rt)
{
    if (scale == 4) {
        ir_st(c->ir, A64_VLO(rt), base, off, IR_MO_64);
        ir_st(c->ir, A64_VHI(rt), base, off + 8, IR_MO_64);
    } else {
        ir_st(c->ir, A64_VLO(rt), base, off, (uint8_t)scale);
    }
}

/* LDR/STR (immediate, unscaled, pre/post-index, register offset). */
static bool a64_vldst_one(struct a64_ctx *c, const struct a64_args *a,
                          bool load)
{
    unsigned scale = a->scale;
    if (scale > 4) {
        return false;
    }
    struct a64_addr ad;
    if (!a64_ls_addr(c, a, &ad)) {
        return false;
    }
    if (load) {
        ir_slot lo = ir_temp(c->ir), hi = ir_temp(c->ir);
        a64_vld_value(c, ad.base, ad.off, scale, lo, hi);
        ir_mov(c->ir, A64_VLO(a->rd), lo);
        ir_mov(c->ir, A64_VHI(a->rd), hi);
    } else {
        a64_vst_value(c, ad.base, ad.off, scale, a->rd);
    }
    a64_ls_writeback(c, a);
    return true;
}

bool a64_trans_vldr_uimm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_vldst_one(c, a, true);
}

bool a64_trans_vstr_uimm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_vldst_one(c, a, false);
}

/* mode 2 (unprivileged) has no SIMD&FP form. */
bool a64_trans_vldr_imm9(struct a64_ctx *c, const struct a64_args *a)
{
    return a->mode != 2 && a64_vldst_one(c, a, true);
}

bool a64_trans_vstr_imm9(struct a64_ctx *c, const struct a64_args *a)
{
    return a->mode != 2 && a64_vldst_one(c, a, false);
}

bool a64_trans_vldr_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_vldst_one(c, a, true);
}

bool a64_trans_vstr_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_vldst_one(c, a, false);
}

/* LDR (literal): opc 00 S, 01 D, 10 Q. */
bool a64_trans_vldr_lit(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned opc = a->insn >> 30;
    if (opc == 3) {
        return false;
    }
    ir_slot base = ir_const(c->ir, c->pc + (uint64_t)a->imm);
    ir_slot lo = ir_temp(c->ir), hi = ir_temp(c->ir);
    a64_vld_value(c, base, 0, opc == 2 ? 4 : 2 + opc, lo, hi);
    ir_mov(c->ir, A64_VLO(a->rd), lo);
    ir_mov(c->ir, A64_VHI(a->rd), hi);
    return true;
}

/* LDP/STP/LDNP/STNP of S, D, Q (scale 2..4). */
static bool a64_vldst_pair(struct a64_ctx *c, const struct a64_args *a,
                           bool load)
{
    unsigned scale = a->scale;
    if (scale > 4) {
        return false;
    }
    struct a64_addr ad;
    if (!a64_ls_addr(c, a, &ad)) {
        return false;
    }
    int64_t step = (int64_t)1 << scale;
    if (load) {
        ir_slot t[4];
        for (int k = 0; k < 4; k++) {
            t[k] = ir_temp(c->ir);
        }
        a64_vld_value(c, ad.base, ad.off, scale, t[0], t[1]);
        a64_vld_value(c, ad.base, ad.off + step, scale, t[2], t[3]);
        ir_mov(c->ir, A64_VLO(a->rd), t[0]);
        ir_mov(c->ir, A64_VHI(a->rd), t[1]);
        ir_mov(c->ir, A64_VLO(a->ra), t[2]);
        ir_mov(c->ir, A64_VHI(a->ra), t[3]);
    } else {
        a64_vst_value(c, ad.base, ad.off, scale, a->rd);
        a64_vst_value(c, ad.base, ad.off + step, scale, a->ra);
    }
    a64_ls_writeback(c, a);
    return true;
}

bool a64_trans_vldp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_vldst_pair(c, a, true);
}

bool a64_trans_vstp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_vldst_pair(c, a, false);
}

/* ---- structures ----------------------------------------------------------- */

/* Post-index write-back: Rm = 31 adds the bytes moved, else Xm. */
static void a64_vstruct_writeback(struct a64_ctx *c, const struct a64_args *a,
                                  unsigned bytes)
{
    if (!((a->insn >> 23) & 1)) {
        return;
    }
    ir_slot n = A64_X(a->rn);
    if (a->rm == 31) {
        ir_op2(c->ir, IR_add, IR_I64, n, n, ir_const(c->ir, bytes));
    } else {
        ir_op2(c->ir, IR_add, IR_I64, n, n, A64_X(a->rm));
    }
}

/* LD1/ST1 of 1-4 whole registers: plain 64-bit accesses. */
static void a64_gen_ld1_regs(struct a64_ctx *c, const struct a64_args *a,
                             unsigned nregs, bool load, ir_slot base)
{
    unsigned halves = a->q ? 2 : 1;
    if (load) {
        ir_slot t[8];
        for (unsigned k = 0; k < nregs * halves; k++) {
            t[k] = ir_temp(c->ir);
            ir_ld(c->ir, t[k], base, 8 * k, IR_MO_64);
        }
        for (unsigned r = 0; r < nregs; r++) {
            int reg = (a->rd + r) % 32;
            ir_mov(c->ir, A64_VLO(reg), t[r * halves]);
            if (a->q) {
                ir_mov(c->ir, A64_VHI(reg), t[r * halves + 1]);
            } else {
                a64_gen_vclear_hi(c, reg);
            }
        }
        return;
    }
    for (unsigned r = 0; r < nregs; r++) {
        int reg = (a->rd + r) % 32;
        ir_st(c->ir, A64_VLO(reg), base, 8 * r * halves, IR_MO_64);
        if (a->q) {
            ir_st(c->ir, A64_VHI(reg), base, 8 * r * halves + 8, IR_MO_64);
        }
    }
}

/* LD1-LD4 / ST1-ST4 (multiple structures), opcode bits 15:12. */
bool a64_trans_vldst_mult(struct a64_ctx *c, const struct a64_args *a)
{
    static const uint8_t rpt[16] = {[0] = 1, [2] = 4, [4] = 1, [6] = 3,
                                    [7] = 1, [8] = 1, [10] = 2};
    static const uint8_t selem[16] = {[0] = 4, [2] = 1, [4] = 3, [6] = 1,
                                      [7] = 1, [8] = 2, [10] = 1};
    unsigned op = a64_bits(a->insn, 15, 12), size = a64_bits(a->insn, 11, 10);
    bool load = (a->insn >> 22) & 1;
    bool post = (a->insn >> 23) & 1;
    if (rpt[op] == 0 || (size == 3 && !a->q && selem[op] != 1) ||
        (!post && a->rm != 0)) {
        return false;
    }
    unsigned bytes = rpt[op] * selem[op] * (8u << a->q);
    ir_slot base = ir_temp(c->ir);
    ir_mov(c->ir, base, a64_xreg_read_sp(c, a->rn));
    if (selem[op] == 1) {
        a64_gen_ld1_regs(c, a, rpt[op], load, base);
    } else {
        uint64_t desc = a64_vd_with_x(
            a64_vd_pack(a->rd, 0, 0, size, a->q, 0, 0),
            rpt[op] | selem[op] << 3);
        const struct ir_helper *h = load ? &a64_vld_helpers[A64_LDST_MULT]
                                         : &a64_vst_helpers[A64_LDST_MULT];
        ir_call(c->ir, h, IR_NOSLOT, ir_const(c->ir, desc), base, IR_NOSLOT,
                0);
    }
    a64_vstruct_writeback(c, a, bytes);
    return true;
}

/* LD1-LD4 / ST1-ST4 (single structure) and LD1R-LD4R. */
bool a64_trans_vldst_single(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned op = a64_bits(a->insn, 15, 13), s = (a->insn >> 12) & 1;
    unsigned size = a64_bits(a->insn, 11, 10), r = (a->insn >> 21) & 1;
    bool load = (a->insn >> 22) & 1, post = (a->insn >> 23) & 1;
    unsigned scale = op >> 1, selem = ((op & 1) << 1 | r) + 1, index = 0;
    enum a64_vldst_kind kind = A64_LDST_SINGLE;
    if (!post && a->rm != 0) {
        return false;
    }
    switch (scale) {
    case 3:
        if (!load || s) {
            return false;
        }
        scale = size;
        kind = A64_LDST_REPL;
        break;
    case 0:
        index = a->q << 3 | s << 2 | size;
        break;
    case 1:
        if (size & 1) {
            return false;
        }
        index = a->q << 2 | s << 1 | size >> 1;
        break;
    default:
        if (size & 2) {
            return false;
        }
        if (size & 1) {
            if (s) {
                return false;
            }
            scale = 3;
            index = a->q;
        } else {
            index = a->q << 1 | s;
        }
        break;
    }
    ir_slot base = ir_temp(c->ir);
    ir_mov(c->ir, base, a64_xreg_read_sp(c, a->rn));
    uint64_t desc = a64_vd_with_x(a64_vd_pack(a->rd, 0, 0, scale, a->q, 0,
                                              index),
                                  1 | selem << 3);
    const struct ir_helper *h = load ? &a64_vld_helpers[kind]
                                     : &a64_vst_helpers[kind];
    ir_call(c->ir, h, IR_NOSLOT, ir_const(c->ir, desc), base, IR_NOSLOT, 0);
    a64_vstruct_writeback(c, a, selem << scale);
    return true;
}
