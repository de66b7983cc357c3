/* SPDX-License-Identifier: MIT */
/*
 * Scalar floating point: FMOV (register, immediate, general), the 1-, 2-
 * and 3-source groups, FCMP/FCMPE, FCCMP/FCCMPE, FCSEL and the FP <->
 * integer and fixed-point conversions.  Sign and move operations are IR;
 * arithmetic calls the fpsimd-fp*.c helpers with raw register bits.  A
 * scalar result zeroes the rest of the V register.
 */
#include "target/aarch64/trans-fpsimd.h"

/* ptype (bits 23:22): 00 single, 01 double, 11 half; 10 unallocated. */
static int a64_fp_esz(const struct a64_args *a)
{
    static const int8_t esz[4] = {2, 3, -1, 1};
    return esz[a64_bits(a->insn, 23, 22)];
}

/* Vd = helper result (d = fn(a, b, c)), upper bits zeroed. */
static void a64_gen_fp_call(struct a64_ctx *c, const struct ir_helper *h,
                            int rd, ir_slot x, ir_slot y, ir_slot z,
                            unsigned aux)
{
    ir_slot t = ir_temp(c->ir);
    ir_call(c->ir, h, t, x, y, z, (uint8_t)aux);
    a64_gen_vset64(c, rd, t);
}

/* A temp holding the low esz-sized element of V[n]. */
static ir_slot a64_gen_felem(struct a64_ctx *c, int n, unsigned esz)
{
    if (esz == 3) {
        return A64_VLO(n);
    }
    ir_slot t = ir_temp(c->ir);
    ir_op1(c->ir, IR_zext, IR_I64, t, A64_VLO(n), (uint8_t)esz);
    return t;
}

/* ---- 1 source: fmov fabs fneg fsqrt fcvt frint* --------------------------- */

bool a64_trans_fp_dp1(struct a64_ctx *c, const struct a64_args *a)
{
    int esz = a64_fp_esz(a);
    unsigned op = a64_bits(a->insn, 20, 15);
    if (esz < 0) {
        return false;
    }
    if (op >= 4 && op <= 7) { /* fcvt: opc bits 16:15 name the target */
        int to = a64_fp_esz(&(struct a64_args){.insn = (op & 3) << 22});
        if (to < 0 || to == esz) {
            return false;
        }
        a64_gen_fp_call(c, &a64_fp_fcvt_helper.h, a->rd, A64_VLO(a->rn),
                        IR_NOSLOT, IR_NOSLOT,
                        (unsigned)esz | (unsigned)to << 2 | A64_RFPCR << 4);
        return true;
    }
    if (esz == 1) {
        return false; /* half-precision arithmetic (FPHP) not implemented */
    }
    uint64_t sign = a64_fp_sign_bit((unsigned)esz);
    ir_slot x = a64_gen_felem(c, a->rn, (unsigned)esz), t = ir_temp(c->ir);
    switch (op) {
    case 0: /* fmov */
        a64_gen_vset64(c, a->rd, x);
        return true;
    case 1: /* fabs */
        ir_op2(c->ir, IR_and, IR_I64, t, x, ir_const(c->ir, ~sign));
        a64_gen_vset64(c, a->rd, t);
        return true;
    case 2: /* fneg */
        ir_op2(c->ir, IR_xor, IR_I64, t, x, ir_const(c->ir, sign));
        a64_gen_vset64(c, a->rd, t);
        return true;
    case 3:
        a64_gen_fp_call(c, &a64_fps_un_helpers[A64_FU_sqrt].h, a->rd, x,
                        IR_NOSLOT, IR_NOSLOT, (unsigned)esz);
        return true;
    default:
        break;
    }
    static const int8_t rint[8] = {A64_FU_rintn, A64_FU_rintp, A64_FU_rintm,
                                   A64_FU_rintz, A64_FU_rinta, -1,
                                   A64_FU_rintx, A64_FU_rinti};
    if (op < 8 || op > 15 || rint[op - 8] < 0) {
        return false;
    }
    a64_gen_fp_call(c, &a64_fps_un_helpers[rint[op - 8]].h, a->rd, x,
                    IR_NOSLOT, IR_NOSLOT, (unsigned)esz);
    return true;
}

/* ---- 2 source -------------------------------------------------------------- */

bool a64_trans_fp_dp2(struct a64_ctx *c, const struct a64_args *a)
{
    static const int8_t ops[16] = {
        A64_FB_mul, A64_FB_div, A64_FB_add, A64_FB_sub, A64_FB_max,
        A64_FB_min, A64_FB_maxnm, A64_FB_minnm, A64_FB_nmul,
        -1, -1, -1, -1, -1, -1, -1};
    int esz = a64_fp_esz(a), op = ops[a64_bits(a->insn, 15, 12)];
    if (esz < 2 || op < 0) {
        return false;
    }
    a64_gen_fp_call(c, &a64_fps_bin_helpers[op].h, a->rd, A64_VLO(a->rn),
                    A64_VLO(a->rm), IR_NOSLOT, (unsigned)esz);
    return true;
}

/* fmadd fmsub fnmadd fnmsub: o1 negates the addend, o0 ^ o1 the product. */
bool a64_trans_fp_dp3(struct a64_ctx *c, const struct a64_args *a)
{
    int esz = a64_fp_esz(a);
    unsigned o1 = (a->insn >> 21) & 1, o0 = (a->insn >> 15) & 1;
    if (esz < 2) {
        return false;
    }
    a64_gen_fp_call(c, &a64_fp_fmadd_helper.h, a->rd, A64_VLO(a->ra),
                    A64_VLO(a->rn), A64_VLO(a->rm),
                    (unsigned)esz | o1 << 2 | (o0 ^ o1) << 3);
    return true;
}

/* ---- compares and selects --------------------------------------------------- */

bool a64_trans_fp_cmp(struct a64_ctx *c, const struct a64_args *a)
{
    int esz = a64_fp_esz(a);
    unsigned op2 = a64_bits(a->insn, 4, 0), zero = (op2 >> 3) & 1;
    if (esz < 2 || a64_bits(a->insn, 15, 14) != 0 || (op2 & 7) != 0) {
        return false;
    }
    ir_slot t = ir_temp(c->ir);
    ir_call(c->ir, &a64_fp_fcmp_helper.h, t, A64_VLO(a->rn), A64_VLO(a->rm),
            IR_NOSLOT, (uint8_t)((unsigned)esz | (op2 >> 4) << 2 | zero << 3));
    a64_gen_set_nzcv(c, t);
    return true;
}

static enum ir_cond a64_ir_cond_invert(enum ir_cond k)
{
    static const enum ir_cond inv[IR_COND__COUNT] = {
        [IR_EQ] = IR_NE, [IR_NE] = IR_EQ, [IR_LT] = IR_GE, [IR_GE] = IR_LT,
        [IR_LE] = IR_GT, [IR_GT] = IR_LE, [IR_LTU] = IR_GEU,
        [IR_GEU] = IR_LTU, [IR_LEU] = IR_GTU, [IR_GTU] = IR_LEU,
        [IR_TSTEQ] = IR_TSTNE, [IR_TSTNE] = IR_TSTEQ,
    };
    return inv[k];
}

/* fccmp/fccmpe: the compare only when cond holds (it may raise IOC). */
bool a64_trans_fp_ccmp(struct a64_ctx *c, const struct a64_args *a)
{
    int esz = a64_fp_esz(a);
    unsigned cond = a64_bits(a->insn, 15, 12), e = (a->insn >> 4) & 1;
    if (esz < 2) {
        return false;
    }
    struct a64_test t = a64_gen_test_cond(c, (int)cond);
    ir_slot r = ir_temp(c->ir);
    int skip = ir_new_label(c->ir);
    ir_movi(c->ir, r, (uint64_t)(a->insn & 15) << 28);
    ir_brcond(c->ir, t.t, a64_ir_cond_invert(t.cond), t.a, t.b, skip);
    ir_call(c->ir, &a64_fp_fcmp_helper.h, r, A64_VLO(a->rn), A64_VLO(a->rm),
            IR_NOSLOT, (uint8_t)((unsigned)esz | e << 2));
    ir_label(c->ir, skip);
    a64_gen_set_nzcv(c, r);
    return true;
}

bool a64_trans_fp_csel(struct a64_ctx *c, const struct a64_args *a)
{
    int esz = a64_fp_esz(a);
    if (esz < 1) {
        return false;
    }
    ir_slot n = a64_gen_felem(c, a->rn, (unsigned)esz);
    ir_slot m = ir_temp(c->ir);
    ir_mov(c->ir, m, a64_gen_felem(c, a->rm, (unsigned)esz));
    struct a64_test t = a64_gen_test_cond(c, (int)a64_bits(a->insn, 15, 12));
    ir_movcond(c->ir, t.t, t.cond, m, t.a, t.b, n);
    a64_gen_vset64(c, a->rd, m);
    return true;
}

bool a64_trans_fp_imm(struct a64_ctx *c, const struct a64_args *a)
{
    int esz = a64_fp_esz(a);
    if (esz < 0 || a64_bits(a->insn, 9, 5) != 0) {
        return false;
    }
    ir_movi(c->ir, A64_VLO(a->rd),
            a64_fp_expand_imm(a64_bits(a->insn, 20, 13), (unsigned)esz));
    a64_gen_vclear_hi(c, a->rd);
    return true;
}

/* ---- conversions ----------------------------------------------------------- */

/* fcvt[npmz][su], fcvta[su] to a W/X register; fbits for fixed point. */
static void a64_gen_fcvti(struct a64_ctx *c, const struct a64_args *a,
                          unsigned esz, bool sgn, unsigned rmode,
                          unsigned fbits)
{
    /* integers (no fraction bits) have an inline form */
    const struct ir_helper *h =
        fbits == 0 ? &a64_fp_fcvti_int_helper.h : &a64_fp_fcvti_helper;
    ir_call(c->ir, h, a64_xreg_dest(c, a->rd),
            A64_VLO(a->rn), IR_NOSLOT, ir_const(c->ir, fbits),
            (uint8_t)(esz | (unsigned)sgn << 2 | rmode << 3 | a->sf << 6));
}

static void a64_gen_icvtf(struct a64_ctx *c, const struct a64_args *a,
                          unsigned esz, bool sgn, unsigned fbits)
{
    const struct ir_helper *h =
        fbits == 0 ? &a64_fp_icvtf_int_helper.h : &a64_fp_icvtf_helper;
    a64_gen_fp_call(c, h, a->rd,
                    a64_xreg_read(c, a->rn, a->sf), IR_NOSLOT,
                    ir_const(c->ir, fbits),
                    esz | (unsigned)sgn << 2 | (unsigned)a->sf << 3);
}

/* FMOV between general and FP registers (incl. the top half of a Q). */
static bool a64_gen_fmov_gen(struct a64_ctx *c, const struct a64_args *a,
                             unsigned ptype, unsigned rmode, bool to_fp)
{
    if (rmode == 1) { /* fmov Xd, Vn.d[1] / Vd.d[1], Xn */
        if (!a->sf || ptype != 2) {
            return false;
        }
        if (to_fp) {
            ir_mov(c->ir, A64_VHI(a->rd), a64_xreg_read(c, a->rn, 1));
        } else {
            ir_mov(c->ir, a64_xreg_dest(c, a->rd), A64_VHI(a->rn));
        }
        return true;
    }
    if (rmode != 0 || ptype == 2 || (ptype == 0 && a->sf) ||
        (ptype == 1 && !a->sf)) {
        return false;
    }
    unsigned esz = ptype == 0 ? 2 : ptype == 1 ? 3 : 1;
    ir_slot t = ir_temp(c->ir);
    if (to_fp) {
        ir_slot x = a64_xreg_read(c, a->rn, a->sf);
        if (esz == 3) {
            ir_mov(c->ir, t, x);
        } else {
            ir_op1(c->ir, IR_zext, IR_I64, t, x, (uint8_t)esz);
        }
        a64_gen_vset64(c, a->rd, t);
    } else {
        ir_mov(c->ir, a64_xreg_dest(c, a->rd), a64_gen_felem(c, a->rn, esz));
    }
    return true;
}

bool a64_trans_fp_int(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned ptype = a64_bits(a->insn, 23, 22), rmode = a64_bits(a->insn, 20, 19);
    unsigned op = a64_bits(a->insn, 18, 16);
    int esz = a64_fp_esz(a);
    if (op == 6 || op == 7) {
        if (op == 6 && !a->sf && ptype == 1 && rmode == 3) { /* fjcvtzs */
            ir_slot t = ir_temp(c->ir), z = ir_temp(c->ir);
            ir_call(c->ir, &a64_fp_fjcvtzs_helper, t, A64_VLO(a->rn),
                    IR_NOSLOT, IR_NOSLOT, 0);
            ir_op2i(c->ir, IR_shri, IR_I64, z, t, 32);
            ir_op2i(c->ir, IR_shli, IR_I64, z, z, 30);
            ir_op1(c->ir, IR_zext, IR_I64, a64_xreg_dest(c, a->rd), t, 2);
            a64_gen_set_nzcv(c, z);
            return true;
        }
        return a64_gen_fmov_gen(c, a, ptype, rmode, op == 7);
    }
    if (esz < 0) {
        return false;
    }
    switch (op) {
    case 0: case 1: { /* fcvt{n,p,m,z}{s,u} */
        static const uint8_t rm[4] = {A64_RN, A64_RP, A64_RM, A64_RZ};
        a64_gen_fcvti(c, a, (unsigned)esz, op == 0, rm[rmode], 0);
        return true;
    }
    case 2: case 3: /* scvtf, ucvtf */
        if (rmode != 0) {
            return false;
        }
        a64_gen_icvtf(c, a, (unsigned)esz, op == 2, 0);
        return true;
    default: /* fcvtas, fcvtau */
        if (rmode != 0) {
            return false;
        }
        a64_gen_fcvti(c, a, (unsigned)esz, op == 4, A64_RA, 0);
        return true;
    }
}

/* scvtf/ucvtf/fcvtzs/fcvtzu with fbits = 64 - scale. */
bool a64_trans_fp_fixed(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned rmode = a64_bits(a->insn, 20, 19), op = a64_bits(a->insn, 18, 16);
    unsigned scale = a64_bits(a->insn, 15, 10), fbits = 64 - scale;
    int esz = a64_fp_esz(a);
    if (esz < 0 || (!a->sf && scale < 32)) {
        return false;
    }
    if (rmode == 0 && (op == 2 || op == 3)) {
        a64_gen_icvtf(c, a, (unsigned)esz, op == 2, fbits);
        return true;
    }
    if (rmode == 3 && (op == 0 || op == 1)) {
        a64_gen_fcvti(c, a, (unsigned)esz, op == 0, A64_RZ, fbits);
        return true;
    }
    return false;
}
