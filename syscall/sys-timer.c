/* SPDX-License-Identifier: MIT */
/*
 * POSIX timers (timer_create, timer_settime, timer_gettime,
 * timer_getoverrun, timer_delete) and the guest's struct sigevent, which
 * mq_notify shares.  A guest timer is a host timer with the same id: its
 * signal is the same host signal (guest signal n is host signal n), a
 * SIGEV_THREAD_ID target the same thread (guest tid = host tid), and the
 * host handler records it with the kernel's siginfo (SI_TIMER, timer id,
 * overrun, sigval).  The signals the host cannot carry go through
 * sys-timer-inproc.c instead.  struct itimerspec is four 64-bit words on
 * every 64-bit Linux.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/sigstate.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-timer.h"

_Static_assert(sizeof(struct sys_sigevent) == 64 &&
                   offsetof(struct sys_sigevent, signo) == 8 &&
                   offsetof(struct sys_sigevent, tid) == 16,
               "asm-generic/siginfo.h sigevent");
_Static_assert(sizeof(struct itimerspec) == 32, "itimerspec layout");

int64_t sys_sigevent_get(uint64_t addr, struct sys_sigevent *out)
{
    const struct sys_sigevent *g = sys_lock(addr, sizeof(*g), SYS_R);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    memset(out, 0, sizeof(*out));
    out->value = g->value;
    out->signo = g->signo;
    out->notify = g->notify;
    out->tid = g->tid;
    return 0;
}

bool sys_sigevent_inproc(const struct sys_sigevent *ev)
{
    int n = ev->notify, s = ev->signo;
    /* Linux takes SIGEV_THREAD as SIGEV_SIGNAL; libc handles it before. */
    return (n == SYS_SIGEV_SIGNAL || n == SYS_SIGEV_THREAD ||
            n == SYS_SIGEV_THREAD_ID) &&
           s >= 1 && s <= GUEST_NSIG && (LU_SIGBIT(s) & lu_sig_inproc());
}

int64_t sys_timer_create(struct cpu *cpu, const uint64_t a[6])
{
    clockid_t clock = (clockid_t)a[0];
    struct sys_sigevent ev, *evp = NULL;
    int32_t *idp = sys_lock(a[2], sizeof(*idp), SYS_W);
    int id;

    if (idp == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[1] != 0) {
        int64_t r = sys_sigevent_get(a[1], &ev);
        if (r < 0) {
            return r;
        }
        evp = &ev;
    }
    if (evp != NULL && sys_sigevent_inproc(evp)) {
        pid_t tid = ev.notify == SYS_SIGEV_THREAD_ID ? ev.tid : 0;
        int64_t r = sys_timer_inproc_create(clock, ev.signo, tid, ev.value);
        if (r < 0) {
            return sys_ret_neg(r);
        }
        *idp = (int32_t)r;
        return 0;
    }
    if (syscall(SYS_timer_create, clock, evp, &id) < 0) {
        return sys_ret(-1);
    }
    sys_timer_inproc_forget(id);
    *idp = id;
    return 0;
}

int64_t sys_timer_settime(struct cpu *cpu, const uint64_t a[6])
{
    const struct itimerspec *nv = sys_lock(a[2], sizeof(*nv), SYS_R);
    struct itimerspec *ov = NULL;

    if (nv == NULL ||
        (a[3] != 0 && (ov = sys_lock(a[3], sizeof(*ov), SYS_W)) == NULL)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_timer_settime, (int)a[0], (int)a[1], nv, ov));
}

int64_t sys_timer_gettime(struct cpu *cpu, const uint64_t a[6])
{
    struct itimerspec *cur = sys_lock(a[1], sizeof(*cur), SYS_W);
    if (cur == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_timer_gettime, (int)a[0], cur));
}

int64_t sys_timer_getoverrun(struct cpu *cpu, const uint64_t a[6])
{
    int overrun;
    if (sys_timer_inproc_overrun((int)a[0], &overrun)) {
        return overrun;
    }
    return sys_ret(syscall(SYS_timer_getoverrun, (int)a[0]));
}

int64_t sys_timer_delete(struct cpu *cpu, const uint64_t a[6])
{
    long r = syscall(SYS_timer_delete, (int)a[0]);
    if (r == 0) {
        sys_timer_inproc_forget((int)a[0]);
    }
    return sys_ret(r);
}
