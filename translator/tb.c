/* SPDX-License-Identifier: MIT */
/*
 * The translation-block cache: a hash table by guest pc shared by all
 * threads (insertions under a lock, lookups lock-free), a per-thread
 * direct-mapped jump cache in front of it, chaining and full flushes.
 */
#include "translator/tb.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "translator/backend.h"
#include "translator/exclusive.h"
#include "translator/translate.h"

#define TB_HASH_BITS 16
#define TB_HASH_SIZE (1u << TB_HASH_BITS)

static struct tb *tb_hash[TB_HASH_SIZE];
static pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned tb_generation;
static struct tb *tb_all;
bool tb_shared_by_threads;
static __thread unsigned tb_thread_generation;

__thread struct tb *tb_jmp_cache[1u << TB_JMP_CACHE_BITS];
struct tb_stats tb_stats;
const struct backend *cpu_backend;

static unsigned tb_hash_of(uint64_t pc)
{
    uint64_t h = pc * 0x9e3779b97f4a7c15ull;
    return (unsigned)(h >> (64 - TB_HASH_BITS));
}

static struct tb *tb_lookup(uint64_t pc)
{
    struct tb *tb = __atomic_load_n(&tb_hash[tb_hash_of(pc)], __ATOMIC_ACQUIRE);
    for (; tb != NULL; tb = tb->hash_next) {
        if (tb->pc == pc) {
            return tb;
        }
    }
    return NULL;
}

struct tb *tb_find(struct cpu *cpu, uint64_t pc)
{
    unsigned gen = __atomic_load_n(&tb_generation, __ATOMIC_ACQUIRE);
    if (gen != tb_thread_generation) {
        memset(tb_jmp_cache, 0, sizeof(tb_jmp_cache));
        tb_thread_generation = gen;
    }
    unsigned j = tb_jmp_hash(pc);
    struct tb *tb = tb_jmp_cache[j];
    if (tb != NULL && tb->pc == pc) {
        return tb;
    }
    tb = tb_lookup(pc);
    if (tb == NULL) {
        /* Translate outside the lock so threads do not serialize. */
        struct tb *fresh = tr_translate(cpu, pc);
        cpu_backend->prepare(fresh);
        pthread_mutex_lock(&tb_lock);
        tb = tb_lookup(pc);
        if (tb == NULL) {
            unsigned h = tb_hash_of(pc);
            fresh->hash_next = tb_hash[h];
            fresh->all_next = tb_all;
            tb_all = fresh;
            __atomic_store_n(&tb_hash[h], fresh, __ATOMIC_RELEASE);
            tb_stats.translated++;
            tb_stats.ir_insns += (uint64_t)fresh->n;
            tb = fresh;
            fresh = NULL;
        }
        pthread_mutex_unlock(&tb_lock);
        if (fresh != NULL) {
            cpu_backend->release(fresh);
            free(fresh);
        }
    }
    tb_jmp_cache[j] = tb;
    return tb;
}

void tb_link(struct tb *from, int n, struct tb *to)
{
    __atomic_store_n(&from->next[n], to, __ATOMIC_RELEASE);
    if (cpu_backend->link != NULL) {
        cpu_backend->link(from, n, to);
    }
}

static volatile int tb_flush_requested;

/* No block runs and no thread is translating: free them all. */
static void tb_flush_now(void)
{
    pthread_mutex_lock(&tb_lock);
    for (unsigned h = 0; h < TB_HASH_SIZE; h++) {
        tb_hash[h] = NULL;
    }
    while (tb_all != NULL) {
        struct tb *next = tb_all->all_next;
        cpu_backend->release(tb_all);
        free(tb_all);
        tb_all = next;
    }
    if (cpu_backend->flush != NULL) {
        cpu_backend->flush();
    }
    __atomic_add_fetch(&tb_generation, 1, __ATOMIC_RELEASE);
    tb_stats.flushes++;
    pthread_mutex_unlock(&tb_lock);
    memset(tb_jmp_cache, 0, sizeof(tb_jmp_cache));
    tb_thread_generation = tb_generation;
}

void tb_flush_all(void)
{
    if (!tb_shared_by_threads) {
        tb_flush_now();
        return;
    }
    __atomic_store_n(&tb_flush_requested, 1, __ATOMIC_RELEASE);
}

void tb_flush_if_requested(void)
{
    if (!__atomic_load_n(&tb_flush_requested, __ATOMIC_ACQUIRE)) {
        return;
    }
    /* Parked threads are in their cpu loops or blocked in syscalls made
     * from there: none has a block, a translation or generated code on
     * its stack, and each clears its jump cache by the generation. */
    excl_start();
    if (tb_flush_requested) {
        tb_flush_now();
        tb_flush_requested = 0;
    }
    excl_end();
}

void tb_fork_lock(bool hold)
{
    if (hold) {
        pthread_mutex_lock(&tb_lock);
        if (cpu_backend != NULL && cpu_backend->fork_lock != NULL) {
            cpu_backend->fork_lock(true);
        }
    } else {
        if (cpu_backend != NULL && cpu_backend->fork_lock != NULL) {
            cpu_backend->fork_lock(false);
        }
        pthread_mutex_unlock(&tb_lock);
    }
}
