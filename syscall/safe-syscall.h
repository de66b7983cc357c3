/* SPDX-License-Identifier: MIT */
/*
 * Host syscalls that block, made safe against guest signals.
 *
 * A guest signal is delivered between blocks, so a blocking host call must
 * not start once one is due, or it waits for ever (a read on an idle pipe,
 * an untimed futex wait).  Checking first and calling after leaves a
 * window: the signal can land between the check and the syscall
 * instruction.  safe_syscall closes it as qemu's safe_syscall does: the
 * check and the syscall instruction sit in one hand-written stub, and the
 * host signal handler that records a guest signal sets this thread's flag
 * and, if it interrupted the stub between the check and the syscall
 * instruction, moves the host pc to the stub's "never started" exit.
 * The call then fails with ERESTARTSYS: the cpu loop runs the handler and
 * executes the guest syscall again, as if the signal had come just
 * before it.  Once the host syscall has started, the signal interrupts it
 * (our handlers have no SA_RESTART) and it fails with EINTR as usual.
 *
 * Without a stub for the host architecture (only x86_64 has one) the
 * call is the plain syscall after the check, with the window.
 */
#ifndef XRUN_SYSCALL_SAFE_SYSCALL_H
#define XRUN_SYSCALL_SAFE_SYSCALL_H

#include <signal.h>
#include <stdbool.h>

/* Linux's internal "restart me" errno; never reaches the guest. */
#define ERESTARTSYS 512

/* Set by the host signal handler when a guest signal becomes due. */
extern __thread volatile sig_atomic_t sys_signal_flag;

/*
 * Like libc's syscall(): the result, or -1 with errno (ERESTARTSYS when
 * a guest signal was due before the host call started).  Arguments are
 * widened to long here, so an int -1 reaches the kernel as -1.
 */
long safe_syscall6(long nr, long a1, long a2, long a3, long a4, long a5,
                   long a6);
#define SAFE_SYSCALL_ARGS6(a, b, c, d, e, f, ...)                            \
    (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f)
#define safe_syscall(nr, ...)                                               \
    safe_syscall6((nr), SAFE_SYSCALL_ARGS6(__VA_ARGS__, 0, 0, 0, 0, 0, 0))

/*
 * From a host signal handler that has set sys_signal_flag: if the
 * interrupted context (a ucontext_t) is inside the stub before its
 * syscall instruction, send it to the ERESTARTSYS exit.
 */
void safe_syscall_rewind(void *host_ucontext);

#endif
