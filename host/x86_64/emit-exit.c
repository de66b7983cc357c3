/* SPDX-License-Identifier: MIT */
/*
 * Emitters of control flow: labels and forward branches inside a block,
 * and the three ways out.  Generated code returns to jit_exec through the
 * region's epilogue with rax = an exception number (< 64), or the block
 * pointer | exit number of an unlinked static exit.
 *
 * exit_tb n: a 4-byte-aligned "jmp rel32" that first falls into its own
 * stub (store pc, return the chain request); linking rewrites the rel32 to
 * the next block's entry in one aligned store, atomic for other threads.
 * exit_jump: an inline probe of this thread's tb_jmp_cache.
 */
#include "host/x86_64/jit-internal.h"

#include <stddef.h>

#include "translator/cpu.h"

void jit_jmp_abs(struct jit_ctx *j, const void *target)
{
    size_t at = x64_jmp_rel32(&j->b);
    int64_t rel = (const uint8_t *)target - (j->b.start + at + 4);
    if (!x64_fits_i32(rel)) {
        abort(); /* the epilogue is in the same region */
    }
    int32_t r32 = (int32_t)rel;
    memcpy(j->b.start + at, &r32, 4);
}

void jit_jmp_label(struct jit_ctx *j, int cc, uint32_t label)
{
    size_t at = cc < 0 ? x64_jmp_rel32(&j->b)
                       : x64_jcc_rel32(&j->b, (enum x64_cc)cc);
    j->fixups[j->n_fixups++] = (struct jit_fixup){(uint32_t)at, label};
}

static const enum x64_cc cc_of[IR_COND__COUNT] = {
    [IR_EQ] = X64_CC_E, [IR_NE] = X64_CC_NE, [IR_LT] = X64_CC_L,
    [IR_GE] = X64_CC_GE, [IR_LE] = X64_CC_LE, [IR_GT] = X64_CC_G,
    [IR_LTU] = X64_CC_B, [IR_GEU] = X64_CC_AE, [IR_LEU] = X64_CC_BE,
    [IR_GTU] = X64_CC_A, [IR_TSTEQ] = X64_CC_E, [IR_TSTNE] = X64_CC_NE,
};

/* cmp a, b / cmp a, imm / test a, b (a 32-bit compare for i32 is exactly
 * the IR's: sign-extended for signed conditions, truncated for others). */
enum x64_cc jit_compare(struct jit_ctx *j, const struct ir_insn *i,
                        enum x64_reg a, enum x64_reg b, bool with_imm)
{
    unsigned w = x64_w(i);
    bool tst = i->aux == IR_TSTEQ || i->aux == IR_TSTNE;
    if (with_imm) {
        if (!(w == 4 || x64_fits_i32(i->imm))) {
            x64_mov_ri64(&j->b, X64_TMP, (uint64_t)i->imm);
            b = X64_TMP;
        } else if (tst) {
            x64_test_ri(&j->b, w, a, (int32_t)i->imm);
            return cc_of[i->aux];
        } else if ((int32_t)i->imm == 0 &&
                   (i->aux == IR_EQ || i->aux == IR_NE)) {
            x64_test_rr(&j->b, w, a, a);
            return cc_of[i->aux];
        } else {
            x64_alu_ri(&j->b, X64_CMP, w, a, (int32_t)i->imm);
            return cc_of[i->aux];
        }
    }
    if (tst) {
        x64_test_rr(&j->b, w, a, b);
    } else {
        x64_alu_rr(&j->b, X64_CMP, w, a, b);
    }
    return cc_of[i->aux];
}

X64_OP(nop, .flags = X64_CF_CUSTOM) { (void)j, (void)i, (void)o; }
X64_OP(insn_start, .flags = X64_CF_CUSTOM) { (void)j, (void)i, (void)o; }

/* label: a join point; every path arrives with the slots in memory */
X64_OP(label, .flags = X64_CF_CUSTOM)
{
    (void)i, (void)o;
    ra_sync(j, true, j->k);
    ra_forget(j);
    j->label_pos[j->k] = (int32_t)x64_pos(&j->b);
}

/* br: store what the label expects; jmp label */
X64_OP(br, .flags = X64_CF_CUSTOM)
{
    (void)o;
    ra_sync(j, true, j->k);
    jit_jmp_label(j, -1, i->c);
    ra_forget(j); /* what follows is reached only through a label */
}

/* brcond: cmp a, b; (stores); jcc label */
X64_OP(brcond, .flags = X64_CF_CUSTOM)
{
    (void)o;
    enum x64_reg a = ra_use(j, i->a), b = ra_use(j, i->b);
    ra_sync(j, true, j->k);
    enum x64_cc cc = jit_compare(j, i, a, b, false);
    jit_jmp_label(j, cc, i->c);
}

/* brcondi: cmp a, imm; (stores); jcc label */
X64_OP(brcondi, .flags = X64_CF_CUSTOM)
{
    (void)o;
    enum x64_reg a = ra_use(j, i->a);
    ra_sync(j, true, j->k);
    enum x64_cc cc = jit_compare(j, i, a, X64_NOREG, true);
    jit_jmp_label(j, cc, i->c);
}

/* Leave to jit_exec with rax = v. */
static void leave_with(struct jit_ctx *j, uint64_t v)
{
    x64_mov_ri(&j->b, X64_RAX, v);
    jit_jmp_abs(j, j->epilogue);
}

/* exit_tb: [nop pad] jmp stub (patched when linked);
 * stub: cpu->pc = imm; rax = tb | n; jmp epilogue */
X64_OP(exit_tb, .flags = X64_CF_CUSTOM)
{
    (void)o;
    ra_sync(j, false, j->k);
    ra_forget(j);
    uintptr_t field = (uintptr_t)j->b.p + 1;
    x64_nops(&j->b, (unsigned)(-field & 3));
    size_t at = x64_jmp_rel32(&j->b);
    if (i->aux < TB_EXITS) {
        j->exit_patch[i->aux] = (uint32_t)at;
    }
    jit_store_cpu_u64(j, offsetof(struct cpu, pc), (uint64_t)i->imm);
    leave_with(j, (uintptr_t)j->tb | (i->aux < TB_EXITS ? i->aux : 0));
}

/*
 * exit_jump: rax = pc; cpu->pc = rax;
 *   ecx = ((pc >> 1) ^ (pc >> 13)) & mask; rdx = jmp_cache[rcx]
 *   if (rdx && rdx->pc == rax && rdx->host_code) jmp rdx->host_code
 *   else return 0 (the run loop looks it up)
 */
X64_OP(exit_jump, .flags = X64_CF_CUSTOM)
{
    (void)o;
    struct x64_buf *b = &j->b;
    x64_mov_rr(b, 8, X64_RAX, ra_use(j, i->a));
    ra_sync(j, false, j->k);
    ra_forget(j);
    x64_store(b, 8, x64_mb(X64_CPU, offsetof(struct cpu, pc)), X64_RAX);
    x64_mov_rr(b, 8, X64_RCX, X64_RAX);
    x64_shift_ri(b, X64_SHR, 8, X64_RCX, 1);
    x64_mov_rr(b, 8, X64_RDX, X64_RAX);
    x64_shift_ri(b, X64_SHR, 8, X64_RDX, TB_JMP_CACHE_BITS + 1);
    x64_alu_rr(b, X64_XOR, 4, X64_RCX, X64_RDX);
    x64_alu_ri(b, X64_AND, 4, X64_RCX, (1 << TB_JMP_CACHE_BITS) - 1);
    x64_load(b, 8, X64_RDX,
             (struct x64_mem){X64_JCACHE, X64_RCX, 8, 0});
    x64_test_rr(b, 8, X64_RDX, X64_RDX);
    size_t miss1 = x64_jcc_rel8(b, X64_CC_E);
    x64_alu_rm(b, X64_CMP, 8, X64_RAX,
               x64_mb(X64_RDX, offsetof(struct tb, pc)));
    size_t miss2 = x64_jcc_rel8(b, X64_CC_NE);
    x64_load(b, 8, X64_RDX, x64_mb(X64_RDX, offsetof(struct tb, host_code)));
    x64_test_rr(b, 8, X64_RDX, X64_RDX);
    size_t miss3 = x64_jcc_rel8(b, X64_CC_E);
    x64_jmp_r(b, X64_RDX);
    x64_bind_rel8(b, miss1);
    x64_bind_rel8(b, miss2);
    x64_bind_rel8(b, miss3);
    leave_with(j, EXCP_NONE);
}

/* raise: cpu->pc = cpu->fault_addr = imm; return the exception */
X64_OP(raise, .flags = X64_CF_CUSTOM)
{
    (void)o;
    ra_sync(j, false, j->k);
    ra_forget(j);
    jit_store_cpu_u64(j, offsetof(struct cpu, pc), (uint64_t)i->imm);
    jit_store_cpu_u64(j, offsetof(struct cpu, fault_addr), (uint64_t)i->imm);
    leave_with(j, i->aux);
}
