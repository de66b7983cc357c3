/* SPDX-License-Identifier: MIT */
/*
 * Exclusive sections: one thread runs while every other emulator thread
 * is parked where it holds nothing, as qemu's start_exclusive does.
 *
 * Their first user is fork() of a multi-threaded guest: the child has
 * only the forking thread, so any lock another thread held at that
 * moment stays taken for ever.  The emulator's own locks are taken by
 * lu_fork_prepare; the host allocator's are the C library's business,
 * but not every allocator makes itself fork-safe (ASan's in GCC 12 does
 * not), and a child that then allocates hangs.  Parking every other
 * thread first means none is inside the allocator, or anywhere else.
 *
 * A registered thread is "running" (executing guest code or emulator
 * code that may take locks or allocate) except between excl_idle_begin
 * and excl_idle_end, which bracket a blocking host call, where it holds
 * no lock and touches no shared state.  excl_start waits until every
 * other thread is idle or parked; a running thread parks at its next
 * excl_checkpoint (the cpu loop calls it between blocks; its cpu's
 * exit_request is set so the current chain of blocks ends soon) or when
 * it goes idle and comes back.
 */
#ifndef XRUN_TRANSLATOR_EXCLUSIVE_H
#define XRUN_TRANSLATOR_EXCLUSIVE_H

#include <stdbool.h>

#include "translator/cpu.h"

/* Threads waiting for an exclusive section to start or end, plus one. */
extern volatile int excl_pending;

/* The calling thread starts (running) / ends (never runs again). */
void excl_thread_enter(struct cpu *cpu);
void excl_thread_leave(void);

/* The cpu whose exit_request kicks this thread (NULL before freeing it). */
void excl_set_cpu(struct cpu *cpu);

/* Around a blocking host call that holds no lock. */
void excl_idle_begin(void);
void excl_idle_end(void);

void excl_checkpoint_slow(void);

/* Between guest blocks: park here while an exclusive section runs. */
static inline void excl_checkpoint(void)
{
    if (__builtin_expect(__atomic_load_n(&excl_pending, __ATOMIC_ACQUIRE), 0)) {
        excl_checkpoint_slow();
    }
}

/* Start / end the calling (registered) thread's exclusive section. */
void excl_start(void);
void excl_end(void);

/* In a fork child (only the caller survives): forget the others. */
void excl_after_fork_child(void);

#endif
