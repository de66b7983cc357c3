/* SPDX-License-Identifier: MIT */
/*
 * Inside the x86-64 backend: the per-block compile context, the register
 * cache (regalloc.c), the code cache (code-cache.c), and the emitter table
 * (one function per IR op with its constraint descriptor, emit-*.c).
 *
 * Fixed host registers while guest code runs:
 *   rbp  the struct cpu (slots at slot * 8 from it)
 *   r15  cpu->guest_base (host address = r15 + guest address)
 *   r14  this thread's tb_jmp_cache
 *   rax, rcx, rdx, r11  scratch of the emitters (never cached)
 *   rbx, r12, r13, rsi, rdi, r8, r9, r10  cache IR slots (regalloc.c)
 */
#ifndef XRUN_HOST_X86_64_JIT_INTERNAL_H
#define XRUN_HOST_X86_64_JIT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "host/x86_64/enc.h"
#include "translator/backend.h"
#include "translator/ir.h"
#include "translator/tb.h"

#define X64_CPU X64_RBP
#define X64_GBASE X64_R15
#define X64_JCACHE X64_R14
#define X64_TMP X64_R11

/* Host features the emitters may use (cpuinfo.c; tests may clear them). */
struct x64_features {
    bool lzcnt, bmi1, popcnt;
    bool fma; /* FMA3, with the OS saving the AVX state */
};
extern struct x64_features x64_host;
void x64_detect_features(void);

/* ---- register cache ---- */

/* Entries 0-7: GPRs; RA_NREGS and up: xmm RA_XMM_FIRST and up. */
#define RA_NREGS 8
#define RA_XMM_FIRST 4 /* xmm0-xmm3 are emit-fp.c's scratch */
#define RA_NALL (RA_NREGS + 16 - RA_XMM_FIRST)

struct ra_state {
    ir_slot slot[RA_NALL];   /* cached slot or IR_NOSLOT */
    bool dirty[RA_NALL];     /* the register is newer than the slot */
    uint32_t stamp[RA_NALL]; /* last use, for eviction */
    unsigned locked;         /* bit per entry: operand of this insn */
    uint32_t clock;
};

/* A faulting op: host code [start, end) (offsets from the entry). */
struct jit_fault {
    uint32_t start, end;
    uint32_t insn;
};

/* A rel32 to bind to a label (an IR insn index) at the end. */
struct jit_fixup {
    uint32_t at;
    uint32_t label;
};

/*
 * The out-of-line half of an inline FP op (emit-fp.c): the helper call it
 * falls back to, emitted after the block, with the register cache as it
 * was at the op (the registers still hold those values when a check jumps
 * here).
 */
#define JIT_COLD_JUMPS 8
#define JIT_MAX_COLD 1024
struct jit_cold {
    const struct ir_insn *insn;
    uint32_t jumps[JIT_COLD_JUMPS]; /* rel32 fields of the jumps here */
    uint32_t n_jumps;
    uint32_t resume;            /* offset the inline code goes on at */
    int d;                      /* cache entry of the result, or -1 */
    ir_slot slot[RA_NALL];      /* the register cache at the op */
    uint32_t dirty;             /* bit per entry: newer than its slot */
};

struct jit_ctx {
    struct x64_buf b;           /* start = the block's entry */
    struct tb *tb;
    int k;                      /* index of the insn being emitted */
    struct ra_state ra;
    const uint8_t *epilogue;    /* absolute: returns rax to jit_exec */
    int32_t *label_pos;         /* per insn index: host offset or -1 */
    int16_t *last_read;         /* per temp: last insn index reading it */
    struct jit_fixup *fixups;
    int n_fixups;
    struct jit_fault *faults;
    int n_faults;
    uint32_t exit_patch[TB_EXITS]; /* rel32 of each chainable exit, or 0 */
    uint32_t fault_start;       /* where the current faulting op began */
    struct jit_cold *cold;
    int n_cold;
};

/* Operand registers of one insn after allocation. */
struct x64_opnd {
    enum x64_reg d, a, b, c;
};

void ra_init(struct jit_ctx *j);
/* A register holding slot s for reading (loads it if needed). */
enum x64_reg ra_use(struct jit_ctx *j, ir_slot s);
/* A register to write slot s in; its old value is lost unless used too. */
enum x64_reg ra_def(struct jit_ctx *j, ir_slot s);
/* Store dirty globals (and temps live after insn 'after' if with_temps). */
void ra_sync(struct jit_ctx *j, bool with_temps, int after);
/* Forget every cached value (after a call, at a join point). */
void ra_forget(struct jit_ctx *j);
/* End of an insn: unlock operands, drop temps that are dead now. */
void ra_end_insn(struct jit_ctx *j);
/* The host register of GPR entry r (0 <= r < RA_NREGS). */
enum x64_reg ra_host_reg(int r);
/* The xmm register number of entry r (RA_NREGS <= r < RA_NALL). */
int ra_xmm(int r);
/* [slot s] = entry r (a GPR or an xmm register). */
void ra_store_entry(struct x64_buf *b, int r, ir_slot s);
/* The xmm register holding slot s for an FP read (moved there from a GPR
 * or loaded); and one to write an FP result of slot s in. */
int xa_use(struct jit_ctx *j, ir_slot s);
int xa_def(struct jit_ctx *j, ir_slot s);
/* Is slot s in an xmm register now? */
bool xa_cached(const struct jit_ctx *j, ir_slot s);
/* Scratch xmm x = slot s (upper half zeroed) from wherever it is now. */
void ra_load_half(struct jit_ctx *j, ir_slot s, int x);
/* mov d = a (64-bit) for an a held in an xmm register: true if done. */
bool ra_mov_fp(struct jit_ctx *j, ir_slot d, ir_slot a);
/* An access to cpu state [off, off+size) by ld_env/st_env. */
void ra_env_access(struct jit_ctx *j, int64_t off, unsigned size,
                   bool write);
/* After st_env stored to [off, off+size): cached copies are stale. */
void ra_env_written(struct jit_ctx *j, int64_t off, unsigned size);

/* ---- emitters ---- */

enum { X64_C_NONE, X64_C_R };
enum {
    X64_CF_READS_D = 1,  /* d is an input too (movcond) */
    X64_CF_FAULTS = 2,   /* store dirty globals first; record a fault range */
    X64_CF_CUSTOM = 4,   /* the emitter drives the allocator itself */
};

struct x64_constraint {
    uint8_t out;
    uint8_t in[3];
    uint8_t flags;
};

typedef void x64_emit_fn(struct jit_ctx *j, const struct ir_insn *i,
                         const struct x64_opnd *o);

/* Every op of ir-ops.def has both: a missing one fails the link. */
#define IR_OP(n, o, in, f)                                                   \
    x64_emit_fn x64_emit_##n;                                                \
    extern const struct x64_constraint x64_con_##n;
#include "translator/ir-ops.def"
#undef IR_OP

/* Define op name's constraint and open its emitter. */
#define X64_OP(name, ...)                                                    \
    const struct x64_constraint x64_con_##name = {__VA_ARGS__};              \
    void x64_emit_##name(struct jit_ctx *j, const struct ir_insn *i,         \
                         const struct x64_opnd *o)

#define X64_RR .out = X64_C_R, .in = {X64_C_R, X64_C_R}
#define X64_R1 .out = X64_C_R, .in = {X64_C_R}

/* Operand size of an insn's type. */
static inline unsigned x64_w(const struct ir_insn *i)
{
    return i->type == IR_I32 ? 4 : 8;
}

/* The slot's home in the cpu state. */
static inline struct x64_mem x64_slot_mem(ir_slot s)
{
    return x64_mb(X64_CPU, (int32_t)s * 8);
}

/* rel32 from the current position to an absolute address. */
void jit_jmp_abs(struct jit_ctx *j, const void *target);
/* A jump to the label at insn index label, bound at the end. */
void jit_jmp_label(struct jit_ctx *j, int cc, uint32_t label);
/* Compare a with b (or imm) for an IR condition; returns the x86 cc. */
enum x64_cc jit_compare(struct jit_ctx *j, const struct ir_insn *i,
                        enum x64_reg a, enum x64_reg b, bool with_imm);

/* [rbp + off] = v (through rax when v needs 64 bits). */
void jit_store_cpu_u64(struct jit_ctx *j, size_t off, uint64_t v);

/* An inline fast form for this call (emit-fp.c); false: emit the call. */
bool jit_emit_fp_fast(struct jit_ctx *j, const struct ir_insn *i);
/* The cold paths of the block's inline FP ops, after its code. */
void jit_emit_cold_paths(struct jit_ctx *j);
/* Open op i's cold path (emit-fp-cold.c); a jump to it if cc holds. */
struct jit_cold *jit_cold_open(struct jit_ctx *j, const struct ir_insn *i);
void jit_cold_jump(struct jit_ctx *j, struct jit_cold *c, enum x64_cc cc);
/* A vector fast form (emit-fp-vec.c). */
struct fp_guest;
struct fp_fast_insn;
bool jit_emit_fp_vector(struct jit_ctx *j, const struct ir_insn *i,
                        const struct fp_guest *g,
                        const struct fp_fast_insn *f);

/* Compile tb into j->b; false on overflow. */
bool jit_compile(struct jit_ctx *j, struct tb *tb);

/* ---- code cache ---- */

/* Metadata stored in the cache after the code; the 8 bytes before the
 * entry point at it. */
struct jit_meta {
    struct tb *tb;             /* NULL once the block is released */
    uint8_t *code;
    uint32_t size;
    uint32_t exit_patch[TB_EXITS];
    uint32_t n_faults;
    struct jit_fault faults[];
};

static inline struct jit_meta *jit_meta_of(const void *code)
{
    struct jit_meta *m;
    memcpy(&m, (const uint8_t *)code - 8, sizeof(m));
    return m;
}

typedef uintptr_t jit_enter_fn(struct cpu *cpu, const void *code,
                               struct tb **jmp_cache);

bool jit_cache_init(void);
/* Compile tb into the cache; false if it is full (flush and retry). */
bool jit_cache_add(struct tb *tb);
/* The entry trampoline of the current region. */
jit_enter_fn *jit_cache_enter(void);
/* Drop everything (tb_flush_all). */
void jit_cache_flush(void);
/* Hold or release the code-cache lock around a host fork(). */
void jit_cache_fork_lock(bool hold);
/* The block whose code holds host_pc, or NULL. */
const struct jit_meta *jit_cache_find(uintptr_t host_pc);
/* Patch the rel32 at field so it jumps to target; false if out of range. */
bool jit_cache_patch(uint8_t *field, const uint8_t *target);

#endif
