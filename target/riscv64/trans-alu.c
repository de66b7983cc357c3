/* SPDX-License-Identifier: MIT */
/*
 * RV64I integer computation: lui/auipc, register-immediate and
 * register-register ALU ops and their 32-bit "W" forms.  Each insn maps to
 * one IR op on the guest register slots (two for W forms: the i32 op, then
 * a sign extension), leaving x0 operands to the optimizer's folding.
 */
#include "target/riscv64/trans.h"

/* rd = rs1 op rs2, 64 bits. */
static bool rv_gen_rrr(struct rv_ctx *c, const struct rv_args *a,
                       enum ir_opc opc)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_op2(c->ir, opc, IR_I64, rv_gpr_dest(c, a->rd), s1, s2);
    return true;
}

/* rd = rs1 op imm, 64 bits. */
static bool rv_gen_rri(struct rv_ctx *c, const struct rv_args *a,
                       enum ir_opc opc)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_op2i(c->ir, opc, IR_I64, rv_gpr_dest(c, a->rd), s1, a->imm);
    return true;
}

/* rd = sext32(rs1 op rs2) computed at 32 bits. */
static bool rv_gen_rrr_w(struct rv_ctx *c, const struct rv_args *a,
                         enum ir_opc opc)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2(c->ir, opc, IR_I32, d, s1, s2);
    ir_op1(c->ir, IR_sext, IR_I64, d, d, IR_MO_32);
    return true;
}

/* rd = sext32(rs1 op imm) computed at 32 bits. */
static bool rv_gen_rri_w(struct rv_ctx *c, const struct rv_args *a,
                         enum ir_opc opc)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_slot d = rv_gpr_dest(c, a->rd);
    ir_op2i(c->ir, opc, IR_I32, d, s1, a->imm);
    ir_op1(c->ir, IR_sext, IR_I64, d, d, IR_MO_32);
    return true;
}

/* rd = (rs1 cond imm) ? 1 : 0 */
static bool rv_gen_setcondi(struct rv_ctx *c, const struct rv_args *a,
                            enum ir_cond cond, int64_t imm)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1);
    ir_emit(c->ir, IR_setcondi, IR_I64, rv_gpr_dest(c, a->rd), s1,
            IR_NOSLOT, imm)->aux = (uint8_t)cond;
    return true;
}

bool rv_trans_lui(struct rv_ctx *c, const struct rv_args *a)
{
    ir_movi(c->ir, rv_gpr_dest(c, a->rd), (uint64_t)a->imm);
    return true;
}

bool rv_trans_auipc(struct rv_ctx *c, const struct rv_args *a)
{
    ir_movi(c->ir, rv_gpr_dest(c, a->rd), c->pc + (uint64_t)a->imm);
    return true;
}

bool rv_trans_addi(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_addi);
}

bool rv_trans_slti(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_setcondi(c, a, IR_LT, a->imm);
}

bool rv_trans_sltiu(struct rv_ctx *c, const struct rv_args *a)
{
    /* The immediate is sign-extended, then compared unsigned. */
    return rv_gen_setcondi(c, a, IR_LTU, a->imm);
}

bool rv_trans_xori(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_xori);
}

bool rv_trans_ori(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_ori);
}

bool rv_trans_andi(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_andi);
}

bool rv_trans_slli(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_shli);
}

bool rv_trans_srli(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_shri);
}

bool rv_trans_srai(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri(c, a, IR_sari);
}

bool rv_trans_add(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_add);
}

bool rv_trans_sub(struct rv_ctx *c, const struct rv_args *a)
{
    if (a->rs1 == 0) { /* neg: one op instead of a zero constant and sub */
        ir_op1(c->ir, IR_neg, IR_I64, rv_gpr_dest(c, a->rd),
               rv_gpr_read(c, a->rs2), 0);
        return true;
    }
    return rv_gen_rrr(c, a, IR_sub);
}

bool rv_trans_sll(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_shl);
}

bool rv_trans_slt(struct rv_ctx *c, const struct rv_args *a)
{
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_setcond(c->ir, IR_I64, IR_LT, rv_gpr_dest(c, a->rd), s1, s2);
    return true;
}

bool rv_trans_sltu(struct rv_ctx *c, const struct rv_args *a)
{
    if (a->rs1 == 0) { /* snez: 0 <u rs2 is rs2 != 0, an immediate form */
        struct rv_args b = *a;
        b.rs1 = a->rs2;
        return rv_gen_setcondi(c, &b, IR_NE, 0);
    }
    ir_slot s1 = rv_gpr_read(c, a->rs1), s2 = rv_gpr_read(c, a->rs2);
    ir_setcond(c->ir, IR_I64, IR_LTU, rv_gpr_dest(c, a->rd), s1, s2);
    return true;
}

bool rv_trans_xor(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_xor);
}

bool rv_trans_srl(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_shr);
}

bool rv_trans_sra(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_sar);
}

bool rv_trans_or(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_or);
}

bool rv_trans_and(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr(c, a, IR_and);
}

bool rv_trans_addiw(struct rv_ctx *c, const struct rv_args *a)
{
    if (a->imm == 0) { /* sext.w: the sign extension alone */
        ir_op1(c->ir, IR_sext, IR_I64, rv_gpr_dest(c, a->rd),
               rv_gpr_read(c, a->rs1), IR_MO_32);
        return true;
    }
    return rv_gen_rri_w(c, a, IR_addi);
}

bool rv_trans_slliw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri_w(c, a, IR_shli);
}

bool rv_trans_srliw(struct rv_ctx *c, const struct rv_args *a)
{
    if (a->imm != 0) { /* bit 31 of the result is 0: zero- = sign-extension */
        ir_op2i(c->ir, IR_shri, IR_I32, rv_gpr_dest(c, a->rd),
                rv_gpr_read(c, a->rs1), a->imm);
        return true;
    }
    return rv_gen_rri_w(c, a, IR_shri);
}

bool rv_trans_sraiw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rri_w(c, a, IR_sari);
}

bool rv_trans_addw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr_w(c, a, IR_add);
}

bool rv_trans_subw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr_w(c, a, IR_sub);
}

bool rv_trans_sllw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr_w(c, a, IR_shl);
}

bool rv_trans_srlw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr_w(c, a, IR_shr);
}

bool rv_trans_sraw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_rrr_w(c, a, IR_sar);
}
