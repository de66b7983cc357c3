/* SPDX-License-Identifier: MIT */
/*
 * The code cache: one RWX region at a time, filled by a bump pointer under
 * a lock (blocks are compiled straight into it, so they are contiguous and
 * in address order, which is what the fault lookup's binary search needs).
 * Each region starts with the entry trampoline and the shared epilogue.
 *
 * A block: [8-byte pointer to its jit_meta][entry, 16-aligned: code][meta].
 *
 * Full: jit_cache_add fails, the block runs as EXCP_FLUSH, the run loop
 * calls tb_flush_all, and jit_cache_flush resets the region in place: the
 * flush runs with no generated code on any thread's stack (alone, or with
 * every other thread parked: translator/tb.h).
 *
 * XRUN_JIT_CACHE_KB sets the region size (tests use a small one).
 */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "host/x86_64/jit-internal.h"
#include "translator/log.h"

#define JIT_CACHE_DEFAULT (64u << 20)
#define JIT_MIN_BLOCK 32 /* bytes: bounds the block index */

struct jit_region {
    uint8_t *base;
    size_t size, used, tramp_size;
    jit_enter_fn *enter;
    const uint8_t *epilogue;
    struct jit_meta **blocks; /* in address order; fixed capacity */
    size_t n_blocks, max_blocks;
};

static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t jit_once = PTHREAD_ONCE_INIT;
static struct jit_region *jit_cur;
static size_t jit_region_size = JIT_CACHE_DEFAULT;

/* Scratch of jit_compile; used under jit_lock only. */
static int32_t jit_label_pos[IR_MAX_INSNS];
static int16_t jit_last_read[IR_TEMP_SLOTS];
static struct jit_fixup jit_fixups[IR_MAX_INSNS];
static struct jit_fault jit_faults[IR_MAX_INSNS];
static struct jit_cold jit_colds[JIT_MAX_COLD];

/*
 * enter(cpu, code, jmp_cache):
 *   push rbx, rbp, r12-r15; sub rsp, 8 (16-byte aligned for helper calls)
 *   rbp = cpu; r15 = cpu->guest_base; r14 = jmp_cache; jmp code
 * epilogue: add rsp, 8; pop r15-r12, rbp, rbx; ret (rax = result)
 */
static void emit_trampoline(struct jit_region *r)
{
    static const enum x64_reg saved[] = {X64_RBX, X64_RBP, X64_R12,
                                         X64_R13, X64_R14, X64_R15};
    struct x64_buf b = {r->base, r->base, r->base + r->size, false, false};
    for (size_t k = 0; k < 6; k++) {
        x64_push(&b, saved[k]);
    }
    x64_alu_ri(&b, X64_SUB, 8, X64_RSP, 8);
    x64_mov_rr(&b, 8, X64_CPU, X64_RDI);
    x64_load(&b, 8, X64_GBASE,
             x64_mb(X64_CPU, offsetof(struct cpu, guest_base)));
    x64_mov_rr(&b, 8, X64_JCACHE, X64_RDX);
    x64_jmp_r(&b, X64_RSI);
    r->epilogue = b.p;
    x64_alu_ri(&b, X64_ADD, 8, X64_RSP, 8);
    for (size_t k = 6; k-- > 0;) {
        x64_pop(&b, saved[k]);
    }
    x64_ret(&b);
    r->enter = (jit_enter_fn *)(void *)r->base;
    r->tramp_size = x64_pos(&b);
}

static struct jit_region *region_new(void)
{
    struct jit_region *r = calloc(1, sizeof(*r));
    if (r == NULL) {
        fatal("out of memory for the JIT code cache");
    }
    r->size = jit_region_size;
    r->base = mmap(NULL, r->size, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    r->max_blocks = r->size / JIT_MIN_BLOCK;
    r->blocks = mmap(NULL, r->max_blocks * sizeof(*r->blocks),
                     PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (r->base == MAP_FAILED || r->blocks == MAP_FAILED) {
        fatal("cannot map the JIT code cache (%zu KiB)", r->size >> 10);
    }
    emit_trampoline(r);
    r->used = r->tramp_size;
    return r;
}

static void jit_cache_init_once(void)
{
    const char *kb = getenv("XRUN_JIT_CACHE_KB");
    if (kb != NULL && atol(kb) >= 64) {
        jit_region_size = (size_t)atol(kb) << 10;
    }
    x64_detect_features();
    jit_cur = region_new();
}

bool jit_cache_init(void)
{
    pthread_once(&jit_once, jit_cache_init_once);
    return jit_cur != NULL;
}

jit_enter_fn *jit_cache_enter(void)
{
    return __atomic_load_n(&jit_cur, __ATOMIC_ACQUIRE)->enter;
}

static size_t align_up(size_t v, size_t a)
{
    return (v + a - 1) & ~(a - 1);
}

/* Compile tb at the end of region r; false if it does not fit. */
static bool region_add(struct jit_region *r, struct tb *tb)
{
    size_t entry = align_up(r->used + 8, 16);
    if (entry >= r->size || r->n_blocks == r->max_blocks) {
        return false;
    }
    struct jit_ctx j = {
        .b = {r->base + entry, r->base + entry, r->base + r->size, false,
              false},
        .epilogue = r->epilogue, .label_pos = jit_label_pos,
        .last_read = jit_last_read, .fixups = jit_fixups,
        .faults = jit_faults, .cold = jit_colds,
    };
    if (!jit_compile(&j, tb)) {
        return false;
    }
    size_t code_size = x64_pos(&j.b);
    size_t moff = align_up(entry + code_size, 8);
    size_t mend = moff + sizeof(struct jit_meta) +
                  (size_t)j.n_faults * sizeof(struct jit_fault);
    if (mend > r->size) {
        return false;
    }
    struct jit_meta *m = (struct jit_meta *)(void *)(r->base + moff);
    m->tb = tb;
    m->code = r->base + entry;
    m->size = (uint32_t)code_size;
    memcpy(m->exit_patch, j.exit_patch, sizeof(m->exit_patch));
    m->n_faults = (uint32_t)j.n_faults;
    memcpy(m->faults, j.faults, (size_t)j.n_faults * sizeof(j.faults[0]));
    memcpy(r->base + entry - 8, &m, sizeof(m));
    r->used = mend;
    r->blocks[r->n_blocks] = m;
    __atomic_store_n(&r->n_blocks, r->n_blocks + 1, __ATOMIC_RELEASE);
    tb->host_code = m->code;
    return true;
}

bool jit_cache_add(struct tb *tb)
{
    jit_cache_init();
    pthread_mutex_lock(&jit_lock);
    bool ok = region_add(jit_cur, tb);
    pthread_mutex_unlock(&jit_lock);
    if (!ok) {
        tb->host_code = NULL;
    }
    return ok;
}

void jit_cache_flush(void)
{
    jit_cache_init();
    pthread_mutex_lock(&jit_lock);
    struct jit_region *r = jit_cur;
    r->used = r->tramp_size;
    __atomic_store_n(&r->n_blocks, 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&jit_lock);
}

static const struct jit_meta *region_find(struct jit_region *r,
                                          uintptr_t pc)
{
    if (pc < (uintptr_t)r->base || pc >= (uintptr_t)r->base + r->size) {
        return NULL;
    }
    size_t lo = 0, hi = __atomic_load_n(&r->n_blocks, __ATOMIC_ACQUIRE);
    while (lo < hi) { /* the last block starting at or before pc */
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)r->blocks[mid]->code <= pc) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return NULL;
    }
    const struct jit_meta *m = r->blocks[lo - 1];
    return pc < (uintptr_t)m->code + m->size ? m : NULL;
}

/* Lock-free: called from the SIGSEGV handler of a thread running code. */
const struct jit_meta *jit_cache_find(uintptr_t host_pc)
{
    struct jit_region *r = __atomic_load_n(&jit_cur, __ATOMIC_ACQUIRE);
    return r != NULL ? region_find(r, host_pc) : NULL;
}

bool jit_cache_patch(uint8_t *field, const uint8_t *target)
{
    int64_t rel = target - (field + 4);
    if (!x64_fits_i32(rel) || ((uintptr_t)field & 3) != 0) {
        return false;
    }
    __atomic_store_n((int32_t *)(void *)field, (int32_t)rel,
                     __ATOMIC_RELEASE);
    return true;
}

void jit_cache_fork_lock(bool hold)
{
    if (hold) {
        pthread_mutex_lock(&jit_lock);
    } else {
        pthread_mutex_unlock(&jit_lock);
    }
}
