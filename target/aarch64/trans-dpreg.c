/* SPDX-License-Identifier: MIT */
/*
 * Data processing, register: logical and add/sub with a shifted register,
 * add/sub with an extended register, ADC/SBC(S), CCMP/CCMN (register and
 * immediate), CSEL/CSINC/CSINV/CSNEG (and cset/csetm/cinc/cneg).  A
 * shifted operand is one shift op in front of the operation.
 */
#include "target/aarch64/trans-base.h"

ir_slot a64_gen_shifted(struct a64_ctx *c, int sf, int rm, int type,
                        int amount)
{
    static const enum ir_opc ops[4] = {IR_shli, IR_shri, IR_sari, IR_rotri};
    ir_slot m = a64_xreg_read(c, rm, sf);
    if (amount == 0) {
        return m;
    }
    ir_slot t = ir_temp(c->ir);
    ir_op2i(c->ir, ops[type & 3], a64_type(sf), t, m, amount);
    return t;
}

ir_slot a64_gen_extended(struct a64_ctx *c, int m, int option, int shift)
{
    ir_slot r = a64_xreg_read(c, m, 1);
    ir_slot t = ir_temp(c->ir);
    if ((option & 3) != 3) {
        ir_op1(c->ir, option & 4 ? IR_sext : IR_zext, IR_I64, t, r,
               (uint8_t)(option & 3));
        r = t;
    }
    if (shift != 0) {
        ir_op2i(c->ir, IR_shli, IR_I64, t, r, shift);
        r = t;
    }
    return r;
}

/* ---- logical, shifted register ------------------------------------------ */

enum a64_logic { A64_AND, A64_BIC, A64_ORR, A64_ORN, A64_EOR, A64_EON };

static bool a64_gen_logic_reg(struct a64_ctx *c, const struct a64_args *a,
                              enum a64_logic kind, bool setflags)
{
    static const enum ir_opc ops[6] = {IR_and, IR_andn, IR_or, IR_orn,
                                       IR_xor, IR_xor};
    if (!a->sf && a->imm >= 32) {
        return false;
    }
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    ir_slot m = a64_gen_shifted(c, a->sf, a->rm, a->shift, (int)a->imm);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (a->rn == 31 && !setflags && (kind == A64_ORR || kind == A64_ORN)) {
        if (kind == A64_ORN) { /* mvn */
            ir_op1(b, IR_not, t, d, m, 0);
        } else if (a->sf) { /* mov */
            ir_mov(b, d, m);
        } else {
            ir_op1(b, IR_zext, IR_I64, d, m, IR_MO_32);
        }
        return true;
    }
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    if (kind == A64_EON) {
        ir_slot nm = ir_temp(b);
        ir_op1(b, IR_not, t, nm, m, 0);
        m = nm;
    }
    ir_op2(b, ops[kind], t, d, n, m);
    if (setflags) {
        a64_gen_logic_flags(c, a->sf, d);
    }
    return true;
}

bool a64_trans_and_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_AND, false);
}

bool a64_trans_bic_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_BIC, false);
}

bool a64_trans_orr_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_ORR, false);
}

bool a64_trans_orn_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_ORN, false);
}

bool a64_trans_eor_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_EOR, false);
}

bool a64_trans_eon_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_EON, false);
}

bool a64_trans_ands_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_AND, true);
}

bool a64_trans_bics_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_logic_reg(c, a, A64_BIC, true);
}

/* ---- add/sub, shifted and extended register ----------------------------- */

static bool a64_gen_addsub(struct a64_ctx *c, const struct a64_args *a,
                           ir_slot n, ir_slot m, bool sub, bool setflags,
                           ir_slot d)
{
    if (setflags) {
        a64_gen_addsub_flags(c, sub, a->sf, d, n, m);
    } else {
        ir_op2(c->ir, sub ? IR_sub : IR_add, a64_type(a->sf), d, n, m);
    }
    return true;
}

static bool a64_gen_addsub_sreg(struct a64_ctx *c, const struct a64_args *a,
                                bool sub, bool setflags)
{
    if (a->shift == 3 || (!a->sf && a->imm >= 32)) {
        return false;
    }
    ir_slot m = a64_gen_shifted(c, a->sf, a->rm, a->shift, (int)a->imm);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (sub && !setflags && a->rn == 31) { /* neg */
        ir_op1(c->ir, IR_neg, a64_type(a->sf), d, m, 0);
        return true;
    }
    return a64_gen_addsub(c, a, a64_xreg_read(c, a->rn, a->sf), m, sub,
                          setflags, d);
}

bool a64_trans_add_sreg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_sreg(c, a, false, false);
}

bool a64_trans_adds_sreg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_sreg(c, a, false, true);
}

bool a64_trans_sub_sreg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_sreg(c, a, true, false);
}

bool a64_trans_subs_sreg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_sreg(c, a, true, true);
}

/* Extended register: Rn is SP, and so is Rd without S. */
static bool a64_gen_addsub_ereg(struct a64_ctx *c, const struct a64_args *a,
                                bool sub, bool setflags)
{
    if (a->imm > 4) {
        return false;
    }
    ir_slot m = a64_gen_extended(c, a->rm, a->option, (int)a->imm);
    ir_slot d = setflags ? a64_xreg_dest(c, a->rd)
                         : a64_xreg_dest_sp(c, a->rd);
    return a64_gen_addsub(c, a, a64_xreg_read_sp(c, a->rn), m, sub,
                          setflags, d);
}

bool a64_trans_add_ereg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_ereg(c, a, false, false);
}

bool a64_trans_adds_ereg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_ereg(c, a, false, true);
}

bool a64_trans_sub_ereg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_ereg(c, a, true, false);
}

bool a64_trans_subs_ereg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_addsub_ereg(c, a, true, true);
}

/* ---- add/sub with carry ----------------------------------------------- */

/* ADC: n + m + C; SBC: n + ~m + C. */
static bool a64_gen_adc(struct a64_ctx *c, const struct a64_args *a,
                        bool sub, bool setflags)
{
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    ir_slot carry = a64_gen_cond_value(c, A64_CS);
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = a64_xreg_read(c, a->rm, a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (sub) {
        ir_slot nm = ir_temp(b);
        ir_op1(b, IR_not, t, nm, m, 0);
        m = nm;
    }
    if (setflags) {
        a64_gen_adc_flags(c, a->sf, d, n, m, carry);
    } else {
        ir_slot s = ir_temp(b);
        ir_op2(b, IR_add, t, s, n, m);
        ir_op2(b, IR_add, t, d, s, carry);
    }
    return true;
}

bool a64_trans_adc(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_adc(c, a, false, false);
}

bool a64_trans_adcs(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_adc(c, a, false, true);
}

bool a64_trans_sbc(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_adc(c, a, true, false);
}

bool a64_trans_sbcs(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_adc(c, a, true, true);
}

/* ---- conditional compare ------------------------------------------------ */

/* NZCV = cond ? flags of (n - m) or (n + m) : #nzcv. */
static bool a64_gen_ccmp(struct a64_ctx *c, const struct a64_args *a,
                         bool sub, bool imm)
{
    struct ir_block *b = c->ir;
    struct a64_test t = a64_gen_test_cond(c, a->cond);
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = imm ? ir_const(b, (uint64_t)a->imm)
                    : a64_xreg_read(c, a->rm, a->sf);
    ir_slot flags = a64_gen_nzcv_of(c, sub, a->sf, n, m);
    ir_slot d = ir_const(b, (uint64_t)a->nzcv << 28);
    ir_movcond(b, t.t, t.cond, d, t.a, t.b, flags);
    a64_gen_set_nzcv(c, d);
    return true;
}

bool a64_trans_ccmn_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ccmp(c, a, false, false);
}

bool a64_trans_ccmp_reg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ccmp(c, a, true, false);
}

bool a64_trans_ccmn_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ccmp(c, a, false, true);
}

bool a64_trans_ccmp_imm(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ccmp(c, a, true, true);
}

/* ---- conditional select ------------------------------------------------- */

enum a64_csel { A64_CSEL, A64_CSINC, A64_CSINV, A64_CSNEG };

static bool a64_gen_csel(struct a64_ctx *c, const struct a64_args *a,
                         enum a64_csel kind)
{
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    int cond = a->cond;

    if (a->rn == 31 && a->rm == 31 && cond < A64_AL &&
        (kind == A64_CSINC || kind == A64_CSINV)) {
        /* cset / csetm: 1 or -1 when the inverted condition holds */
        struct a64_test tc = a64_gen_test_cond(c, cond ^ 1);
        ir_setcond(b, tc.t, tc.cond, d, tc.a, tc.b);
        if (kind == A64_CSINV) {
            ir_op1(b, IR_neg, t, d, d, 0);
        }
        return true;
    }
    struct a64_test tc = a64_gen_test_cond(c, cond);
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = a64_xreg_read(c, a->rm, a->sf);
    ir_slot r = ir_temp(b);
    switch (kind) {
    case A64_CSEL: ir_mov(b, r, m); break;
    case A64_CSINC: ir_op2i(b, IR_addi, t, r, m, 1); break;
    case A64_CSINV: ir_op1(b, IR_not, t, r, m, 0); break;
    case A64_CSNEG: ir_op1(b, IR_neg, t, r, m, 0); break;
    }
    ir_movcond(b, tc.t, tc.cond, r, tc.a, tc.b, n);
    if (a->sf) {
        ir_mov(b, d, r);
    } else {
        ir_op1(b, IR_zext, IR_I64, d, r, IR_MO_32);
    }
    return true;
}

bool a64_trans_csel(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_csel(c, a, A64_CSEL);
}

bool a64_trans_csinc(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_csel(c, a, A64_CSINC);
}

bool a64_trans_csinv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_csel(c, a, A64_CSINV);
}

bool a64_trans_csneg(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_csel(c, a, A64_CSNEG);
}
