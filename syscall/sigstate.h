/* SPDX-License-Identifier: MIT */
/*
 * The contract between the syscall layer and linux-user's signal and
 * thread code (linux-user/signal.h, linux-user/thread.h): guest signal
 * constants, per-thread syscall bookkeeping (sys-thread.c) that thread
 * start and exit need, and which syscalls Linux restarts after a handler.
 */
#ifndef XRUN_SYSCALL_SIGSTATE_H
#define XRUN_SYSCALL_SIGSTATE_H

#include <stdbool.h>
#include <stdint.h>

#include "syscall/guest-types.h"

#define GUEST_NSIG 64
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

/* asm-generic __NR_rt_sigreturn: its "result" is the restored a0/x0. */
#define GUEST_NR_RT_SIGRETURN 139

/*
 * Would Linux restart syscall nr (args a) after a handler with SA_RESTART
 * (it returns -ERESTARTSYS when interrupted)?  False for the calls that
 * return -EINTR whatever the flags say (sleeps, waits with timeouts,
 * sigsuspend, sigtimedwait, poll/select, ...).
 */
bool sys_syscall_restartable(uint64_t nr, const uint64_t a[6]);

/* A new thread's CLONE_CHILD_CLEARTID address (0: none), no robust list. */
void sys_thread_init(uint64_t clear_child_tid);

/*
 * The calling thread ends: walk its robust futex list, then write 0 to its
 * clear_child_tid and futex-wake it (what pthread_join waits for).
 */
void sys_thread_exit_cleanup(void);

/* End the process with status (exit_group), logs flushed. */
_Noreturn void sys_exit_process(int status);

#endif
