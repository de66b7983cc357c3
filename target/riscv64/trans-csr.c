/* SPDX-License-Identifier: MIT */
/*
 * Zicsr: csrrw/csrrs/csrrc and their immediate forms, as one helper call.
 * Whether the CSR exists and may be written is known here, at translation
 * time, so an unknown CSR or a write to a read-only counter is illegal
 * without any run-time check.
 */
#include "target/riscv64/csr.h"
#include "target/riscv64/trans.h"

/*
 * rd = csr; csr = csr <op> src.  A set or clear with a zero source (x0 or
 * uimm 0) reads only, as the spec requires, so reading a read-only CSR
 * with csrrs/csrrc is legal.
 */
static bool rv_gen_csr(struct rv_ctx *c, const struct rv_args *a,
                       ir_slot src, enum rv_csr_op op)
{
    const struct rv_csr *csr = rv_csr_find((unsigned)a->csr);
    if (csr == NULL || (op != RV_CSR_OP_READ && csr->write == NULL)) {
        return false;
    }
    ir_slot num = ir_const(c->ir, (uint64_t)a->csr);
    ir_call(c->ir, &rv_csr_helper, rv_gpr_dest(c, a->rd), src, num,
            IR_NOSLOT, (uint8_t)op);
    return true;
}

bool rv_trans_csrrw(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_csr(c, a, rv_gpr_read(c, a->rs1), RV_CSR_OP_WRITE);
}

bool rv_trans_csrrs(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_csr(c, a, rv_gpr_read(c, a->rs1),
                      a->rs1 ? RV_CSR_OP_SET : RV_CSR_OP_READ);
}

bool rv_trans_csrrc(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_csr(c, a, rv_gpr_read(c, a->rs1),
                      a->rs1 ? RV_CSR_OP_CLEAR : RV_CSR_OP_READ);
}

bool rv_trans_csrrwi(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_csr(c, a, ir_const(c->ir, (uint64_t)a->imm),
                      RV_CSR_OP_WRITE);
}

bool rv_trans_csrrsi(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_csr(c, a, ir_const(c->ir, (uint64_t)a->imm),
                      a->imm ? RV_CSR_OP_SET : RV_CSR_OP_READ);
}

bool rv_trans_csrrci(struct rv_ctx *c, const struct rv_args *a)
{
    return rv_gen_csr(c, a, ir_const(c->ir, (uint64_t)a->imm),
                      a->imm ? RV_CSR_OP_CLEAR : RV_CSR_OP_READ);
}
