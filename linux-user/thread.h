/* SPDX-License-Identifier: MIT */
/*
 * Guest threads (thread.c): each guest thread runs its cpu loop on its own
 * host thread; struct lu_thread is its registry entry and holds its guest
 * signal state.  The list of live threads serves thread-directed signals,
 * exit bookkeeping and the "last thread out ends the process" rule.
 */
#ifndef XRUN_LINUX_USER_THREAD_H
#define XRUN_LINUX_USER_THREAD_H

#include <pthread.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "target/abi.h"
#include "translator/cpu.h"

#define LU_NSIG 64
#define LU_SIGINFO_SIZE 128

/* Guest signal state of one thread (signal.c owns the fields). */
struct lu_sigstate {
    uint64_t blocked;              /* the guest's mask */
    uint64_t pending;              /* recorded, not delivered (atomic ops) */
    /* siginfo of each pending signal, bytes as the guest sees them */
    uint8_t info[LU_NSIG + 1][LU_SIGINFO_SIZE];
    uint64_t saved_mask;           /* mask to restore after a sigsuspend */
    bool have_saved_mask;
    uint64_t ss_sp, ss_size;       /* sigaltstack; ss_size 0: disabled */
    uint32_t ss_flags;             /* SS_AUTODISARM as the guest set it */
    /* Writers other than this thread's own host handler. */
    pthread_mutex_t lock;
};

struct lu_thread {
    struct cpu *cpu;
    const struct guest_abi *abi;
    pid_t tid;                     /* host tid = guest tid */
    bool is_main;
    struct lu_sigstate sig;
    sigjmp_buf exit_jmp;           /* lu_thread_exit() of a clone()d one */
    struct lu_thread *next;
};

/* This host thread's guest thread, or NULL (async-signal-safe). */
struct lu_thread *lu_thread_self(void);

/* Register the initial thread running cpu (first lu_cpu_loop call). */
void lu_thread_register_main(struct cpu *cpu, const struct guest_abi *abi);

/* What clone() asked for a new thread (asm-generic CLONE_* flags). */
struct lu_clone_req {
    uint64_t flags;
    uint64_t sp;                   /* 0: the parent's */
    uint64_t tls;
    uint64_t parent_tid, child_tid;
};

/*
 * clone(CLONE_VM | CLONE_THREAD ...): start a guest thread on a new host
 * thread, a copy of cpu returning 0 from the syscall.  The child writes
 * PARENT_SETTID/CHILD_SETTID before it runs, and before this returns.
 * Returns the new tid or a negative host errno.
 */
int64_t lu_thread_clone(struct cpu *cpu, const struct lu_clone_req *r);

/*
 * End the calling guest thread (syscall exit).  The last live thread
 * ends the process instead (with the leader's status if it exited).
 */
_Noreturn void lu_thread_exit(int status);

/*
 * Call fn(t, arg) for each live thread under the list lock; stops at the
 * first nonzero result and returns it.
 */
int lu_thread_foreach(int (*fn)(struct lu_thread *t, void *arg), void *arg);

/* In a fork()ed child: the calling thread is the only one left. */
void lu_thread_after_fork(void);

/*
 * Around a host fork(): lu_fork_prepare() holds the emulator's locks,
 * lu_fork_done() (in parent and child) releases them.
 */
void lu_fork_prepare(void);
void lu_fork_done(void);

#endif
