/* SPDX-License-Identifier: MIT */
/*
 * Guest signals: process-wide dispositions, per-thread masks, pending
 * sets and alternate stacks, delivery to guest handlers at block
 * boundaries (signal.c, with the target's frame from struct
 * guest_sigframe), and the host side (signal-host.c): which host handler
 * or disposition stands for each guest one, and the host mask.
 *
 * Numbers: guest signal n is host signal n (both asm-generic), except
 * that the host C library keeps a few real-time signals for itself (32
 * and 33 for glibc, 32..34 for musl) and xrun keeps host 64 as its "kick"
 * to interrupt another thread's blocking syscall.  Those guest signals
 * (LU_SIG_INPROC) are delivered only inside the process: kill/tkill/
 * tgkill to our own threads record them directly.
 *
 * Errors are negative host errnos; the syscall layer maps them.
 */
#ifndef XRUN_LINUX_USER_SIGNAL_H
#define XRUN_LINUX_USER_SIGNAL_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "linux-user/thread.h"
#include "syscall/guest-types.h"
#include "target/abi.h"
#include "translator/cpu.h"

#define LU_SIGBIT(s) (1ull << ((s) - 1))
#define LU_SIG_KICK 64            /* host signal: "look at your pending set" */

#define GUEST_SA_NOCLDSTOP 0x00000001u
#define GUEST_SA_NOCLDWAIT 0x00000002u
#define GUEST_SA_SIGINFO 0x00000004u
#define GUEST_SA_RESTORER 0x04000000u
#define GUEST_SA_ONSTACK 0x08000000u
#define GUEST_SA_RESTART 0x10000000u
#define GUEST_SA_NODEFER 0x40000000u
#define GUEST_SA_RESETHAND 0x80000000u
#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1u << 31)

/* --- signal.c: state and delivery --- */

/* Once, at start-up: host handlers xrun always needs (the kick). */
void lu_signal_init(void);

/*
 * Map the page holding the target's sigreturn trampoline (the vDSO's
 * __vdso_rt_sigreturn on Linux), executable, once at start-up.
 */
void lu_signal_map_trampoline(const struct guest_abi *abi);

/* A new thread's state: mask inherited, nothing pending, no altstack. */
void lu_signal_thread_init(struct lu_thread *t, uint64_t blocked);

/* Disposition of sig (1..64), and setting it (host side follows). */
void lu_sigaction_get(int sig, struct sys_sigaction *out);
void lu_sigaction_set(int sig, const struct sys_sigaction *act);

/* This thread's mask; setting it also sets the host mask. */
uint64_t lu_sigmask_get(void);
void lu_sigmask_set(uint64_t mask);

/* Host mask standing for guest mask m on this thread (ppoll, pselect). */
uint64_t lu_sigmask_to_host(uint64_t m);

/* Pending for this thread and blocked (rt_sigpending). */
uint64_t lu_sigpending(void);

/*
 * rt_sigsuspend: wait with mask until a signal is delivered.  Always
 * -EINTR; the handler runs with the old mask saved in its frame.
 */
int lu_sigsuspend(uint64_t mask);

/*
 * ppoll, pselect6, epoll_pwait(2) with a sigmask: the call runs under a
 * temporary guest mask, as Linux's set_user_sigmask().  begin saves the
 * thread's mask (as rt_sigsuspend does), installs mask, and puts the host
 * mask for the host call in *host; false: a signal is already deliverable
 * under mask (fail with EINTR without blocking).  end(interrupted): after
 * the call; unless it failed with EINTR the old mask is back at once, else
 * the handler runs under the temporary mask and its frame saves the old
 * one (restore_saved_sigmask_unless).
 */
bool lu_sigmask_temp_begin(uint64_t mask, uint64_t *host);
void lu_sigmask_temp_end(bool interrupted);

/*
 * rt_sigtimedwait: take a pending signal of set (recorded or from the
 * host), waiting up to ts (NULL: forever).  Returns the signal with its
 * siginfo in info, -EAGAIN on timeout, -EINTR for another signal.
 */
int lu_sigtimedwait(uint64_t set, const struct timespec *ts,
                    uint8_t info[LU_SIGINFO_SIZE]);

/* sigaltstack of this thread; set returns 0, -EPERM, -EINVAL, -ENOMEM. */
void lu_sigaltstack_get(uint64_t *sp, uint32_t *flags, uint64_t *size);
int lu_sigaltstack_set(uint64_t sp, uint32_t flags, uint64_t size);

/*
 * Send sig to thread tid of our process (tkill/tgkill) or to process pid
 * (kill) from the guest.  Signals the host library reserves go through
 * the in-process path; the rest are real host signals.  0 or -errno.
 */
int lu_signal_send_thread(pid_t tgid, pid_t tid, int sig);
int lu_signal_send_process(pid_t pid, int sig);

/*
 * rt_sigqueueinfo (tid 0) and rt_tgsigqueueinfo: send sig with the
 * guest's siginfo bytes (si_signo becomes sig) to process tgid or its
 * thread tid, in-process or as a host signal as above.  0 or -errno.
 */
int lu_signal_queue(pid_t tgid, pid_t tid, int sig,
                    const uint8_t info[LU_SIGINFO_SIZE]);

/*
 * Record sig with info for thread tid of our process, or (tid 0) for the
 * process: on a thread where it is pending already, else one that does
 * not block it, else any.  No host signal is involved, so this also
 * serves the numbers the host cannot carry (POSIX timers firing them).
 * When sig is pending there already nothing is recorded; merge, if not
 * NULL, may then update that instance's siginfo (a timer's overrun)
 * under the thread's lock.  info NULL only looks (merge sees the pending
 * instance).  Returns 0 (recorded, or not pending when looking), 1 (was
 * pending) or -ESRCH.
 */
typedef void lu_sigmerge_fn(uint8_t pending[LU_SIGINFO_SIZE], void *arg);
int lu_signal_queue_inproc(pid_t tid, int sig,
                           const uint8_t info[LU_SIGINFO_SIZE],
                           lu_sigmerge_fn *merge, void *arg);

/*
 * A synchronous guest fault: deliver sig now to its handler, or (none,
 * blocked or ignored) take the default action, as Linux's force_sig.
 */
void lu_signal_force(struct cpu *cpu, int sig, int code, uint64_t addr);

/* Deliver every pending unblocked signal (the cpu loop, between blocks). */
void lu_signal_deliver(struct cpu *cpu);

/*
 * A syscall came back -EINTR: should it run again after the handler
 * (pc backed up, arguments kept)?  restartable: the syscall is one that
 * Linux restarts with SA_RESTART (-ERESTARTSYS).
 */
bool lu_signal_restart_syscall(bool restartable);

/* rt_sigreturn: restore the frame at sp.  Returns the guest's a0 value. */
int64_t lu_signal_return(struct cpu *cpu);

/* Is a signal deliverable to this thread right now? (cheap) */
bool lu_signal_pending(void);

/* Record sig with host siginfo si for thread t (host handler only). */
void lu_signal_record_host(struct lu_thread *t, int sig, const siginfo_t *si);

/*
 * Record sig for t from guest code (another thread, or t's own syscall):
 * siginfo with code, our pid and uid; t is woken with the kick.
 */
void lu_signal_record_inproc(struct lu_thread *t, int sig, int code);

/* Take pending sig of t (its siginfo into info); false if not pending. */
bool lu_signal_take(struct lu_thread *t, int sig,
                    uint8_t info[LU_SIGINFO_SIZE]);

/* Guest kill syscalls in progress (host-signal.c: not our own abort). */
extern volatile int lu_kill_in_flight;

/* --- signal-host.c: host dispositions and masks --- */

/* Signals the guest cannot use through the host (LU_SIG_INPROC). */
uint64_t lu_sig_inproc(void);

/* Make the host disposition of sig stand for the guest's act. */
void lu_sig_host_apply(int sig, const struct sys_sigaction *act);

/* Set this thread's host mask to the host mask for guest mask m. */
void lu_sig_host_setmask(uint64_t guest_mask);

/* Host signals kept deliverable whatever the guest blocks. */
uint64_t lu_sig_host_never_blocked(void);

/* Hold or release the guest sigaction table's lock around a fork(). */
void lu_sigaction_fork_lock(bool hold);

#endif
