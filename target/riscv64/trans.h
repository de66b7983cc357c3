/* SPDX-License-Identifier: MIT */
/*
 * The contract between the riscv64 decoder (decode.c) and the translators
 * (trans-*.c, including the F/D side in trans-fp.c): the decoded operand
 * record, the per-insn translation context, and the register helpers.
 * Every row of insn.def and insn-fp.def gets a translator declared here.
 */
#ifndef XRUN_TARGET_RISCV64_TRANS_H
#define XRUN_TARGET_RISCV64_TRANS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "target/riscv64/cpu.h"
#include "translator/guest.h"
#include "translator/ir.h"

/*
 * Encoding formats: how the operand fields of a row are extracted.  Rows
 * name them without the prefix (RV_INSN(fadd_s, R, F, ...)).
 *   R     rd, rs1, rs2; rm = bits 14:12 (funct3 / FP rounding mode)
 *   R4    as R, plus rs3 = bits 31:27 (fmadd & co)
 *   I     rd, rs1, imm = sext(31:20); rm = 14:12 (loads, flw/fld, jalr)
 *   S     rs1, rs2, imm = sext(31:25 | 11:7) (stores, fsw/fsd)
 *   B     rs1, rs2, imm = branch offset (even, sign-extended)
 *   U     rd, imm = sext(31:12) << 12
 *   J     rd, imm = jal offset
 *   SH6   rd, rs1, imm = shamt 25:20 (RV64 shifts by immediate)
 *   SH5   rd, rs1, imm = shamt 24:20 (W shifts by immediate)
 *   AMO   rd, rs1, rs2; aq = bit 26, rl = bit 25
 *   CSR   rd, rs1, csr = 31:20
 *   CSRI  rd, csr = 31:20, imm = uimm 19:15 (zero-extended)
 *   FENCE imm = bits 31:20 (fm << 8 | pred << 4 | succ)
 *   NONE  no operands (ecall, ebreak)
 */
#define RV_FORMATS(X) \
    X(NONE) X(R) X(R4) X(I) X(S) X(B) X(U) X(J) X(SH6) X(SH5) X(AMO) \
    X(CSR) X(CSRI) X(FENCE)

enum rv_fmt {
#define RV_FMT_ENUM(f) RV_FMT_##f,
    RV_FORMATS(RV_FMT_ENUM)
#undef RV_FMT_ENUM
    RV_FMT__COUNT
};

/* Extensions a row belongs to (the overlap check is per extension). */
#define RV_EXTENSIONS(X) \
    X(I) X(M) X(A) X(F) X(D) X(ZICSR) X(ZIFENCEI) X(ZBA) X(ZBB) X(ZBS)

enum rv_ext {
#define RV_EXT_ENUM(e) RV_EXT_##e,
    RV_EXTENSIONS(RV_EXT_ENUM)
#undef RV_EXT_ENUM
    RV_EXT__COUNT
};

/*
 * Operands of one decoded insn, immediates already sign-extended and
 * shifted.  Fields a format does not use are 0.
 */
struct rv_args {
    int rd, rs1, rs2, rs3, rm;
    int64_t imm;
    int csr;          /* CSR number (CSR, CSRI) */
    bool aq, rl;      /* AMO ordering bits */
    uint32_t insn;    /* the 32-bit word (expanded form of a compressed insn) */
};

/* Context of the insn being translated. */
struct rv_ctx {
    struct tr_ctx *tr;     /* the core's block state */
    struct ir_block *ir;   /* == tr->ir */
    uint64_t pc;           /* this insn */
    uint64_t next_pc;      /* pc + 2 or pc + 4 */
    unsigned len;          /* 2 (compressed) or 4 */
};

/* Byte offset of a field of struct rv_cpu, for ir_ld_env/ir_st_env. */
#define RV_ENV(field) offsetof(struct rv_cpu, field)

/*
 * Translators: one per row of insn.def / insn-fp.def.  They emit IR for
 * the insn described by a and return true, or return false (emitting
 * nothing) when the encoding is illegal; the decoder then raises
 * EXCP_ILLEGAL.  A translator that leaves the block calls rv_end_block().
 */
#define RV_INSN(name, fmt, ext, mask, match) \
    bool rv_trans_##name(struct rv_ctx *c, const struct rv_args *a);
#include "target/riscv64/insn.def"
#include "target/riscv64/insn-fp.def"
#undef RV_INSN

/* Slot holding the value of x[n]; x0 reads as a constant 0 temp. */
static inline ir_slot rv_gpr_read(struct rv_ctx *c, int n)
{
    return n == 0 ? ir_const(c->ir, 0) : RV_X(n);
}

/*
 * Slot to write x[n] to; x0 writes go to a scratch temp that the optimizer
 * then drops, so translators need no rd == 0 special case.
 */
static inline ir_slot rv_gpr_dest(struct rv_ctx *c, int n)
{
    return n == 0 ? ir_temp(c->ir) : RV_X(n);
}

/* The translator emitted the block's exit: stop translating after it. */
static inline void rv_end_block(struct rv_ctx *c)
{
    c->tr->end = true;
}

#endif
