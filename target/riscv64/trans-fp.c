/* SPDX-License-Identifier: MIT */
/*
 * Translators for the F and D rows of insn-fp.def.  Loads, stores, moves
 * and sign injection are a few integer IR ops (NaN boxing included); every
 * other insn is one IR call to its fpu.h helper, with the rounding mode
 * and the variant selector in the call's aux byte.  Guest f registers are
 * IR globals holding raw bits; singles are NaN-boxed.
 */
#include "target/riscv64/fpu.h"
#include "target/riscv64/trans.h"

/* rm 5 and 6 are reserved: the encoding is illegal. */
static inline bool rv_fp_rm_ok(int rm)
{
    return rm != 5 && rm != 6;
}

/*
 * d = helper(a, b, c3) with aux = rm | sel << 3; the DYN form of the
 * helper may raise EXCP_ILLEGAL, so it is the IRH_FAULTS descriptor.
 */
static bool rv_fp_call(struct rv_ctx *c, const struct fp_fast_form h[2],
                       ir_slot d, ir_slot a, ir_slot b, ir_slot c3, int rm,
                       unsigned sel)
{
    ir_call(c->ir, &h[rm == RV_RM_DYN].h, d, a, b, c3, RV_FP_SEL(rm, sel));
    return true;
}

/* ---- loads, stores, moves -------------------------------------------- */

bool rv_trans_flw(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot t = ir_temp(c->ir);
    ir_ld(c->ir, t, rv_gpr_read(c, a->rs1), a->imm, IR_MO_32);
    ir_op2(c->ir, IR_or, IR_I64, RV_F(a->rd), t,
           ir_const(c->ir, RV_FP_BOX_HI));
    return true;
}

bool rv_trans_fld(struct rv_ctx *c, const struct rv_args *a)
{
    ir_ld(c->ir, RV_F(a->rd), rv_gpr_read(c, a->rs1), a->imm, IR_MO_64);
    return true;
}

/* fsw stores the low 32 bits as they are: no unboxing. */
bool rv_trans_fsw(struct rv_ctx *c, const struct rv_args *a)
{
    ir_st(c->ir, RV_F(a->rs2), rv_gpr_read(c, a->rs1), a->imm, IR_MO_32);
    return true;
}

bool rv_trans_fsd(struct rv_ctx *c, const struct rv_args *a)
{
    ir_st(c->ir, RV_F(a->rs2), rv_gpr_read(c, a->rs1), a->imm, IR_MO_64);
    return true;
}

/* fmv.x.w copies the raw low 32 bits, sign-extended, whatever the boxing. */
bool rv_trans_fmv_x_w(struct rv_ctx *c, const struct rv_args *a)
{
    ir_op1(c->ir, IR_sext, IR_I64, rv_gpr_dest(c, a->rd), RV_F(a->rs1), 2);
    return true;
}

bool rv_trans_fmv_w_x(struct rv_ctx *c, const struct rv_args *a)
{
    ir_op2(c->ir, IR_or, IR_I64, RV_F(a->rd), rv_gpr_read(c, a->rs1),
           ir_const(c->ir, RV_FP_BOX_HI));
    return true;
}

bool rv_trans_fmv_x_d(struct rv_ctx *c, const struct rv_args *a)
{
    ir_mov(c->ir, rv_gpr_dest(c, a->rd), RV_F(a->rs1));
    return true;
}

bool rv_trans_fmv_d_x(struct rv_ctx *c, const struct rv_args *a)
{
    ir_mov(c->ir, RV_F(a->rd), rv_gpr_read(c, a->rs1));
    return true;
}

/* ---- sign injection ---------------------------------------------------- */

enum rv_sgnj { RV_SGNJ, RV_SGNJN, RV_SGNJX };

/* A temp holding f[n] as a single: the canonical NaN if not boxed. */
static ir_slot rv_fp_unbox_ir(struct rv_ctx *c, int n)
{
    struct ir_block *b = c->ir;
    ir_slot u = ir_temp(b);
    ir_mov(b, u, RV_F(n));
    ir_movcond(b, IR_I64, IR_LTU, u, RV_F(n), ir_const(b, RV_FP_BOX_HI),
               ir_const(b, RV_FP_BOX_HI | RV_FP_QNAN_S));
    return u;
}

/*
 * fsgnj: |x| with y's sign; fsgnjn: with y's sign inverted; fsgnjx: x's
 * sign xor y's.  Plain bit operations: no NaN is canonicalized and no flag
 * is raised.  The boxed upper half of a single survives every case.
 */
static bool rv_fp_sgnj(struct rv_ctx *c, const struct rv_args *a, bool single,
                       enum rv_sgnj kind)
{
    struct ir_block *b = c->ir;
    uint64_t sign = single ? 1ull << 31 : 1ull << 63;
    ir_slot x = single ? rv_fp_unbox_ir(c, a->rs1) : RV_F(a->rs1);
    ir_slot y = a->rs2 == a->rs1 ? x
              : single           ? rv_fp_unbox_ir(c, a->rs2)
                                 : RV_F(a->rs2);
    ir_slot d = RV_F(a->rd);
    if (x == y) { /* fmv, fneg, fabs: one op */
        if (kind == RV_SGNJ) {
            ir_mov(b, d, x);
        } else if (kind == RV_SGNJN) {
            ir_op2(b, IR_xor, IR_I64, d, x, ir_const(b, sign));
        } else {
            ir_op2(b, IR_and, IR_I64, d, x, ir_const(b, ~sign));
        }
        return true;
    }
    ir_slot s = ir_temp(b);
    if (kind == RV_SGNJN) {
        ir_op2(b, IR_andn, IR_I64, s, ir_const(b, sign), y);
    } else {
        ir_op2(b, IR_and, IR_I64, s, y, ir_const(b, sign));
    }
    if (kind == RV_SGNJX) {
        ir_op2(b, IR_xor, IR_I64, d, x, s);
        return true;
    }
    ir_slot m = ir_temp(b);
    ir_op2(b, IR_and, IR_I64, m, x, ir_const(b, ~sign));
    ir_op2(b, IR_or, IR_I64, d, m, s);
    return true;
}

#define RV_FP_SGNJ_TRANS(fmt, single)                                         \
    bool rv_trans_fsgnj_##fmt(struct rv_ctx *c, const struct rv_args *a)      \
    {                                                                         \
        return rv_fp_sgnj(c, a, single, RV_SGNJ);                             \
    }                                                                         \
    bool rv_trans_fsgnjn_##fmt(struct rv_ctx *c, const struct rv_args *a)     \
    {                                                                         \
        return rv_fp_sgnj(c, a, single, RV_SGNJN);                            \
    }                                                                         \
    bool rv_trans_fsgnjx_##fmt(struct rv_ctx *c, const struct rv_args *a)     \
    {                                                                         \
        return rv_fp_sgnj(c, a, single, RV_SGNJX);                            \
    }
RV_FP_SGNJ_TRANS(s, true)
RV_FP_SGNJ_TRANS(d, false)

/* ---- helper calls ------------------------------------------------------ */

/* f[rd] = op(f[rs1], f[rs2]) under rm: fadd, fsub, fmul, fdiv. */
#define RV_FP_ARITH_TRANS(name)                                           \
    bool rv_trans_f##name##_s(struct rv_ctx *c, const struct rv_args *a)      \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_##name##_s, RV_F(a->rd), RV_F(a->rs1),   \
                          RV_F(a->rs2), IR_NOSLOT, a->rm, 0);                 \
    }                                                                         \
    bool rv_trans_f##name##_d(struct rv_ctx *c, const struct rv_args *a)      \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_##name##_d, RV_F(a->rd), RV_F(a->rs1),   \
                          RV_F(a->rs2), IR_NOSLOT, a->rm, 0);                 \
    }
RV_FP_ARITH(RV_FP_ARITH_TRANS)
#undef RV_FP_ARITH_TRANS

/* fsqrt, fmin, fmax, fclass per format: X(format suffix). */
#define RV_FP_FORMATS(X) X(s) X(d)

#define RV_FP_FORMAT_TRANS(fmt)                                               \
    bool rv_trans_fsqrt_##fmt(struct rv_ctx *c, const struct rv_args *a)      \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_sqrt_##fmt, RV_F(a->rd), RV_F(a->rs1),   \
                          IR_NOSLOT, IR_NOSLOT, a->rm, 0);                    \
    }                                                                         \
    bool rv_trans_fmin_##fmt(struct rv_ctx *c, const struct rv_args *a)       \
    {                                                                         \
        return rv_fp_call(c, rv_fp_h_minmax_##fmt, RV_F(a->rd), RV_F(a->rs1), \
                          RV_F(a->rs2), IR_NOSLOT, RV_RM_RNE, 0);             \
    }                                                                         \
    bool rv_trans_fmax_##fmt(struct rv_ctx *c, const struct rv_args *a)       \
    {                                                                         \
        return rv_fp_call(c, rv_fp_h_minmax_##fmt, RV_F(a->rd), RV_F(a->rs1), \
                          RV_F(a->rs2), IR_NOSLOT, RV_RM_RNE, 1);             \
    }                                                                         \
    bool rv_trans_fclass_##fmt(struct rv_ctx *c, const struct rv_args *a)     \
    {                                                                         \
        return rv_fp_call(c, rv_fp_h_class_##fmt, rv_gpr_dest(c, a->rd),      \
                          RV_F(a->rs1), IR_NOSLOT, IR_NOSLOT, RV_RM_RNE, 0);  \
    }
RV_FP_FORMATS(RV_FP_FORMAT_TRANS)
#undef RV_FP_FORMAT_TRANS

/* x[rd] = f[rs1] <cmp> f[rs2]: X(name, RV_CMP_*), per format. */
#define RV_FP_CMPS(X) X(feq, RV_CMP_EQ) X(flt, RV_CMP_LT) X(fle, RV_CMP_LE)

#define RV_FP_CMP_TRANS(name, sel)                                            \
    bool rv_trans_##name##_s(struct rv_ctx *c, const struct rv_args *a)       \
    {                                                                         \
        return rv_fp_call(c, rv_fp_h_cmp_s, rv_gpr_dest(c, a->rd),            \
                          RV_F(a->rs1), RV_F(a->rs2), IR_NOSLOT, RV_RM_RNE,   \
                          sel);                                               \
    }                                                                         \
    bool rv_trans_##name##_d(struct rv_ctx *c, const struct rv_args *a)       \
    {                                                                         \
        return rv_fp_call(c, rv_fp_h_cmp_d, rv_gpr_dest(c, a->rd),            \
                          RV_F(a->rs1), RV_F(a->rs2), IR_NOSLOT, RV_RM_RNE,   \
                          sel);                                               \
    }
RV_FP_CMPS(RV_FP_CMP_TRANS)
#undef RV_FP_CMP_TRANS

/* f[rd] = +-(f[rs1] * f[rs2]) +- f[rs3]: X(name, RV_FMA_* selector). */
#define RV_FP_FMAS(X)                                                         \
    X(fmadd, 0) X(fmsub, RV_FMA_NEG_ADD) X(fnmsub, RV_FMA_NEG_PROD)           \
    X(fnmadd, RV_FMA_NEG_PROD | RV_FMA_NEG_ADD)

#define RV_FP_FMA_TRANS(name, sel)                                            \
    bool rv_trans_##name##_s(struct rv_ctx *c, const struct rv_args *a)       \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_fma_s, RV_F(a->rd), RV_F(a->rs1),        \
                          RV_F(a->rs2), RV_F(a->rs3), a->rm, sel);            \
    }                                                                         \
    bool rv_trans_##name##_d(struct rv_ctx *c, const struct rv_args *a)       \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_fma_d, RV_F(a->rd), RV_F(a->rs1),        \
                          RV_F(a->rs2), RV_F(a->rs3), a->rm, sel);            \
    }
RV_FP_FMAS(RV_FP_FMA_TRANS)
#undef RV_FP_FMA_TRANS

/*
 * fcvt.<int>.<fp> (x[rd] = f[rs1]) and fcvt.<fp>.<int> (f[rd] = x[rs1]):
 * X(int name, RV_CVT_* selector).
 */
#define RV_FP_INT_KINDS(X) X(w, RV_CVT_W) X(wu, RV_CVT_WU) X(l, RV_CVT_L) \
    X(lu, RV_CVT_LU)

#define RV_FP_CVT_TRANS(ty, sel)                                              \
    bool rv_trans_fcvt_##ty##_s(struct rv_ctx *c, const struct rv_args *a)    \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_cvt_i_s, rv_gpr_dest(c, a->rd),          \
                          RV_F(a->rs1), IR_NOSLOT, IR_NOSLOT, a->rm, sel);    \
    }                                                                         \
    bool rv_trans_fcvt_##ty##_d(struct rv_ctx *c, const struct rv_args *a)    \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_cvt_i_d, rv_gpr_dest(c, a->rd),          \
                          RV_F(a->rs1), IR_NOSLOT, IR_NOSLOT, a->rm, sel);    \
    }                                                                         \
    bool rv_trans_fcvt_s_##ty(struct rv_ctx *c, const struct rv_args *a)      \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_cvt_s_i, RV_F(a->rd),                    \
                          rv_gpr_read(c, a->rs1), IR_NOSLOT, IR_NOSLOT,       \
                          a->rm, sel);                                        \
    }                                                                         \
    bool rv_trans_fcvt_d_##ty(struct rv_ctx *c, const struct rv_args *a)      \
    {                                                                         \
        return rv_fp_rm_ok(a->rm) &&                                          \
               rv_fp_call(c, rv_fp_h_cvt_d_i, RV_F(a->rd),                    \
                          rv_gpr_read(c, a->rs1), IR_NOSLOT, IR_NOSLOT,       \
                          a->rm, sel);                                        \
    }
RV_FP_INT_KINDS(RV_FP_CVT_TRANS)
#undef RV_FP_CVT_TRANS

bool rv_trans_fcvt_s_d(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_fp_rm_ok(a->rm) &&
           rv_fp_call(c, rv_fp_h_cvt_s_d, RV_F(a->rd), RV_F(a->rs1),
                      IR_NOSLOT, IR_NOSLOT, a->rm, 0);
}

/* Exact, but the rm field is still checked, as on hardware (Spike). */
bool rv_trans_fcvt_d_s(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_fp_rm_ok(a->rm) &&
           rv_fp_call(c, rv_fp_h_cvt_d_s, RV_F(a->rd), RV_F(a->rs1),
                      IR_NOSLOT, IR_NOSLOT, a->rm, 0);
}
