/* SPDX-License-Identifier: MIT */
/*
 * Emitters of the ops that touch memory or leave for C: guest loads and
 * stores (host address = r15 + guest address, inline), cpu-state access,
 * atomics (lock-prefixed, x86 is TSO), fences and helper calls.
 */
#include "host/x86_64/jit-internal.h"

#include <stddef.h>

#include "translator/cpu.h"

/* [r15 + a + off]; an offset beyond 32 bits goes through r11. */
static struct x64_mem guest_mem(struct jit_ctx *j, enum x64_reg a,
                                int64_t off)
{
    if (x64_fits_i32(off)) {
        return x64_mbi(X64_GBASE, a, (int32_t)off);
    }
    x64_mov_ri64(&j->b, X64_TMP, (uint64_t)off);
    x64_alu_rr(&j->b, X64_ADD, 8, X64_TMP, a);
    return x64_mbi(X64_GBASE, X64_TMP, 0);
}

/* d = [m] with memop mo: movzx/movsx/mov by size and sign. */
static void load_memop(struct x64_buf *b, unsigned mo, enum x64_reg d,
                       struct x64_mem m)
{
    unsigned size = 1u << (mo & IR_MO_SIZE);
    bool sign = (mo & IR_MO_SIGN) && size < 8;
    if (sign) {
        x64_movsx_rm(b, 8, size, d, m);
    } else if (size < 4) {
        x64_movzx_rm(b, size, d, m);
    } else {
        x64_load(b, size, d, m);
    }
}

/* d = s zero-extended from size bytes. */
static void zext_to(struct x64_buf *b, unsigned size, enum x64_reg d,
                    enum x64_reg s)
{
    if (size < 4) {
        x64_movzx_rr(b, size, d, s);
    } else {
        x64_mov_rr(b, size, d, s);
    }
}

/* ld: movzx/movsx/mov d, [r15 + a + imm] */
X64_OP(ld, X64_R1, .flags = X64_CF_FAULTS)
{
    load_memop(&j->b, i->aux, o->d, guest_mem(j, o->a, i->imm));
}

/* st: mov [r15 + b + imm], a */
X64_OP(st, .in = {X64_C_R, X64_C_R}, .flags = X64_CF_FAULTS)
{
    struct x64_mem m = guest_mem(j, o->b, i->imm);
    x64_store(&j->b, 1u << (i->aux & IR_MO_SIZE), m, o->a);
}

/* ld_env: movzx/movsx/mov d, [rbp + imm], after storing a cached copy */
X64_OP(ld_env, .flags = X64_CF_CUSTOM)
{
    (void)o;
    ra_env_access(j, i->imm, 1u << (i->aux & IR_MO_SIZE), false);
    enum x64_reg d = ra_def(j, i->d);
    load_memop(&j->b, i->aux, d, x64_mb(X64_CPU, (int32_t)i->imm));
}

/* st_env: mov [rbp + imm], a; cached copies of that state are dropped */
X64_OP(st_env, .flags = X64_CF_CUSTOM)
{
    (void)o;
    unsigned size = 1u << (i->aux & IR_MO_SIZE);
    enum x64_reg a = ra_use(j, i->a);
    ra_env_access(j, i->imm, size, true);
    x64_store(&j->b, size, x64_mb(X64_CPU, (int32_t)i->imm), a);
    ra_env_written(j, i->imm, size);
}

/* r11 = b extended from size to 64 bits (signed or not), for min/max. */
static void ext_to_64(struct x64_buf *b, unsigned size, bool sign,
                      enum x64_reg d, enum x64_reg s)
{
    if (size == 8) {
        x64_mov_rr(b, 8, d, s);
    } else if (sign) {
        x64_movsx_rr(b, 8, size, d, s);
    } else {
        zext_to(b, size, d, s);
    }
}

/* rcx = new value from old (rax) and b, for the cmpxchg loop. */
static void atomic_combine(struct x64_buf *b, unsigned kind, unsigned size,
                           enum x64_reg v)
{
    static const enum x64_cc take_b[] = {
        [IR_AT_SMIN] = X64_CC_G, [IR_AT_SMAX] = X64_CC_L,
        [IR_AT_UMIN] = X64_CC_A, [IR_AT_UMAX] = X64_CC_B,
    };
    switch (kind) {
    case IR_AT_AND: case IR_AT_OR: case IR_AT_XOR:
        x64_mov_rr(b, 8, X64_RCX, X64_RAX);
        x64_alu_rr(b, kind == IR_AT_AND ? X64_AND : kind == IR_AT_OR
                   ? X64_OR : X64_XOR, 8, X64_RCX, v);
        return;
    case IR_AT_ANDN:
        x64_mov_rr(b, 8, X64_RCX, v);
        x64_unary(b, X64_NOT, 8, X64_RCX);
        x64_alu_rr(b, X64_AND, 8, X64_RCX, X64_RAX);
        return;
    default: {
        bool sign = kind == IR_AT_SMIN || kind == IR_AT_SMAX;
        ext_to_64(b, size, sign, X64_TMP, v);
        ext_to_64(b, size, sign, X64_RCX, X64_RAX);
        x64_alu_rr(b, X64_CMP, 8, X64_RCX, X64_TMP);
        x64_cmov(b, take_b[kind], 8, X64_RCX, X64_TMP);
        return;
    }
    }
}

/*
 * atomic: xchg: mov r11, b; xchg [r15+a], r11; add: lock xadd;
 * the rest: lea rdx, [r15+a]; mov rax, [rdx];
 *   1: rcx = rax op b; lock cmpxchg [rdx], rcx; jne 1b
 * then d = old, zero-extended from the access size.
 */
X64_OP(atomic, X64_RR, .flags = X64_CF_FAULTS)
{
    struct x64_buf *b = &j->b;
    unsigned size = 1u << (i->aux & IR_MO_SIZE), kind = i->aux >> 4;
    struct x64_mem m = x64_mbi(X64_GBASE, o->a, 0);
    if (kind == IR_AT_XCHG || kind == IR_AT_ADD) {
        x64_mov_rr(b, 8, X64_TMP, o->b);
        if (kind == IR_AT_XCHG) {
            x64_xchg_mr(b, size, m, X64_TMP);
        } else {
            x64_lock_xadd(b, size, m, X64_TMP);
        }
        zext_to(b, size, o->d, X64_TMP);
        return;
    }
    x64_lea(b, 8, X64_RDX, m);
    load_memop(b, i->aux & IR_MO_SIZE, X64_RAX, x64_mb(X64_RDX, 0));
    size_t loop = x64_pos(b);
    atomic_combine(b, kind, size, o->b);
    x64_lock_cmpxchg(b, size, x64_mb(X64_RDX, 0), X64_RCX);
    size_t back = x64_jcc_rel8(b, X64_CC_NE);
    if (!x64_patch_rel8(b, back, loop) && !b->overflow) {
        abort(); /* the loop body is short by construction */
    }
    zext_to(b, size, o->d, X64_RAX);
}

/* cmpxchg: lea rdx, [r15+a]; mov rax, b; mov r11, c;
 * lock cmpxchg [rdx], r11; d = rax zero-extended */
X64_OP(cmpxchg, .out = X64_C_R, .in = {X64_C_R, X64_C_R, X64_C_R},
       .flags = X64_CF_FAULTS)
{
    struct x64_buf *b = &j->b;
    unsigned size = 1u << (i->aux & IR_MO_SIZE);
    x64_lea(b, 8, X64_RDX, x64_mbi(X64_GBASE, o->a, 0));
    x64_mov_rr(b, 8, X64_RAX, o->b);
    x64_mov_rr(b, 8, X64_TMP, o->c);
    x64_lock_cmpxchg(b, size, x64_mb(X64_RDX, 0), X64_TMP);
    zext_to(b, size, o->d, X64_RAX);
}

/* fence: mfence for a full fence; x86 (TSO) needs nothing for the rest */
X64_OP(fence)
{
    (void)o;
    if (i->aux == IR_FENCE_FULL) {
        x64_mfence(&j->b);
    }
}

/* rax = v; [rbp + off] = rax (or a sign-extended imm32 store). */
void jit_store_cpu_u64(struct jit_ctx *j, size_t off, uint64_t v)
{
    if (x64_fits_i32((int64_t)v)) {
        x64_store_i32(&j->b, 8, x64_mb(X64_CPU, (int32_t)off), (int32_t)v);
        return;
    }
    x64_mov_ri64(&j->b, X64_RAX, v);
    x64_store(&j->b, 8, x64_mb(X64_CPU, (int32_t)off), X64_RAX);
}

/*
 * call: everything cached goes to memory first (helpers read and write
 * the cpu state), arguments come from the slots:
 *   mov rdi, rbp; mov rsi, [a]; mov rdx, [b]; mov rcx, [c]; mov r8d, aux
 *   cpu->cur_tb, cpu->cur_insn = this op (for cpu_raise and faults)
 *   mov rax, fn; call rax; mov d, rax
 */
X64_OP(call, .flags = X64_CF_CUSTOM)
{
    (void)o;
    struct x64_buf *b = &j->b;
    const struct ir_helper *h = (const struct ir_helper *)(intptr_t)i->imm;
    if (jit_emit_fp_fast(j, i)) {
        return;
    }
    ra_sync(j, true, j->k - 1);
    ra_forget(j);
    x64_mov_rr(b, 8, X64_RDI, X64_CPU);
    x64_load(b, 8, X64_RSI, x64_slot_mem(i->a));
    x64_load(b, 8, X64_RDX, x64_slot_mem(i->b));
    x64_load(b, 8, X64_RCX, x64_slot_mem(i->c));
    x64_mov_ri32(b, X64_R8, i->aux);
    jit_store_cpu_u64(j, offsetof(struct cpu, cur_tb), (uintptr_t)j->tb);
    jit_store_cpu_u64(j, offsetof(struct cpu, cur_insn), (uintptr_t)i);
    x64_mov_ri(b, X64_RAX, (uintptr_t)h->fn);
    x64_call_r(b, X64_RAX);
    if (i->d != 0) {
        x64_mov_rr(b, 8, ra_def(j, i->d), X64_RAX);
    }
}
