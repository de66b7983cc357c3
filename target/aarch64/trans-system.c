/* SPDX-License-Identifier: MIT */
/*
 * Exception generation and system instructions: SVC and BRK, the hint
 * space (NOP, YIELD, WFE, WFI, SEV, and every other hint as NOP, like a
 * CPU without those features), CLREX, DMB/DSB/ISB, the EL0 cache
 * maintenance ops (DC ZVA zeroes 64 bytes, DC C* are no-ops, IC IVAU ends
 * the block with EXCP_FLUSH), and MRS/MSR of the registers EL0 can reach
 * (sysreg.c has the values).
 */
#include "target/aarch64/sysreg.h"
#include "target/aarch64/trans-base.h"

bool a64_trans_svc(struct a64_ctx *c, const struct a64_args *a)
{
    (void)a;
    ir_raise(c->ir, c->next_pc, EXCP_SYSCALL);
    a64_end_block(c);
    return true;
}

bool a64_trans_brk(struct a64_ctx *c, const struct a64_args *a)
{
    (void)a;
    ir_raise(c->ir, c->pc, EXCP_BREAKPOINT);
    a64_end_block(c);
    return true;
}

bool a64_trans_hint(struct a64_ctx *c, const struct a64_args *a)
{
    (void)c, (void)a;
    return true;
}

bool a64_trans_clrex(struct a64_ctx *c, const struct a64_args *a)
{
    (void)a;
    ir_st_env(c->ir, ir_const(c->ir, A64_NO_EXCL), A64_ENV(excl_addr),
              IR_MO_64);
    return true;
}

/*
 * CRm = domain:types; types 01 (loads before everything) and 10 (stores
 * before stores) hold on a TSO host by themselves; 11 (all, so stores
 * before loads too) and 00 (DSB special forms) need the full fence.
 */
static bool a64_gen_barrier(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned types = a->crm & 3;
    ir_fence(c->ir, types == 1 || types == 2 ? IR_FENCE_ACQ_REL
                                             : IR_FENCE_FULL);
    return true;
}

bool a64_trans_dmb(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_barrier(c, a);
}

bool a64_trans_dsb(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_barrier(c, a);
}

/* Nothing to synchronize: code changes are seen through IC IVAU. */
bool a64_trans_isb(struct a64_ctx *c, const struct a64_args *a)
{
    (void)a;
    ir_fence(c->ir, IR_FENCE_ACQ_REL);
    return true;
}

/* DC ZVA: zero the 64-byte block holding Xt (DCZID_EL0 = 4). */
static void a64_gen_dc_zva(struct a64_ctx *c, int rt)
{
    struct ir_block *b = c->ir;
    ir_slot addr = ir_temp(b), zero = ir_const(b, 0);
    ir_op2i(b, IR_andi, IR_I64, addr, a64_xreg_read(c, rt, 1),
            -(int64_t)A64_DCZ_BYTES);
    for (int k = 0; k < A64_DCZ_BYTES; k += 8) {
        ir_st(b, zero, addr, k, IR_MO_64);
    }
}

/* SYS: the cache maintenance that EL0 may do (op1 = 3, CRn = 7). */
bool a64_trans_sys(struct a64_ctx *c, const struct a64_args *a)
{
    if (a->op1 != 3 || a->crn != 7 || a->op2 != 1) {
        return false;
    }
    switch (a->crm) {
    case 4: /* DC ZVA */
        a64_gen_dc_zva(c, a->rd);
        return true;
    case 10: /* DC CVAC */
    case 11: /* DC CVAU */
    case 12: /* DC CVAP */
    case 13: /* DC CVADP */
    case 14: /* DC CIVAC */
        return true;
    case 5: /* IC IVAU: drop translations, go on after this insn */
        ir_raise(c->ir, c->next_pc, EXCP_FLUSH);
        a64_end_block(c);
        return true;
    default:
        return false;
    }
}

static uint64_t a64_helper_read_sysreg(struct cpu *cpu, uint64_t a,
                                       uint64_t b, uint64_t c, uint64_t aux)
{
    (void)cpu, (void)b, (void)c, (void)aux;
    uint64_t v = 0;
    a64_sysreg_dynamic((uint32_t)a, &v);
    return v;
}

static const struct ir_helper a64_read_sysreg_helper = {
    a64_helper_read_sysreg, "a64_read_sysreg", 0,
};

bool a64_trans_mrs(struct a64_ctx *c, const struct a64_args *a)
{
    struct ir_block *b = c->ir;
    uint32_t key = A64_SYSREG_KEY(a->op0, a->op1, a->crn, a->crm, a->op2);
    ir_slot d = a64_xreg_dest(c, a->rd);
    uint64_t v;
    switch (key) {
    case A64_SR_NZCV:
        ir_mov(b, d, a64_gen_get_nzcv(c));
        return true;
    case A64_SR_FPCR:
        ir_ld_env(b, d, A64_ENV(fpcr), IR_MO_64);
        return true;
    case A64_SR_FPSR: /* C: folds the JIT's pending FP flags */
        ir_call(b, &a64_fpsr_read_helper, d, IR_NOSLOT, IR_NOSLOT,
                IR_NOSLOT, 0);
        return true;
    case A64_SR_TPIDR_EL0:
        ir_ld_env(b, d, A64_ENV(tpidr_el0), IR_MO_64);
        return true;
    default:
        break;
    }
    if (a64_sysreg_dynamic(key, &v)) {
        ir_call(b, &a64_read_sysreg_helper, d, ir_const(b, key), IR_NOSLOT,
                IR_NOSLOT, 0);
        return true;
    }
    if (a64_sysreg_const(key, &v)) {
        ir_movi(b, d, v);
        return true;
    }
    return false;
}

bool a64_trans_msr_reg(struct a64_ctx *c, const struct a64_args *a)
{
    struct ir_block *b = c->ir;
    uint32_t key = A64_SYSREG_KEY(a->op0, a->op1, a->crn, a->crm, a->op2);
    ir_slot v = a64_xreg_read(c, a->rd, 1);
    ir_slot t = ir_temp(b);
    switch (key) {
    case A64_SR_NZCV:
        ir_op2i(b, IR_andi, IR_I64, t, v, 0xf0000000u);
        a64_gen_set_nzcv(c, t);
        return true;
    case A64_SR_FPCR:
        ir_op2i(b, IR_andi, IR_I64, t, v, A64_FPCR_WRITABLE);
        ir_st_env(b, t, A64_ENV(fpcr), IR_MO_64);
        return true;
    case A64_SR_FPSR: /* C: drops the JIT's pending FP flags */
        ir_call(b, &a64_fpsr_write_helper, t, v, IR_NOSLOT, IR_NOSLOT, 0);
        return true;
    case A64_SR_TPIDR_EL0:
        ir_st_env(b, v, A64_ENV(tpidr_el0), IR_MO_64);
        return true;
    default:
        return false;
    }
}
