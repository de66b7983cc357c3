/* SPDX-License-Identifier: MIT */
/*
 * Guest signals sent and waited for: kill/tkill/tgkill and
 * rt_(tg)sigqueueinfo (host signals, or recorded in-process for the
 * numbers the host cannot carry) and rt_sigtimedwait (recorded signals
 * first, then the host's queue).
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/lu.h"
#include "linux-user/signal.h"
#include "translator/exclusive.h"

#define LU_SI_USER 0
#define LU_SI_TKILL (-6)

/* Guest kills in progress, so host-signal.c can tell them from abort(). */
volatile int lu_kill_in_flight;

struct lu_find {
    pid_t tid;
    int sig;
};

static int lu_find_tid(struct lu_thread *t, void *arg)
{
    struct lu_find *f = arg;
    if (t->tid != f->tid) {
        return 0;
    }
    lu_signal_record_inproc(t, f->sig, LU_SI_TKILL);
    return 1;
}

/* Pass 1: the first thread that does not block sig; pass 2: any. */
static int lu_pick_unblocked(struct lu_thread *t, void *arg)
{
    struct lu_find *f = arg;
    if (t->sig.blocked & LU_SIGBIT(f->sig)) {
        return 0;
    }
    lu_signal_record_inproc(t, f->sig, LU_SI_USER);
    return 1;
}

static int lu_pick_any(struct lu_thread *t, void *arg)
{
    struct lu_find *f = arg;
    lu_signal_record_inproc(t, f->sig, LU_SI_USER);
    return 1;
}

static long lu_host_kill(long nr, long a, long b, long c, long d)
{
    __atomic_add_fetch(&lu_kill_in_flight, 1, __ATOMIC_SEQ_CST);
    long r = syscall(nr, a, b, c, d);
    int e = errno;
    __atomic_sub_fetch(&lu_kill_in_flight, 1, __ATOMIC_SEQ_CST);
    return r < 0 ? -e : r;
}

int lu_signal_send_thread(pid_t tgid, pid_t tid, int sig)
{
    pid_t self = getpid();
    if (sig < 0 || sig > LU_NSIG || tid <= 0) {
        return -EINVAL;
    }
    if (sig != 0 && (LU_SIGBIT(sig) & lu_sig_inproc()) &&
        (tgid < 0 || tgid == self)) {
        struct lu_find f = {tid, sig};
        if (lu_thread_foreach(lu_find_tid, &f)) {
            return 0;
        }
        if (tgid == self) {
            return -ESRCH;
        }
    }
    if (tgid < 0) {
        return (int)lu_host_kill(SYS_tkill, tid, sig, 0, 0);
    }
    return (int)lu_host_kill(SYS_tgkill, tgid, tid, sig, 0);
}

int lu_signal_send_process(pid_t pid, int sig)
{
    if (sig < 0 || sig > LU_NSIG) {
        return -EINVAL;
    }
    if (sig != 0 && (LU_SIGBIT(sig) & lu_sig_inproc()) && pid == getpid()) {
        struct lu_find f = {0, sig};
        struct lu_thread *self = lu_thread_self();
        if (self != NULL && (self->sig.blocked & LU_SIGBIT(sig)) == 0) {
            lu_signal_record_inproc(self, sig, LU_SI_USER);
            return 0;
        }
        /* Under the list lock: the chosen thread cannot leave meanwhile. */
        if (lu_thread_foreach(lu_pick_unblocked, &f) ||
            lu_thread_foreach(lu_pick_any, &f)) {
            return 0;
        }
    }
    return (int)lu_host_kill(SYS_kill, pid, sig, 0, 0);
}

/* An in-process signal with a whole siginfo (lu_signal_queue_inproc). */
struct lu_queue {
    pid_t tid;                 /* 0: the process */
    int sig;
    const uint8_t *info;       /* NULL: only look */
    lu_sigmerge_fn *merge;
    void *arg;
    int pass;                  /* tid 0: 0 pending, 1 unblocked, 2 any */
    int result;
};

static int lu_queue_at(struct lu_thread *t, void *arg)
{
    struct lu_queue *q = arg;
    uint64_t bit = LU_SIGBIT(q->sig);
    bool take = q->tid != 0 ? t->tid == q->tid
              : q->pass == 0 ? (__atomic_load_n(&t->sig.pending,
                                                __ATOMIC_ACQUIRE) & bit) != 0
              : q->pass == 1 ? (t->sig.blocked & bit) == 0 : true;
    if (!take) {
        return 0;
    }
    pthread_mutex_lock(&t->sig.lock);
    bool pending = (__atomic_load_n(&t->sig.pending, __ATOMIC_ACQUIRE) &
                    bit) != 0;
    if (pending && q->merge != NULL) {
        q->merge(t->sig.info[q->sig], q->arg);
    } else if (!pending && q->info != NULL) {
        memcpy(t->sig.info[q->sig], q->info, LU_SIGINFO_SIZE);
        memcpy(t->sig.info[q->sig], &q->sig, 4);   /* si_signo */
        __atomic_or_fetch(&t->sig.pending, bit, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&t->sig.lock);
    q->result = pending;
    if (!pending && q->info != NULL) {
        if (t->cpu != NULL) {
            t->cpu->exit_request = 1;
        }
        if (t != lu_thread_self()) {
            syscall(SYS_tgkill, getpid(), t->tid, LU_SIG_KICK);
        }
    }
    return 1;
}

int lu_signal_queue_inproc(pid_t tid, int sig,
                           const uint8_t info[LU_SIGINFO_SIZE],
                           lu_sigmerge_fn *merge, void *arg)
{
    struct lu_queue q = {tid, sig, info, merge, arg, 0, 0};
    if (sig < 1 || sig > LU_NSIG) {
        return -EINVAL;
    }
    /* A process-directed one merges with an instance pending anywhere
     * (the kernel's shared queue), else goes where kill would put it. */
    if (lu_thread_foreach(lu_queue_at, &q)) {
        return q.result;
    }
    if (tid != 0 || info == NULL) {
        return tid != 0 ? -ESRCH : 0;
    }
    struct lu_thread *self = lu_thread_self();
    if (self != NULL && (self->sig.blocked & LU_SIGBIT(sig)) == 0) {
        q.tid = self->tid;
        if (lu_thread_foreach(lu_queue_at, &q)) {
            return q.result;
        }
        q.tid = 0;
    }
    for (q.pass = 1; q.pass <= 2; q.pass++) {
        if (lu_thread_foreach(lu_queue_at, &q)) {
            return q.result;
        }
    }
    return -ESRCH;
}

int lu_signal_queue(pid_t tgid, pid_t tid, int sig,
                    const uint8_t info[LU_SIGINFO_SIZE])
{
    siginfo_t si;
    if (sig < 0 || sig > LU_NSIG) {
        return -EINVAL;
    }
    if (sig != 0 && (LU_SIGBIT(sig) & lu_sig_inproc()) && tgid == getpid()) {
        int r = lu_signal_queue_inproc(tid, sig, info, NULL, NULL);
        return r < 0 ? r : 0;
    }
    memcpy(&si, info, sizeof(si));
    if (tid == 0) {
        return (int)lu_host_kill(SYS_rt_sigqueueinfo, tgid, sig, (long)&si,
                                 0);
    }
    return (int)lu_host_kill(SYS_rt_tgsigqueueinfo, tgid, tid, sig,
                             (long)&si);
}

static int64_t lu_ns(const struct timespec *ts)
{
    return (int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec;
}

/* Take the lowest pending signal of set; 0 if none. */
static int lu_take_of(struct lu_thread *t, uint64_t set,
                      uint8_t info[LU_SIGINFO_SIZE])
{
    for (;;) {
        uint64_t ready = __atomic_load_n(&t->sig.pending, __ATOMIC_ACQUIRE) &
                         set;
        if (ready == 0) {
            return 0;
        }
        int sig = __builtin_ctzll(ready) + 1;
        if (lu_signal_take(t, sig, info)) {
            lu_sig_host_setmask(t->sig.blocked);
            return sig;
        }
    }
}

int lu_sigtimedwait(uint64_t set, const struct timespec *ts,
                    uint8_t info[LU_SIGINFO_SIZE])
{
    struct lu_thread *t = lu_thread_self();
    struct timespec now, left;
    int64_t deadline = 0;

    set &= ~(LU_SIGBIT(SIGKILL) | LU_SIGBIT(SIGSTOP));
    if (t == NULL) {
        return -EINVAL;
    }
    if (ts != NULL) {
        if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000 || ts->tv_sec < 0) {
            return -EINVAL;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        deadline = lu_ns(&now) + lu_ns(ts);
    }
    for (;;) {
        int sig = lu_take_of(t, set, info);
        if (sig != 0) {
            return sig;
        }
        if (__atomic_load_n(&t->sig.pending, __ATOMIC_ACQUIRE) &
            ~t->sig.blocked) {
            return -EINTR;   /* another signal is due: its handler runs */
        }
        uint64_t hset = set & ~lu_sig_host_never_blocked();
        siginfo_t si;
        if (ts != NULL) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t ns = deadline - lu_ns(&now);
            ns = ns < 0 ? 0 : ns;
            left.tv_sec = ns / 1000000000;
            left.tv_nsec = ns % 1000000000;
        }
        excl_idle_begin();
        long r = syscall(SYS_rt_sigtimedwait, &hset, &si,
                         ts != NULL ? &left : NULL, (size_t)8);
        int err = errno;
        excl_idle_end();
        errno = err;
        if (r > 0) {
            memcpy(info, &si, LU_SIGINFO_SIZE);
            return (int)r;
        }
        if (errno != EINTR) {
            return -errno;
        }
    }
}
