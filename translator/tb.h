/* SPDX-License-Identifier: MIT */
/*
 * Translation blocks: the finished IR of a guest block, cached by guest pc,
 * with the links of its chainable exits.
 */
#ifndef XRUN_TRANSLATOR_TB_H
#define XRUN_TRANSLATOR_TB_H

#include <stdint.h>

#include "translator/cpu.h"
#include "translator/ir.h"

#define TB_EXITS 2

struct tb {
    uint64_t pc;               /* guest pc of the first insn */
    uint32_t guest_size;       /* bytes of guest code covered */
    uint32_t n_guest_insns;
    struct tb *next[TB_EXITS]; /* chained successors, NULL until linked */
    struct tb *hash_next;      /* bucket chain in the cache */
    struct tb *all_next;       /* list of every live block, for flushes */
    void *host_code;           /* backend's compiled form, if any */
    int n;                     /* IR insns */
    struct ir_insn insn[];     /* the optimized IR */
};

/* Find the block for pc, translating it on a miss.  Never NULL. */
struct tb *tb_find(struct cpu *cpu, uint64_t pc);

/* Link exit n of from to to (both translated). */
void tb_link(struct tb *from, int n, struct tb *to);

/*
 * Drop every translation (fence.i, munmap of code, a full code cache).
 * Alone, at once.  Once guest threads exist, others may be inside blocks
 * and the caller may hold locks (the address space's), so it only asks:
 * the caller's cpu loop calls tb_flush_if_requested before it runs guest
 * code again, which frees everything with every other thread parked.
 */
void tb_flush_all(void);

/* The cpu loop, holding no lock and outside any block. */
void tb_flush_if_requested(void);

/*
 * Hold (true) or release (false) the block cache's and the backend's locks
 * around a host fork(); the caller takes the address-space lock first.
 */
void tb_fork_lock(bool hold);

/* Other threads may run blocks: flushes wait for them to park. */
extern bool tb_shared_by_threads;

/* Guest pc of the op i of block tb. */
static inline uint64_t tb_insn_pc(const struct tb *tb, const struct ir_insn *i)
{
    return tb->pc + i->pc_off;
}

/* Direct-mapped cache of recent pc -> tb lookups (per thread). */
#define TB_JMP_CACHE_BITS 12
static inline unsigned tb_jmp_hash(uint64_t pc)
{
    return (unsigned)((pc >> 1) ^ (pc >> (TB_JMP_CACHE_BITS + 1))) &
           ((1u << TB_JMP_CACHE_BITS) - 1);
}
extern __thread struct tb *tb_jmp_cache[1u << TB_JMP_CACHE_BITS];

/* Statistics for -d exec and bench. */
struct tb_stats {
    uint64_t translated, flushes, ir_insns;
};
extern struct tb_stats tb_stats;

#endif
