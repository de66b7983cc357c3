/* SPDX-License-Identifier: MIT */
/*
 * The cold paths of inline FP ops (emit-fp.c, emit-fp-vec.c): when a
 * check fails, the helper call the op stands for, emitted after the block
 * and given the register cache as it was at the op, so it can store what
 * the helper (or a guest exception it raises) must see in memory and put
 * back what the call clobbers.
 */
#include "host/x86_64/enc-sse.h"
#include "host/x86_64/jit-internal.h"
#include "translator/cpu.h"
#include "translator/fp-fast.h"

void jit_cold_jump(struct jit_ctx *j, struct jit_cold *c, enum x64_cc cc)
{
    if (c->n_jumps == JIT_COLD_JUMPS) {
        abort(); /* the emitters below take fewer by construction */
    }
    c->jumps[c->n_jumps++] = (uint32_t)x64_jcc_rel32(&j->b, cc);
}

/* Open op i's cold path with the register cache as it stands. */
struct jit_cold *jit_cold_open(struct jit_ctx *j, const struct ir_insn *i)
{
    struct jit_cold *c = &j->cold[j->n_cold];
    c->insn = i;
    c->n_jumps = 0;
    c->dirty = 0;
    c->d = -1;
    for (int k = 0; k < RA_NALL; k++) {
        c->slot[k] = j->ra.slot[k];
        c->dirty |= (uint32_t)j->ra.dirty[k] << k;
    }
    return c;
}

/* Cache registers a call may clobber (the others are callee-saved). */
static const enum x64_reg jit_cold_saved[] = {
    X64_RSI, X64_RDI, X64_R8, X64_R9, X64_R10,
    X64_R10, /* twice: keeps rsp 16-byte aligned at the call */
};
#define JIT_COLD_NSAVED (sizeof(jit_cold_saved) / sizeof(jit_cold_saved[0]))

/*
 * cold: store the dirty cached slots (the helper and a guest exception
 * see the cpu state); push the caller-saved GPRs; the call exactly as
 * X64_OP(call) makes it; pop; reload the cached xmm registers (every one
 * is caller-saved; their slots are in memory now); the result = rax;
 * jmp resume
 */
static void emit_cold(struct jit_ctx *j, const struct jit_cold *c)
{
    struct x64_buf *b = &j->b;
    const struct ir_insn *i = c->insn;
    const struct ir_helper *h = (const struct ir_helper *)(intptr_t)i->imm;
    for (uint32_t k = 0; k < c->n_jumps; k++) {
        x64_patch_rel32(b, c->jumps[k], x64_pos(b));
    }
    for (int r = 0; r < RA_NALL; r++) {
        if ((c->dirty >> r) & 1) {
            ra_store_entry(b, r, c->slot[r]);
        }
    }
    for (size_t k = 0; k < JIT_COLD_NSAVED; k++) {
        x64_push(b, jit_cold_saved[k]);
    }
    const ir_slot in[3] = {i->a, i->b, i->c};
    const enum x64_reg arg[3] = {X64_RSI, X64_RDX, X64_RCX};
    x64_mov_rr(b, 8, X64_RDI, X64_CPU);
    for (int k = 0; k < 3; k++) {
        if (in[k] == IR_NOSLOT) {
            x64_mov_ri(b, arg[k], 0);
        } else {
            x64_load(b, 8, arg[k], x64_slot_mem(in[k]));
        }
    }
    x64_mov_ri32(b, X64_R8, i->aux);
    jit_store_cpu_u64(j, offsetof(struct cpu, cur_tb), (uintptr_t)j->tb);
    jit_store_cpu_u64(j, offsetof(struct cpu, cur_insn), (uintptr_t)i);
    x64_mov_ri(b, X64_RAX, (uintptr_t)h->fn);
    x64_call_r(b, X64_RAX);
    for (size_t k = JIT_COLD_NSAVED; k-- > 0;) {
        x64_pop(b, jit_cold_saved[k]);
    }
    for (int r = RA_NREGS; r < RA_NALL; r++) {
        if (c->slot[r] != IR_NOSLOT) {
            x64_movq_xm(b, (enum x64_xmm)ra_xmm(r), x64_slot_mem(c->slot[r]));
        }
    }
    if (c->d >= RA_NREGS) {
        x64_movq_xr(b, 8, (enum x64_xmm)ra_xmm(c->d), X64_RAX);
    } else if (c->d >= 0) {
        x64_mov_rr(b, 8, ra_host_reg(c->d), X64_RAX);
    }
    size_t back = x64_jmp_rel32(b);
    x64_patch_rel32(b, back, c->resume);
}

void jit_emit_cold_paths(struct jit_ctx *j)
{
    for (int k = 0; k < j->n_cold; k++) {
        emit_cold(j, &j->cold[k]);
    }
}
