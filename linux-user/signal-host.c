/* SPDX-License-Identifier: MIT */
/*
 * The host side of guest signals.  A guest handler is stood for by
 * lu_sig_host_handler (no SA_RESTART: blocking host syscalls come back
 * with EINTR, the cpu loop decides about restarting), SIG_IGN and SIG_DFL
 * by themselves, so the host kernel applies default actions directly.
 * The host mask of a thread is its guest mask, minus the signals xrun
 * needs (faults, the C library's own, the kick), plus the signals recorded
 * but not yet delivered: further instances stay queued in the host.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "linux-user/lu.h"
#include "linux-user/signal.h"
#include "syscall/safe-syscall.h"
#include "syscall/sigstate.h"
#include "translator/log.h"

/* Fault signals: the emulator's own (host-signal.c keeps them). */
#define LU_HOST_FAULTS (LU_SIGBIT(SIGSEGV) | LU_SIGBIT(SIGBUS) |            \
                        LU_SIGBIT(SIGILL) | LU_SIGBIT(SIGFPE) |             \
                        LU_SIGBIT(SIGABRT))

static uint64_t lu_libc_reserved;   /* RT signals the host libc keeps */

/* The kernel's struct sigaction on x86_64/aarch64/riscv64 hosts. */
struct lu_ksigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint64_t mask;
};

uint64_t lu_sig_inproc(void)
{
    return lu_libc_reserved | LU_SIGBIT(LU_SIG_KICK);
}

uint64_t lu_sig_host_never_blocked(void)
{
    return LU_HOST_FAULTS | lu_sig_inproc() | LU_SIGBIT(SIGKILL) |
           LU_SIGBIT(SIGSTOP);
}

uint64_t lu_sigmask_to_host(uint64_t m)
{
    struct lu_thread *t = lu_thread_self();
    uint64_t recorded = t != NULL ? __atomic_load_n(&t->sig.pending,
                                                    __ATOMIC_ACQUIRE) : 0;
    return (m | recorded) & ~lu_sig_host_never_blocked();
}

void lu_sig_host_setmask(uint64_t guest_mask)
{
    uint64_t h = lu_sigmask_to_host(guest_mask);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &h, NULL, (size_t)8);
}

/* A guest signal is due: a blocking host call must not start now. */
static void lu_sig_host_interrupt(ucontext_t *uc)
{
    sys_signal_flag = 1;
    safe_syscall_rewind(uc);
}

/*
 * Async-signal-safe: record, ask the cpu loop to look, and keep further
 * instances of sig blocked in the host until this one is delivered.
 */
static void lu_sig_host_handler(int sig, siginfo_t *si, void *ucv)
{
    int saved_errno = errno;
    ucontext_t *uc = ucv;
    struct lu_thread *t = lu_thread_self();

    if (sig == LU_SIG_KICK) {
        if (t != NULL && t->cpu != NULL) {
            t->cpu->exit_request = 1;
        }
        lu_sig_host_interrupt(uc);
    } else if (t != NULL) {
        lu_signal_record_host(t, sig, si);
        sigaddset(&uc->uc_sigmask, sig);
        lu_sig_host_interrupt(uc);
    } else {
        /* Not a guest thread yet (or any more): queue it back for this
         * thread, blocked until it has its guest state. */
        sigaddset(&uc->uc_sigmask, sig);
        syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), sig,
                si);
    }
    errno = saved_errno;
}

static void lu_sig_host_install(int sig, void (*fn)(int, siginfo_t *, void *))
{
    struct sigaction h;
    memset(&h, 0, sizeof(h));
    h.sa_sigaction = fn;
    h.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigfillset(&h.sa_mask);
    sigdelset(&h.sa_mask, SIGSEGV);
    sigdelset(&h.sa_mask, SIGBUS);
    sigaction(sig, &h, NULL);
}

void lu_sig_host_apply(int sig, const struct sys_sigaction *act)
{
    uint64_t bit = LU_SIGBIT(sig);
    if (bit & (lu_sig_inproc() | LU_HOST_FAULTS | LU_SIGBIT(SIGKILL) |
               LU_SIGBIT(SIGSTOP))) {
        /* Ours (faults, the kick) or the C library's: only recorded.
         * host-signal.c hands sent fault signals to the guest. */
        return;
    }
    if (act->handler != GUEST_SIG_DFL && act->handler != GUEST_SIG_IGN) {
        lu_sig_host_install(sig, lu_sig_host_handler);
        return;
    }
    struct sigaction h;
    memset(&h, 0, sizeof(h));
    h.sa_handler = act->handler == GUEST_SIG_IGN ? SIG_IGN : SIG_DFL;
    /* SIGCHLD's flags change what the kernel does for the process. */
    h.sa_flags = (int)(act->flags & (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT));
    sigemptyset(&h.sa_mask);
    sigaction(sig, &h, NULL);
}

void lu_signal_init(void)
{
    struct sigaction old;
    for (int sig = 32; sig < 40; sig++) {
        /* glibc refuses 32 and 33, musl 32..34, even for a query. */
        if (sigaction(sig, NULL, &old) != 0) {
            lu_libc_reserved |= LU_SIGBIT(sig);
        }
    }
    lu_sig_host_install(LU_SIG_KICK, lu_sig_host_handler);
}

void lu_stop_by_signal(int sig)
{
    struct lu_ksigaction dfl = {SIG_DFL, 0, NULL, 0}, old;
    uint64_t unblock = LU_SIGBIT(sig), oldmask;

    syscall(SYS_rt_sigaction, sig, &dfl, &old, (size_t)8);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, &oldmask, (size_t)8);
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
    /* Stopped; SIGCONT resumes us here. */
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &oldmask, NULL, (size_t)8);
    syscall(SYS_rt_sigaction, sig, &old, NULL, (size_t)8);
}
