/* SPDX-License-Identifier: MIT */
/*
 * Host signals the emulator itself receives.  SIGSEGV and SIGBUS are how
 * guest memory faults arrive (a guest load or store is a host access at
 * g2h(addr)): cpu_recover_host_fault() turns those into guest exceptions
 * and does not return.  Any other fault, and SIGILL/SIGFPE/SIGABRT raised
 * by the emulator's own code, is an emulator bug: crash.c reports it.  A
 * signal sent with kill() by someone else (or by the guest through a
 * syscall) is not a crash and takes its default action, as for a native
 * process.  The handlers run on an alternate stack so that a guest or
 * emulator stack overflow can still be reported.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "linux-user/lu.h"
#include "linux-user/signal.h"
#include "translator/cpu.h"
#include "translator/fp-fast.h"
#include "translator/log.h"

/* Room for the handler, libunwind and the report. */
#define LU_ALTSTACK_SIZE (256u << 10)

static const int lu_crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE,
                                       SIGABRT};

_Noreturn void lu_exit_by_signal(int sig)
{
    /* Raw calls: the C library refuses its own real-time signals. */
    struct {
        void *handler;
        unsigned long flags;
        void *restorer;
        uint64_t mask;
    } dfl = {SIG_DFL, 0, NULL, 0};
    uint64_t bit = 1ull << (sig - 1);

    syscall(SYS_rt_sigaction, sig, &dfl, NULL, (size_t)8);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &bit, NULL, (size_t)8);
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
    /* Only reached for signals whose default is to be ignored. */
    _exit(128 + sig);
}

/* Sent by kill()/tgkill() rather than by a fault in our code? */
static bool lu_signal_is_sent(const siginfo_t *si)
{
    if (si->si_code > 0) {
        return false;
    }
    /* Our own abort() sends SIGABRT to ourselves outside a syscall. */
    return si->si_pid != getpid() || si->si_signo != SIGABRT ||
           lu_in_syscall || lu_kill_in_flight > 0;
}

static void lu_host_signal(int sig, siginfo_t *si, void *uc)
{
    int saved_errno = errno;
    if (lu_signal_is_sent(si)) {
        struct lu_thread *t = lu_thread_self();
        if (t == NULL) {
            lu_exit_by_signal(sig);
        }
        lu_signal_record_host(t, sig, si);
        errno = saved_errno;
        return;
    }
    if ((sig == SIGSEGV || sig == SIGBUS) && si->si_code > 0) {
        /* The JIT maps the host pc back to the guest op.  Leaving by
         * siglongjmp skips sigreturn: restore MXCSR (pending guest FP
         * flags) as the kernel reset it for this handler. */
        fp_flags_restore_from_signal(uc);
        cpu_recover_host_fault(si->si_addr, sig, si->si_code,
                               (uintptr_t)lu_host_pc(uc));
    }
    lu_crash_report(sig, si, uc);
    errno = saved_errno;
}

static __thread void *lu_altstack_mem;

void lu_host_signals_thread_fini(void)
{
    stack_t ss;
    memset(&ss, 0, sizeof(ss));
    ss.ss_flags = SS_DISABLE;
    if (lu_altstack_mem != NULL && sigaltstack(&ss, NULL) == 0) {
        munmap(lu_altstack_mem, LU_ALTSTACK_SIZE);
        lu_altstack_mem = NULL;
    }
}

int lu_host_signals_thread_init(void)
{
    stack_t ss;
    memset(&ss, 0, sizeof(ss));
    ss.ss_sp = mmap(NULL, LU_ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (ss.ss_sp == MAP_FAILED) {
        return -errno;
    }
    ss.ss_size = LU_ALTSTACK_SIZE;
    if (sigaltstack(&ss, NULL) != 0) {
        int err = -errno;
        munmap(ss.ss_sp, LU_ALTSTACK_SIZE);
        return err;
    }
    lu_altstack_mem = ss.ss_sp;
    return 0;
}

void lu_host_signals_init(void)
{
    int err = lu_host_signals_thread_init();
    if (err < 0) {
        fatal("cannot set up the signal stack: %s", strerror(-err));
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = lu_host_signal;
    /* NODEFER: a guest fault unwinds out of the handler with siglongjmp
     * and the next guest fault must be delivered again. */
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (size_t k = 0; k < sizeof(lu_crash_signals) / sizeof(int); k++) {
        if (sigaction(lu_crash_signals[k], &sa, NULL) != 0) {
            fatal("cannot install the handler for signal %d",
                  lu_crash_signals[k]);
        }
    }
    lu_signal_init();
}
