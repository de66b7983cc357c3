/* SPDX-License-Identifier: MIT */
/*
 * Zba (address generation), Zbb (basic bit manipulation) and Zbs (single
 * bits).  Most map to one IR op (clz, cpop, bswap, rotr, smin...); the
 * shift-and-add forms take two or three, and orc.b, which has no IR
 * counterpart, is a pure helper call.
 */
#include "target/riscv64/trans.h"

/* ---- shared shapes ---- */

/* rd = op rs1, width t (W forms are sign-extended afterwards). */
static bool rv_gen_unary(struct rv_ctx *c, const struct rv_args *a,
                         enum ir_opc opc, enum ir_type t, uint8_t aux)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_op1(c->ir, opc, t, rv_gpr_dest(c, a->rd), s1, aux);
    return true;
}

static bool rv_gen_binary(struct rv_ctx *c, const struct rv_args *a,
                          enum ir_opc opc, enum ir_type t)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2(c->ir, opc, t, d, s1, s2);
    if (t == IR_I32) {
        ir_op1(c->ir, IR_sext, IR_I64, d, d, IR_MO_32);
    }
    return true;
}

/* rd = (zext32(rs1) if uw) << sh + rs2 */
static bool rv_gen_shadd(struct rv_ctx *c, const struct rv_args *a, int sh,
                         bool uw)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot t = ir_temp(c->ir);
    if (uw) {
        ir_op1(c->ir, IR_zext, IR_I64, t, s1, IR_MO_32);
        s1 = t;
    }
    if (sh != 0) {
        ir_op2i(c->ir, IR_shli, IR_I64, t, s1, sh);
        s1 = t;
    }
    ir_op2(c->ir, IR_add, IR_I64, rv_gpr_dest(c, a->rd), s1, s2);
    return true;
}

/* rd = rs1 op (1 << (rs2 & 63)) for bclr/bset/binv. */
static bool rv_gen_bit_op(struct rv_ctx *c, const struct rv_args *a,
                          enum ir_opc opc)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot bit = ir_temp(c->ir);
    ir_op2(c->ir, IR_shl, IR_I64, bit, ir_const(c->ir, 1), s2);
    ir_op2(c->ir, opc, IR_I64, rv_gpr_dest(c, a->rd), s1, bit);
    return true;
}

/* rd = rs1 op imm for the immediate single-bit forms. */
static bool rv_gen_bit_opi(struct rv_ctx *c, const struct rv_args *a,
                           enum ir_opc opc, uint64_t imm)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_op2i(c->ir, opc, IR_I64, rv_gpr_dest(c, a->rd), s1, (int64_t)imm);
    return true;
}

/* ---- Zba ---- */

bool rv_trans_sh1add(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 1, false);
}

bool rv_trans_sh2add(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 2, false);
}

bool rv_trans_sh3add(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 3, false);
}

bool rv_trans_add_uw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 0, true);
}

bool rv_trans_sh1add_uw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 1, true);
}

bool rv_trans_sh2add_uw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 2, true);
}

bool rv_trans_sh3add_uw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_shadd(c, a, 3, true);
}

bool rv_trans_slli_uw(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op1(c->ir, IR_zext, IR_I64, d, s1, IR_MO_32);
    ir_op2i(c->ir, IR_shli, IR_I64, d, d, a->imm);
    return true;
}

/* ---- Zbb: logic with negate, counts, extensions ---- */

bool rv_trans_andn(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_andn, IR_I64);
}

bool rv_trans_orn(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_orn, IR_I64);
}

bool rv_trans_xnor(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2(c->ir, IR_xor, IR_I64, d, s1, s2);
    ir_op1(c->ir, IR_not, IR_I64, d, d, 0);
    return true;
}

bool rv_trans_clz(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_clz, IR_I64, 0);
}

bool rv_trans_ctz(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_ctz, IR_I64, 0);
}

bool rv_trans_cpop(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_cpop, IR_I64, 0);
}

/* The W counts: an i32 op; the result (at most 32) needs no extension. */
bool rv_trans_clzw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_clz, IR_I32, 0);
}

bool rv_trans_ctzw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_ctz, IR_I32, 0);
}

bool rv_trans_cpopw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_cpop, IR_I32, 0);
}

bool rv_trans_sext_b(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_sext, IR_I64, IR_MO_8);
}

bool rv_trans_sext_h(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_sext, IR_I64, IR_MO_16);
}

bool rv_trans_zext_h(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_zext, IR_I64, IR_MO_16);
}

/* ---- Zbb: min/max, rotations, byte ops ---- */

bool rv_trans_max(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_smax, IR_I64);
}

bool rv_trans_maxu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_umax, IR_I64);
}

bool rv_trans_min(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_smin, IR_I64);
}

bool rv_trans_minu(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_umin, IR_I64);
}

bool rv_trans_rol(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_rotl, IR_I64);
}

bool rv_trans_ror(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_rotr, IR_I64);
}

bool rv_trans_rolw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_rotl, IR_I32);
}

bool rv_trans_rorw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_binary(c, a, IR_rotr, IR_I32);
}

bool rv_trans_rori(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_opi(c, a, IR_rotri, (uint64_t)a->imm);
}

bool rv_trans_roriw(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2i(c->ir, IR_rotri, IR_I32, d, s1, a->imm);
    ir_op1(c->ir, IR_sext, IR_I64, d, d, IR_MO_32);
    return true;
}

/* Each byte becomes 0xff if it is non-zero, else stays 0. */
static uint64_t rv_helper_orc_b(struct cpu *cpu, uint64_t x, uint64_t b,
                                uint64_t c, uint64_t aux)
{
    uint64_t r = 0;
    for (unsigned k = 0; k < 64; k += 8) {
        if ((x >> k) & 0xff) {
            r |= (uint64_t)0xff << k;
        }
    }
    return r;
}

static const struct ir_helper rv_orc_b = {
    rv_helper_orc_b, "rv_orc_b", IRH_PURE,
};

bool rv_trans_orc_b(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_call(c->ir, &rv_orc_b, rv_gpr_dest(c, a->rd), s1, IR_NOSLOT,
            IR_NOSLOT, 0);
    return true;
}

bool rv_trans_rev8(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_unary(c, a, IR_bswap, IR_I64, 0);
}

/* ---- Zbs ---- */

bool rv_trans_bclr(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_op(c, a, IR_andn);
}

bool rv_trans_bset(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_op(c, a, IR_or);
}

bool rv_trans_binv(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_op(c, a, IR_xor);
}

bool rv_trans_bext(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2(c->ir, IR_shr, IR_I64, d, s1, s2);
    ir_op2i(c->ir, IR_andi, IR_I64, d, d, 1);
    return true;
}

bool rv_trans_bclri(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_opi(c, a, IR_andi, ~((uint64_t)1 << a->imm));
}

bool rv_trans_bseti(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_opi(c, a, IR_ori, (uint64_t)1 << a->imm);
}

bool rv_trans_binvi(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_bit_opi(c, a, IR_xori, (uint64_t)1 << a->imm);
}

bool rv_trans_bexti(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2i(c->ir, IR_shri, IR_I64, d, s1, a->imm);
    ir_op2i(c->ir, IR_andi, IR_I64, d, d, 1);
    return true;
}
