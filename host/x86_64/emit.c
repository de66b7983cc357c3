/* SPDX-License-Identifier: MIT */
/*
 * One block to x86-64: the op table expanded from ir-ops.def (an op with
 * no emitter is a link error), the driver that gives each op its operand
 * registers as its constraint descriptor asks, and the block frame:
 *
 *   entry: cmp dword [rbp + exit_request], 0; jne request
 *          ...ops...
 *   request: cpu->pc = block pc; xor eax, eax; jmp epilogue
 *
 * The exit_request test at every entry (chained ones included) is what
 * lets signals and other threads stop a guest spinning in chained blocks.
 */
#include "host/x86_64/jit-internal.h"

#include <stddef.h>

#include "translator/cpu.h"

struct x64_op_def {
    x64_emit_fn *emit;
    const struct x64_constraint *con;
};

static const struct x64_op_def x64_ops[IR__COUNT] = {
#define IR_OP(n, o, in, f) [IR_##n] = {x64_emit_##n, &x64_con_##n},
#include "translator/ir-ops.def"
#undef IR_OP
};

/* Per-temp index of the last insn that reads it (-1: none). */
static void compute_last_reads(struct jit_ctx *j, const struct tb *tb)
{
    for (int s = 0; s < IR_TEMP_SLOTS; s++) {
        j->last_read[s] = -1;
    }
    for (int k = 0; k < tb->n; k++) {
        const struct ir_insn *i = &tb->insn[k];
        const struct ir_opinfo *info = &ir_opinfo[i->opc];
        ir_slot in[4] = {i->a, i->b, i->c, i->d};
        int nin = i->opc == IR_call ? 3 : info->nin;
        if (info->flags & IRF_BRANCH) {
            nin = nin > 2 ? 2 : nin; /* c is a label */
        }
        for (int x = 0; x < nin; x++) {
            if (in[x] < IR_TEMP_SLOTS) {
                j->last_read[in[x]] = (int16_t)k;
            }
        }
        if ((info->flags & IRF_READS_D) && i->d < IR_TEMP_SLOTS) {
            j->last_read[i->d] = (int16_t)k;
        }
    }
}

/* Allocate the operands an op's descriptor asks for, then emit it. */
static void emit_insn(struct jit_ctx *j, const struct ir_insn *i)
{
    const struct x64_op_def *def = &x64_ops[i->opc];
    const struct x64_constraint *c = def->con;
    struct x64_opnd o = {X64_NOREG, X64_NOREG, X64_NOREG, X64_NOREG};
    if (c->flags & X64_CF_CUSTOM) {
        def->emit(j, i, &o);
        ra_end_insn(j);
        return;
    }
    const ir_slot in[3] = {i->a, i->b, i->c};
    enum x64_reg *reg[3] = {&o.a, &o.b, &o.c};
    for (int x = 0; x < 3; x++) {
        if (c->in[x] == X64_C_R) {
            *reg[x] = ra_use(j, in[x]);
        }
    }
    if (c->flags & X64_CF_READS_D) {
        o.d = ra_use(j, i->d);
    }
    if (c->flags & X64_CF_FAULTS) {
        ra_sync(j, false, j->k); /* the guest's registers, exact */
    }
    if (c->out == X64_C_R) {
        o.d = ra_def(j, i->d);
    }
    uint32_t start = (uint32_t)x64_pos(&j->b);
    def->emit(j, i, &o);
    if (c->flags & X64_CF_FAULTS) {
        j->faults[j->n_faults++] = (struct jit_fault){
            start, (uint32_t)x64_pos(&j->b), (uint32_t)j->k};
    }
    ra_end_insn(j);
}

static bool bind_fixups(struct jit_ctx *j)
{
    for (int f = 0; f < j->n_fixups; f++) {
        int32_t pos = j->label_pos[j->fixups[f].label];
        if (pos < 0) {
            return false; /* a branch to no label: malformed IR */
        }
        x64_patch_rel32(&j->b, j->fixups[f].at, (size_t)pos);
    }
    return true;
}

bool jit_compile(struct jit_ctx *j, struct tb *tb)
{
    j->tb = tb;
    j->n_fixups = 0;
    j->n_faults = 0;
    j->n_cold = 0;
    for (int e = 0; e < TB_EXITS; e++) {
        j->exit_patch[e] = 0;
    }
    for (int k = 0; k < tb->n; k++) {
        j->label_pos[k] = -1;
    }
    compute_last_reads(j, tb);
    ra_init(j);

    x64_alu_mi(&j->b, X64_CMP, 4,
               x64_mb(X64_CPU, offsetof(struct cpu, exit_request)), 0);
    size_t req = x64_jcc_rel32(&j->b, X64_CC_NE);
    for (j->k = 0; j->k < tb->n; j->k++) {
        emit_insn(j, &tb->insn[j->k]);
    }
    x64_int3(&j->b); /* blocks end in an exit: never reached */

    x64_patch_rel32(&j->b, req, x64_pos(&j->b));
    jit_store_cpu_u64(j, offsetof(struct cpu, pc), tb->pc);
    x64_mov_ri(&j->b, X64_RAX, EXCP_NONE);
    jit_jmp_abs(j, j->epilogue);
    jit_emit_cold_paths(j);
    return !j->b.overflow && bind_fixups(j);
}
