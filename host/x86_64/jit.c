/* SPDX-License-Identifier: MIT */
/*
 * The x86-64 backend as the core sees it (translator/backend.h): prepare
 * compiles into the code cache, exec enters generated code and decodes
 * why it came back, link patches a chained exit, flush drops the cache,
 * and fault_pc maps a host pc inside generated code to the IR op whose
 * guest access faulted.
 */
#include "host/x86_64/jit.h"

#include "host/x86_64/jit-internal.h"

static bool jit_prepare(struct tb *tb)
{
    return jit_cache_add(tb);
}

static void jit_release(struct tb *tb)
{
    if (tb->host_code != NULL) {
        jit_meta_of(tb->host_code)->tb = NULL; /* no faults map to it */
        tb->host_code = NULL;
    }
}

/*
 * rax from generated code: below 64 an exception (EXCP_NONE: cpu->pc is
 * set, nothing to link), else the block | exit number of a static exit
 * that is not linked yet.
 */
static enum cpu_excp jit_exec(struct cpu *cpu, struct tb *tb,
                              struct tb **chain_from, int *chain_exit)
{
    *chain_from = NULL;
    if (tb->host_code == NULL) {
        /* The cache was full when tb was prepared. */
        cpu->pc = tb->pc;
        return EXCP_FLUSH;
    }
    cpu->cur_insn = NULL; /* only a helper call or a table entry sets it */
    uintptr_t r = jit_cache_enter()(cpu, tb->host_code, tb_jmp_cache);
    if (r >= 64) {
        *chain_from = (struct tb *)(r & ~(uintptr_t)7);
        *chain_exit = (int)(r & 7);
        return EXCP_NONE;
    }
    return (enum cpu_excp)r;
}

static void jit_link(struct tb *from, int n, struct tb *to)
{
    if (from->host_code == NULL || to->host_code == NULL) {
        return;
    }
    const struct jit_meta *m = jit_meta_of(from->host_code);
    if (m->exit_patch[n] != 0) {
        jit_cache_patch(m->code + m->exit_patch[n], to->host_code);
    }
}

static void jit_flush(void)
{
    jit_cache_flush();
}

static bool jit_fault_pc(const struct cpu *cpu, uintptr_t host_pc,
                         const struct tb **tb, const struct ir_insn **insn)
{
    (void)cpu;
    const struct jit_meta *m = jit_cache_find(host_pc);
    if (m == NULL || m->tb == NULL) {
        return false;
    }
    uint32_t off = (uint32_t)(host_pc - (uintptr_t)m->code);
    for (uint32_t f = 0; f < m->n_faults; f++) {
        if (off >= m->faults[f].start && off < m->faults[f].end) {
            *tb = m->tb;
            *insn = &m->tb->insn[m->faults[f].insn];
            return true;
        }
    }
    return false;
}

const struct backend jit_backend = {
    .name = "jit",
    .prepare = jit_prepare,
    .release = jit_release,
    .exec = jit_exec,
    .link = jit_link,
    .flush = jit_flush,
    .fork_lock = jit_cache_fork_lock,
    .fault_pc = jit_fault_pc,
};
