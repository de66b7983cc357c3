/* SPDX-License-Identifier: MIT */
/*
 * Data processing, immediate: ADR/ADRP, ADD/SUB(S) immediate, logical
 * immediate (with DecodeBitMasks), MOVN/MOVZ/MOVK, SBFM/BFM/UBFM (every
 * alias: asr/lsl/lsr, sxt*, uxt*, sbfx/ubfx, sbfiz/ubfiz, bfi/bfxil) and
 * EXTR (ror).  32-bit forms compute with IR_I32 ops, whose results are
 * zero-extended as the architecture wants for W destinations.
 */
#include "target/aarch64/trans-base.h"

static uint64_t a64_ones(unsigned n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

static uint64_t a64_ror(uint64_t x, unsigned r, unsigned esize)
{
    uint64_t m = a64_ones(esize);
    x &= m;
    r %= esize;
    return r == 0 ? x : ((x >> r) | (x << (esize - r))) & m;
}

bool a64_decode_bitmasks(unsigned n, unsigned imms, unsigned immr, bool sf,
                         bool immediate, uint64_t *wmask, uint64_t *tmask)
{
    unsigned m = sf ? 64 : 32;
    unsigned v = (n & 1) << 6 | (~imms & 63);
    if (v == 0 || (!sf && (n & 1))) {
        return false;
    }
    unsigned len = 31 - (unsigned)__builtin_clz(v);
    if (len < 1 || (1u << len) > m) {
        return false;
    }
    unsigned levels = (1u << len) - 1;
    if (immediate && (imms & levels) == levels) {
        return false;
    }
    unsigned s = imms & levels, r = immr & levels;
    unsigned diff = (s - r) & 63;
    unsigned esize = 1u << len;
    unsigned d = diff & levels;
    uint64_t welem = a64_ror(a64_ones(s + 1), r, esize);
    uint64_t telem = a64_ones(d + 1);
    uint64_t w = 0, t = 0;
    for (unsigned k = 0; k < m; k += esize) {
        w |= welem << k;
        t |= telem << k;
    }
    *wmask = w;
    *tmask = t;
    return true;
}

bool a64_trans_adr(struct a64_ctx *c, const struct a64_args *a)
{
    ir_movi(c->ir, a64_xreg_dest(c, a->rd), c->pc + (uint64_t)a->imm);
    return true;
}

bool a64_trans_adrp(struct a64_ctx *c, const struct a64_args *a)
{
    ir_movi(c->ir, a64_xreg_dest(c, a->rd),
            (c->pc & ~(uint64_t)0xfff) + ((uint64_t)a->imm << 12));
    return true;
}

/* ADD/SUB immediate: Rn and (without S) Rd may be SP. */
static bool a64_gen_addsub_imm(struct a64_ctx *c, const struct a64_args *a,
                               bool sub, bool setflags)
{
    ir_slot n = a64_xreg_read_sp(c, a->rn);
    enum ir_type t = a64_type(a->sf);
    if (setflags) {
        a64_gen_addsub_flags(c, sub, a->sf, a64_xreg_dest(c, a->rd), n,
                             ir_const(c->ir, (uint64_t)a->imm));
        return true;
    }
    ir_op2i(c->ir, IR_addi, t, a64_xreg_dest_sp(c, a->rd), n,
            sub ? -a->imm : a->imm);
    return true;
}

bool a64_trans_add_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_imm(c, a, false, false);
}

bool a64_trans_adds_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_imm(c, a, false, true);
}

bool a64_trans_sub_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_imm(c, a, true, false);
}

bool a64_trans_subs_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_imm(c, a, true, true);
}

/* Logical immediate: Rd is SP for AND/ORR/EOR, XZR for ANDS. */
static bool a64_gen_logic_imm(struct a64_ctx *c, const struct a64_args *a,
                              enum ir_opc opc, bool setflags)
{
    if (!a->imm_ok) {
        return false;
    }
    enum ir_type t = a64_type(a->sf);
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot d = setflags ? a64_xreg_dest(c, a->rd)
                         : a64_xreg_dest_sp(c, a->rd);
    if (a->rn == 31 && opc == IR_ori) { /* mov (bitmask immediate) */
        ir_movi(c->ir, d, (uint64_t)a->imm);
        return true;
    }
    ir_op2i(c->ir, opc, t, d, n, a->imm);
    if (setflags) {
        a64_gen_logic_flags(c, a->sf, d);
    }
    return true;
}

bool a64_trans_and_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_imm(c, a, IR_andi, false);
}

bool a64_trans_orr_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_imm(c, a, IR_ori, false);
}

bool a64_trans_eor_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_imm(c, a, IR_xori, false);
}

bool a64_trans_ands_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_imm(c, a, IR_andi, true);
}

bool a64_trans_movn(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a->sf && a->shift >= 32) {
        return false;
    }
    uint64_t v = ~((uint64_t)a->imm << a->shift);
    ir_movi(c->ir, a64_xreg_dest(c, a->rd), a->sf ? v : (uint32_t)v);
    return true;
}

bool a64_trans_movz(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a->sf && a->shift >= 32) {
        return false;
    }
    ir_movi(c->ir, a64_xreg_dest(c, a->rd), (uint64_t)a->imm << a->shift);
    return true;
}

bool a64_trans_movk(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a->sf && a->shift >= 32) {
        return false;
    }
    enum ir_type t = a64_type(a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    ir_slot old = a64_xreg_read(c, a->rd, a->sf);
    ir_op2i(c->ir, IR_andi, t, d, old, (int64_t)~(0xffffull << a->shift));
    ir_op2i(c->ir, IR_ori, t, d, d, (int64_t)((uint64_t)a->imm << a->shift));
    return true;
}

/* Shared checks of SBFM/BFM/UBFM/EXTR: N == sf, 32-bit fields < 32. */
static bool a64_bitfield_ok(const struct a64_args *a)
{
    return a->n == a->sf && (a->sf || (a->immr < 32 && a->imms < 32));
}

bool a64_trans_sbfm(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a64_bitfield_ok(a)) {
        return false;
    }
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    unsigned w = a->sf ? 64 : 32, r = a->immr, s = a->imms;
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (s == w - 1) { /* asr */
        ir_op2i(b, IR_sari, t, d, n, r);
        return true;
    }
    if (r == 0 && (s == 7 || s == 15 || s == 31)) { /* sxtb, sxth, sxtw */
        ir_op1(b, IR_sext, IR_I64, d, n, s == 7 ? 0 : s == 15 ? 1 : 2);
        if (!a->sf) {
            ir_op1(b, IR_zext, IR_I64, d, d, IR_MO_32);
        }
        return true;
    }
    ir_slot tmp = ir_temp(b);
    ir_op2i(b, IR_shli, t, tmp, n, w - 1 - s);
    if (s >= r) { /* sbfx: bits s..r to the bottom, sign-extended */
        ir_op2i(b, IR_sari, t, d, tmp, w - 1 - s + r);
    } else { /* sbfiz: bits s..0 to position w - r */
        ir_op2i(b, IR_sari, t, d, tmp, r - 1 - s);
    }
    return true;
}

bool a64_trans_ubfm(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a64_bitfield_ok(a)) {
        return false;
    }
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    unsigned w = a->sf ? 64 : 32, r = a->immr, s = a->imms;
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (s == w - 1) { /* lsr */
        ir_op2i(b, IR_shri, t, d, n, r);
    } else if (s + 1 == r) { /* lsl */
        ir_op2i(b, IR_shli, t, d, n, w - r);
    } else if (s >= r) { /* ubfx, uxtb, uxth */
        ir_slot tmp = n;
        if (r != 0) {
            tmp = ir_temp(b);
            ir_op2i(b, IR_shri, t, tmp, n, r);
        }
        ir_op2i(b, IR_andi, t, d, tmp, (int64_t)a64_ones(s - r + 1));
    } else { /* ubfiz */
        ir_slot tmp = ir_temp(b);
        ir_op2i(b, IR_andi, t, tmp, n, (int64_t)a64_ones(s + 1));
        ir_op2i(b, IR_shli, t, d, tmp, w - r);
    }
    return true;
}

bool a64_trans_bfm(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a64_bitfield_ok(a)) {
        return false;
    }
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    unsigned w = a->sf ? 64 : 32, r = a->immr, s = a->imms;
    unsigned len, pos;
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot field = ir_temp(b), old = ir_temp(b);
    if (s >= r) { /* bfxil: bits s..r of n to bits len-1..0 */
        len = s - r + 1;
        pos = 0;
        ir_op2i(b, IR_shri, t, field, n, r);
        ir_op2i(b, IR_andi, t, field, field, (int64_t)a64_ones(len));
    } else { /* bfi: bits s..0 of n to position w - r */
        len = s + 1;
        pos = w - r;
        ir_op2i(b, IR_andi, t, field, n, (int64_t)a64_ones(len));
        ir_op2i(b, IR_shli, t, field, field, pos);
    }
    ir_op2i(b, IR_andi, t, old, a64_xreg_read(c, a->rd, a->sf),
            (int64_t)~(a64_ones(len) << pos));
    ir_op2(b, IR_or, t, a64_xreg_dest(c, a->rd), old, field);
    return true;
}

bool a64_trans_extr(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a64_bitfield_ok(a)) {
        return false;
    }
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    unsigned w = a->sf ? 64 : 32, lsb = a->imms;
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = a64_xreg_read(c, a->rm, a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (a->rn == a->rm) { /* ror */
        ir_op2i(b, IR_rotri, t, d, m, lsb);
    } else if (lsb == 0) {
        ir_op2i(b, IR_ori, t, d, m, 0);
    } else {
        ir_slot lo = ir_temp(b), hi = ir_temp(b);
        ir_op2i(b, IR_shri, t, lo, m, lsb);
        ir_op2i(b, IR_shli, t, hi, n, w - lsb);
        ir_op2(b, IR_or, t, d, lo, hi);
    }
    return true;
}
