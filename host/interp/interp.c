/* SPDX-License-Identifier: MIT */
/*
 * The IR interpreter: threaded dispatch (computed goto) over the optimized
 * IR of a block, slots addressed from the cpu pointer, chaining between
 * blocks without returning to the run loop.  Pure ops take their meaning
 * from translator/ir-sem.h, so the optimizer and this file cannot disagree.
 */
#include "host/interp/interp.h"

#include <string.h>

#include "translator/ir-sem.h"

/* Dispatch index of an insn: opc * 2 + type, or a memop specialization. */
enum {
    DX_LD = IR__COUNT * 2,        /* + memop (8) */
    DX_ST = DX_LD + 8,            /* + size (4) */
    DX_LD_ENV = DX_ST + 4,        /* + memop (8) */
    DX_ST_ENV = DX_LD_ENV + 8,    /* + size (4) */
    DX__COUNT = DX_ST_ENV + 4,
};
_Static_assert(DX__COUNT <= 256, "dispatch index must fit in ir_insn.bk");

static bool interp_prepare(struct tb *tb)
{
    for (int k = 0; k < tb->n; k++) {
        struct ir_insn *i = &tb->insn[k];
        unsigned dx = i->opc * 2u + i->type;
        switch (i->opc) {
        case IR_ld: dx = DX_LD + (i->aux & 7); break;
        case IR_st: dx = DX_ST + (i->aux & IR_MO_SIZE); break;
        case IR_ld_env: dx = DX_LD_ENV + (i->aux & 7); break;
        case IR_st_env: dx = DX_ST_ENV + (i->aux & IR_MO_SIZE); break;
        default: break;
        }
        i->bk = (uint8_t)dx;
    }
    return true;
}

static void interp_release(struct tb *tb)
{
    (void)tb;
}

#define DEF_MINMAX(T, S)                                                     \
    static inline T atomic_minmax_##T(int kind, T a, T b)                    \
    {                                                                        \
        switch (kind) {                                                      \
        case IR_AT_SMIN: return (S)a < (S)b ? a : b;                         \
        case IR_AT_SMAX: return (S)a > (S)b ? a : b;                         \
        case IR_AT_UMIN: return a < b ? a : b;                               \
        default: return a > b ? a : b;                                       \
        }                                                                    \
    }
DEF_MINMAX(uint8_t, int8_t)
DEF_MINMAX(uint16_t, int16_t)
DEF_MINMAX(uint32_t, int32_t)
DEF_MINMAX(uint64_t, int64_t)
#undef DEF_MINMAX

static uint64_t do_atomic(void *p, uint8_t aux, uint64_t v)
{
#define AT_CASES(T)                                                          \
    switch (aux >> 4) {                                                      \
    case IR_AT_XCHG: return (T)__atomic_exchange_n((T *)p, (T)v, __ATOMIC_SEQ_CST); \
    case IR_AT_ADD: return (T)__atomic_fetch_add((T *)p, (T)v, __ATOMIC_SEQ_CST);   \
    case IR_AT_AND: return (T)__atomic_fetch_and((T *)p, (T)v, __ATOMIC_SEQ_CST);   \
    case IR_AT_OR: return (T)__atomic_fetch_or((T *)p, (T)v, __ATOMIC_SEQ_CST);     \
    case IR_AT_XOR: return (T)__atomic_fetch_xor((T *)p, (T)v, __ATOMIC_SEQ_CST);   \
    case IR_AT_ANDN: return (T)__atomic_fetch_and((T *)p, (T)~v, __ATOMIC_SEQ_CST); \
    default: break;                                                          \
    }                                                                        \
    {                                                                        \
        T old = __atomic_load_n((T *)p, __ATOMIC_RELAXED), nv;               \
        do {                                                                 \
            nv = atomic_minmax_##T(aux >> 4, old, (T)v);                     \
        } while (!__atomic_compare_exchange_n((T *)p, &old, nv, true,        \
                                              __ATOMIC_SEQ_CST,              \
                                              __ATOMIC_RELAXED));            \
        return old;                                                          \
    }
    switch (aux & IR_MO_SIZE) {
    case IR_MO_8: { AT_CASES(uint8_t) }
    case IR_MO_16: { AT_CASES(uint16_t) }
    case IR_MO_32: { AT_CASES(uint32_t) }
    default: { AT_CASES(uint64_t) }
    }
#undef AT_CASES
}

static uint64_t do_cmpxchg(void *p, uint8_t mo, uint64_t expect, uint64_t nv)
{
#define CX(T)                                                                \
    {                                                                        \
        T e = (T)expect;                                                     \
        __atomic_compare_exchange_n((T *)p, &e, (T)nv, false,                \
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);     \
        return e;                                                            \
    }
    switch (mo & IR_MO_SIZE) {
    case IR_MO_8: CX(uint8_t)
    case IR_MO_16: CX(uint16_t)
    case IR_MO_32: CX(uint32_t)
    default: CX(uint64_t)
    }
#undef CX
}

/*
 * Guest loads and stores.  A guest NULL is a host NULL while guest_base is
 * 0, and faulting on it is the point (it becomes the guest's SIGSEGV), so
 * the debug build's UBSan must not report these accesses first.
 */
#ifdef __SANITIZE_ADDRESS__
#define GUEST_ACCESS __attribute__((no_sanitize("undefined")))
#else
#define GUEST_ACCESS
#endif
#define DEF_GUEST_ACCESS(T)                                                  \
    static inline GUEST_ACCESS T guest_ld_##T(const void *p)                 \
    {                                                                        \
        T v;                                                                 \
        memcpy(&v, p, sizeof(v));                                            \
        return v;                                                            \
    }                                                                        \
    static inline GUEST_ACCESS void guest_st_##T(void *p, T v)               \
    {                                                                        \
        memcpy(p, &v, sizeof(v));                                            \
    }
DEF_GUEST_ACCESS(uint8_t)
DEF_GUEST_ACCESS(uint16_t)
DEF_GUEST_ACCESS(uint32_t)
DEF_GUEST_ACCESS(uint64_t)
DEF_GUEST_ACCESS(int8_t)
DEF_GUEST_ACCESS(int16_t)
DEF_GUEST_ACCESS(int32_t)
#undef DEF_GUEST_ACCESS

static enum cpu_excp interp_exec(struct cpu *cpu, struct tb *tb,
                                 struct tb **chain_from, int *chain_exit)
{
    uint64_t *s = (uint64_t *)cpu;
    char *const env = (char *)cpu;
    const uintptr_t base = cpu->guest_base;
    const struct ir_insn *i;

    static const void *const dispatch[DX__COUNT] = {
#define IR_OP(n, o, in, f) [IR_##n * 2] = &&L64_##n, [IR_##n * 2 + 1] = &&L32_##n,
#include "translator/ir-ops.def"
#undef IR_OP
        [DX_LD + 0] = &&ld_u8, [DX_LD + 1] = &&ld_u16,
        [DX_LD + 2] = &&ld_u32, [DX_LD + 3] = &&ld_u64,
        [DX_LD + 4] = &&ld_s8, [DX_LD + 5] = &&ld_s16,
        [DX_LD + 6] = &&ld_s32, [DX_LD + 7] = &&ld_u64,
        [DX_ST + 0] = &&st_8, [DX_ST + 1] = &&st_16,
        [DX_ST + 2] = &&st_32, [DX_ST + 3] = &&st_64,
        [DX_LD_ENV + 0] = &&lde_u8, [DX_LD_ENV + 1] = &&lde_u16,
        [DX_LD_ENV + 2] = &&lde_u32, [DX_LD_ENV + 3] = &&lde_u64,
        [DX_LD_ENV + 4] = &&lde_s8, [DX_LD_ENV + 5] = &&lde_s16,
        [DX_LD_ENV + 6] = &&lde_s32, [DX_LD_ENV + 7] = &&lde_u64,
        [DX_ST_ENV + 0] = &&ste_8, [DX_ST_ENV + 1] = &&ste_16,
        [DX_ST_ENV + 2] = &&ste_32, [DX_ST_ENV + 3] = &&ste_64,
    };

#define A s[i->a]
#define B s[i->b]
#define C s[i->c]
#define D s[i->d]
#define DISPATCH() goto *dispatch[i->bk]
#define NEXT() do { i++; DISPATCH(); } while (0)
#define HOST(addr) ((void *)(uintptr_t)((addr) + base))
/* Both widths of a pure op, from the shared semantics. */
#define PURE(n)                                                              \
    L64_##n: D = ir_sem(IR_##n, IR_I64, i->aux, A, B, C, D, i->imm); NEXT(); \
    L32_##n: D = ir_sem(IR_##n, IR_I32, i->aux, A, B, C, D, i->imm); NEXT();
/* An op whose width does not matter. */
#define ANY(n) L64_##n: L32_##n:
#define LOAD(lbl, T, addr) lbl: { T v; memcpy(&v, addr, sizeof(v)); D = (uint64_t)v; } NEXT();
#define STORE(lbl, T, addr) lbl: { T v = (T)A; memcpy(addr, &v, sizeof(v)); } NEXT();
#define GUEST_LOAD(lbl, T, addr) lbl: D = (uint64_t)guest_ld_##T(addr); NEXT();
#define GUEST_STORE(lbl, T, addr) lbl: guest_st_##T(addr, (T)A); NEXT();

    cpu->cur_tb = tb;
    i = tb->insn;
    DISPATCH();

    PURE(movi) PURE(mov) PURE(add) PURE(addi) PURE(sub) PURE(and) PURE(andi)
    PURE(or) PURE(ori) PURE(xor) PURE(xori) PURE(andn) PURE(orn) PURE(shl)
    PURE(shli) PURE(shr) PURE(shri) PURE(sar) PURE(sari) PURE(rotr)
    PURE(rotri) PURE(rotl) PURE(mul) PURE(muli) PURE(mulhs) PURE(mulhu)
    PURE(mulhsu) PURE(div) PURE(divu) PURE(rem) PURE(remu) PURE(neg)
    PURE(not) PURE(sext) PURE(zext) PURE(clz) PURE(ctz) PURE(cpop)
    PURE(bswap) PURE(smin) PURE(smax) PURE(umin) PURE(umax) PURE(setcond)
    PURE(setcondi) PURE(movcond)

    ANY(nop) ANY(insn_start) ANY(label) NEXT();

    /* ld/st/ld_env/st_env dispatch on their memop below instead. */
    ANY(ld) ANY(st) ANY(ld_env) ANY(st_env) __builtin_unreachable();

    GUEST_LOAD(ld_u8, uint8_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_LOAD(ld_u16, uint16_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_LOAD(ld_u32, uint32_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_LOAD(ld_u64, uint64_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_LOAD(ld_s8, int8_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_LOAD(ld_s16, int16_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_LOAD(ld_s32, int32_t, (cpu->cur_insn = i, HOST(A + i->imm)))
    GUEST_STORE(st_8, uint8_t, (cpu->cur_insn = i, HOST(B + i->imm)))
    GUEST_STORE(st_16, uint16_t, (cpu->cur_insn = i, HOST(B + i->imm)))
    GUEST_STORE(st_32, uint32_t, (cpu->cur_insn = i, HOST(B + i->imm)))
    GUEST_STORE(st_64, uint64_t, (cpu->cur_insn = i, HOST(B + i->imm)))
    LOAD(lde_u8, uint8_t, env + i->imm)
    LOAD(lde_u16, uint16_t, env + i->imm)
    LOAD(lde_u32, uint32_t, env + i->imm)
    LOAD(lde_u64, uint64_t, env + i->imm)
    LOAD(lde_s8, int8_t, env + i->imm)
    LOAD(lde_s16, int16_t, env + i->imm)
    LOAD(lde_s32, int32_t, env + i->imm)
    STORE(ste_8, uint8_t, env + i->imm)
    STORE(ste_16, uint16_t, env + i->imm)
    STORE(ste_32, uint32_t, env + i->imm)
    STORE(ste_64, uint64_t, env + i->imm)

    ANY(atomic)
        cpu->cur_insn = i;
        D = do_atomic(HOST(A), i->aux, B);
        NEXT();
    ANY(cmpxchg)
        cpu->cur_insn = i;
        D = do_cmpxchg(HOST(A), i->aux, B, C);
        NEXT();
    ANY(fence)
        if (i->aux == IR_FENCE_FULL) {
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
        } else {
            __atomic_signal_fence(__ATOMIC_SEQ_CST); /* x86 is TSO */
        }
        NEXT();
    ANY(call) {
        const struct ir_helper *h = (const struct ir_helper *)(intptr_t)i->imm;
        cpu->cur_insn = i;
        D = h->fn(cpu, A, B, C, i->aux);
        NEXT();
    }
    ANY(br)
        i = &tb->insn[i->c];
        DISPATCH();
    L64_brcond:
        if (ir_cond_eval((enum ir_cond)i->aux, A, B)) {
            i = &tb->insn[i->c];
            DISPATCH();
        }
        NEXT();
    L32_brcond:
        if (ir_cond_eval((enum ir_cond)i->aux, ir_cmp_operand(IR_I32, i->aux, A),
                         ir_cmp_operand(IR_I32, i->aux, B))) {
            i = &tb->insn[i->c];
            DISPATCH();
        }
        NEXT();
    L64_brcondi:
        if (ir_cond_eval((enum ir_cond)i->aux, A, (uint64_t)i->imm)) {
            i = &tb->insn[i->c];
            DISPATCH();
        }
        NEXT();
    L32_brcondi:
        if (ir_cond_eval((enum ir_cond)i->aux, ir_cmp_operand(IR_I32, i->aux, A),
                         ir_cmp_operand(IR_I32, i->aux, (uint64_t)i->imm))) {
            i = &tb->insn[i->c];
            DISPATCH();
        }
        NEXT();
    ANY(exit_tb) {
        struct tb *next = tb->next[i->aux];
        cpu->pc = (uint64_t)i->imm;
        if (next != NULL && !cpu->exit_request) {
            tb = next;
            cpu->cur_tb = tb;
            i = tb->insn;
            DISPATCH();
        }
        *chain_from = tb;
        *chain_exit = i->aux;
        cpu->cur_insn = NULL;
        return EXCP_NONE;
    }
    ANY(exit_jump) {
        uint64_t pc = A;
        struct tb *next = tb_jmp_cache[tb_jmp_hash(pc)];
        cpu->pc = pc;
        if (next != NULL && next->pc == pc && !cpu->exit_request) {
            tb = next;
            cpu->cur_tb = tb;
            i = tb->insn;
            DISPATCH();
        }
        *chain_from = NULL;
        cpu->cur_insn = NULL;
        return EXCP_NONE;
    }
    ANY(raise)
        cpu->pc = (uint64_t)i->imm;
        cpu->fault_addr = (uint64_t)i->imm;
        cpu->cur_insn = NULL;
        *chain_from = NULL;
        return (enum cpu_excp)i->aux;
}

const struct backend interp_backend = {
    .name = "interp",
    .prepare = interp_prepare,
    .release = interp_release,
    .exec = interp_exec,
};
