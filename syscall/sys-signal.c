/* SPDX-License-Identifier: MIT */
/*
 * Signal syscalls: guest memory in and out, the state itself lives in
 * linux-user/signal.c (dispositions, per-thread masks, pending sets,
 * alternate stacks, delivery).  Also which syscalls Linux restarts after
 * a handler with SA_RESTART.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#include "linux-user/signal.h"
#include "syscall/sigstate.h"
#include "syscall/sys-internal.h"

#define GUEST_SIG_BLOCK 0
#define GUEST_SIG_UNBLOCK 1
#define GUEST_SIG_SETMASK 2

int64_t sys_rt_sigaction(struct cpu *cpu, const uint64_t a[6])
{
    int sig = (int)a[0];
    bool restorer = sys_quirks()->sa_restorer;
    unsigned size = GUEST_SIGACTION_SIZE(restorer);
    const void *act = NULL;
    void *oact = NULL;

    if (a[3] != 8 || sig < 1 || sig > GUEST_NSIG) {
        return -GUEST_EINVAL;
    }
    if (a[1] != 0 && (act = sys_lock(a[1], size, SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[2] != 0 && (oact = sys_lock(a[2], size, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (act != NULL && (sig == SIGKILL || sig == SIGSTOP)) {
        return -GUEST_EINVAL;
    }
    struct sys_sigaction old, new_;
    lu_sigaction_get(sig, &old);
    if (act != NULL) {
        conv_sigaction_from_guest(&new_, act, restorer);
        new_.mask &= ~(LU_SIGBIT(SIGKILL) | LU_SIGBIT(SIGSTOP));
        lu_sigaction_set(sig, &new_);
    }
    if (oact != NULL) {
        conv_sigaction_to_guest(oact, &old, restorer);
    }
    return 0;
}

int64_t sys_rt_sigprocmask(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t *set = NULL;
    uint64_t *oset = NULL;

    if (a[3] != 8) {
        return -GUEST_EINVAL;
    }
    if (a[1] != 0 && (set = sys_lock(a[1], 8, SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[2] != 0 && (oset = sys_lock(a[2], 8, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    uint64_t old = lu_sigmask_get();
    if (set != NULL) {
        uint64_t m;
        switch ((int)a[0]) {
        case GUEST_SIG_BLOCK: m = old | *set; break;
        case GUEST_SIG_UNBLOCK: m = old & ~*set; break;
        case GUEST_SIG_SETMASK: m = *set; break;
        default: return -GUEST_EINVAL;
        }
        lu_sigmask_set(m);
    }
    if (oset != NULL) {
        *oset = old;
    }
    return 0;
}

int64_t sys_rt_sigpending(struct cpu *cpu, const uint64_t a[6])
{
    uint64_t *set = sys_lock(a[0], 8, SYS_W);
    if (a[1] != 8) {
        return -GUEST_EINVAL;
    }
    if (set == NULL) {
        return -GUEST_EFAULT;
    }
    *set = lu_sigpending();
    return 0;
}

int64_t sys_rt_sigsuspend(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t *set = sys_lock(a[0], 8, SYS_R);
    if (a[1] != 8) {
        return -GUEST_EINVAL;
    }
    if (set == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret_neg(lu_sigsuspend(*set));
}

int64_t sys_rt_sigtimedwait(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t *set = sys_lock(a[0], 8, SYS_R);
    void *info = NULL;
    const struct timespec *ts = NULL;
    uint8_t si[LU_SIGINFO_SIZE];

    if (a[3] != 8) {
        return -GUEST_EINVAL;
    }
    if (set == NULL ||
        (a[1] != 0 && (info = sys_lock(a[1], LU_SIGINFO_SIZE, SYS_W)) ==
                          NULL) ||
        (a[2] != 0 && (ts = sys_lock(a[2], sizeof(*ts), SYS_R)) == NULL)) {
        return -GUEST_EFAULT;
    }
    int r = lu_sigtimedwait(*set, ts, si);
    if (r > 0 && info != NULL) {
        memcpy(info, si, LU_SIGINFO_SIZE);
    }
    return sys_ret_neg(r);
}

int64_t sys_rt_sigreturn(struct cpu *cpu, const uint64_t a[6])
{
    return lu_signal_return(cpu);
}

/* stack_t on 64-bit: sp, int flags (+pad), size. */
struct guest_stack {
    uint64_t sp;
    int32_t flags;
    int32_t pad;
    uint64_t size;
};

int64_t sys_sigaltstack(struct cpu *cpu, const uint64_t a[6])
{
    const struct guest_stack *ss = NULL;
    struct guest_stack *old = NULL;
    uint64_t osp, osize;
    uint32_t oflags;

    if (a[0] != 0 && (ss = sys_lock(a[0], sizeof(*ss), SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[1] != 0 && (old = sys_lock(a[1], sizeof(*old), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    lu_sigaltstack_get(&osp, &oflags, &osize);
    if (ss != NULL) {
        int r = lu_sigaltstack_set(ss->sp, (uint32_t)ss->flags, ss->size);
        if (r < 0) {
            return sys_ret_neg(r);
        }
    }
    if (old != NULL) {
        old->sp = osp;
        old->flags = (int32_t)oflags;
        old->pad = 0;
        old->size = osize;
    }
    return 0;
}

int64_t sys_kill(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret_neg(lu_signal_send_process((pid_t)a[0], (int)a[1]));
}

int64_t sys_tkill(struct cpu *cpu, const uint64_t a[6])
{
    if ((pid_t)a[0] <= 0) {
        return -GUEST_EINVAL;
    }
    return sys_ret_neg(lu_signal_send_thread(-1, (pid_t)a[0], (int)a[1]));
}

int64_t sys_tgkill(struct cpu *cpu, const uint64_t a[6])
{
    if ((pid_t)a[0] <= 0 || (pid_t)a[1] <= 0) {
        return -GUEST_EINVAL;
    }
    return sys_ret_neg(lu_signal_send_thread((pid_t)a[0], (pid_t)a[1],
                                             (int)a[2]));
}

/* asm-generic numbers of the calls Linux never restarts after a handler. */
enum {
    NR_IO_GETEVENTS = 4, NR_EPOLL_PWAIT = 22, NR_PSELECT6 = 72,
    NR_PPOLL = 73, NR_FUTEX = 98, NR_NANOSLEEP = 101,
    NR_CLOCK_NANOSLEEP = 115, NR_RT_SIGSUSPEND = 133,
    NR_RT_SIGTIMEDWAIT = 137, NR_MSGRCV = 188, NR_MSGSND = 189,
    NR_SEMTIMEDOP = 192, NR_SEMOP = 193, NR_IO_PGETEVENTS = 292,
    NR_EPOLL_PWAIT2 = 441,
};

bool sys_syscall_restartable(uint64_t nr, const uint64_t a[6])
{
    switch (nr) {
    case NR_IO_GETEVENTS: case NR_EPOLL_PWAIT: case NR_PSELECT6:
    case NR_PPOLL: case NR_NANOSLEEP: case NR_CLOCK_NANOSLEEP:
    case NR_RT_SIGSUSPEND: case NR_RT_SIGTIMEDWAIT: case NR_MSGRCV:
    case NR_MSGSND: case NR_SEMTIMEDOP: case NR_SEMOP: case NR_IO_PGETEVENTS:
    case NR_EPOLL_PWAIT2: case GUEST_NR_RT_SIGRETURN:
        return false;
    case NR_FUTEX: {
        /* A wait with a timeout is -ERESTART_RESTARTBLOCK: EINTR. */
        int cmd = (int)a[1] & 127;
        return !((cmd == 0 || cmd == 9) && a[3] != 0);
    }
    default:
        return sys_net_restartable(nr, a);
    }
}
