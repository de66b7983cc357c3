/* SPDX-License-Identifier: MIT */
/*
 * POSIX timers for the guest signals the host cannot carry (32, 33 and 64
 * with a glibc host; see sys-timer.h).  A host timer cannot raise them:
 * the host C library owns 32 and 33, and 64 is xrun's kick.  So such a
 * timer is a host timer that sends the kick, with SIGEV_THREAD_ID, to a
 * service thread of the emulator (not a guest thread; every host signal
 * blocked), which takes it with rt_sigtimedwait and records the guest's
 * signal in-process with the siginfo Linux gives a timer signal
 * (SI_TIMER, timer id, overrun, sigval) on the thread the guest named, or
 * for the process.  The guest's glibc builds its SIGEV_THREAD timers on
 * exactly this: a timer with signal 32 (SIGTIMER) aimed at its helper
 * thread, which waits for it with sigwaitinfo.
 *
 * Overruns: Linux keeps one instance of a timer's signal queued and
 * counts further expirations in its si_overrun.  Here the expiration
 * that finds the signal still pending adds to that pending siginfo
 * instead; timer_getoverrun returns the count of the last instance the
 * guest took.  One difference remains: a pending instance of the same
 * signal from another sender absorbs the expiration (in-process signals
 * hold one instance per thread), where Linux would queue both.
 *
 * The service thread's host call blocks, but no guest signal is ever
 * meant for that thread, so it is a plain call, not safe_syscall.
 * Timers are not inherited by fork: the child starts with an empty table
 * and no service thread, made again when it needs one.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-timer.h"

#define SI_TIMER_CODE (-2)      /* asm-generic/siginfo.h SI_TIMER */

/* siginfo_t bytes (64-bit, every Linux ABI): si_signo, si_code and the
 * _timer member. */
#define SI_OFF_SIGNO 0
#define SI_OFF_CODE 8
#define SI_OFF_TIMERID 16
#define SI_OFF_OVERRUN 20
#define SI_OFF_VALUE 24

struct inproc_timer {
    int id;                    /* host timer id = guest timer id */
    uint64_t serial;           /* our sigev_value: tells reused ids apart */
    int sig;
    pid_t tid;                 /* 0: process-directed */
    uint64_t value;            /* the guest's sigval */
    bool queued;               /* our instance was recorded and maybe pending */
    int queued_overrun;        /* its si_overrun */
    int overrun_last;          /* that of the last instance taken */
};

static pthread_mutex_t tm_lock = PTHREAD_MUTEX_INITIALIZER;
static struct inproc_timer *tm_table;
static size_t tm_n, tm_cap;
static uint64_t tm_serial;
static pid_t tm_service_pid;   /* process the service thread runs in */
static pid_t tm_service_tid;
static pthread_once_t tm_atfork_once = PTHREAD_ONCE_INIT;

static int sat_add(int a, long b)
{
    long s = (long)a + b;
    return s > INT_MAX ? INT_MAX : (int)s;
}

static struct inproc_timer *tm_find(int id)
{
    for (size_t i = 0; i < tm_n; i++) {
        if (tm_table[i].id == id) {
            return &tm_table[i];
        }
    }
    return NULL;
}

/* An expiration finding the signal pending: is it ours?  Then count. */
struct tm_merge {
    int id;
    long bump;                 /* expirations to add; 0 only looks */
    bool ours;
};

static void tm_merge_fn(uint8_t pending[LU_SIGINFO_SIZE], void *arg)
{
    struct tm_merge *m = arg;
    int32_t code, id, ov;
    memcpy(&code, pending + SI_OFF_CODE, 4);
    memcpy(&id, pending + SI_OFF_TIMERID, 4);
    if (code != SI_TIMER_CODE || id != m->id) {
        return;
    }
    m->ours = true;
    memcpy(&ov, pending + SI_OFF_OVERRUN, 4);
    ov = sat_add(ov, m->bump);
    memcpy(pending + SI_OFF_OVERRUN, &ov, 4);
}

/* Lock held: if our last instance is no longer pending, the guest took it. */
static void tm_sync(struct inproc_timer *t)
{
    struct tm_merge m = {t->id, 0, false};
    if (t->queued &&
        !(lu_signal_queue_inproc(t->tid, t->sig, NULL, tm_merge_fn, &m) ==
              1 && m.ours)) {
        t->overrun_last = t->queued_overrun;
        t->queued = false;
    }
}

/* One host expiration (plus host_overrun missed ones) of timer id. */
static void tm_fire(int id, uint64_t serial, int host_overrun)
{
    uint8_t info[LU_SIGINFO_SIZE] = {0};
    int32_t code = SI_TIMER_CODE;

    pthread_mutex_lock(&tm_lock);
    struct inproc_timer *t = tm_find(id);
    if (t == NULL || t->serial != serial) {
        pthread_mutex_unlock(&tm_lock);
        return;
    }
    memcpy(info + SI_OFF_SIGNO, &t->sig, 4);
    memcpy(info + SI_OFF_CODE, &code, 4);
    memcpy(info + SI_OFF_TIMERID, &id, 4);
    memcpy(info + SI_OFF_OVERRUN, &host_overrun, 4);
    memcpy(info + SI_OFF_VALUE, &t->value, 8);
    struct tm_merge m = {id, 1 + (long)host_overrun, false};
    int r = lu_signal_queue_inproc(t->tid, t->sig, info, tm_merge_fn, &m);
    if (r == 0) {
        if (t->queued) {
            t->overrun_last = t->queued_overrun;
        }
        t->queued = true;
        t->queued_overrun = host_overrun;
    } else if (r == 1 && m.ours) {
        t->queued_overrun = sat_add(t->queued_overrun, m.bump);
    } else {
        /* Absorbed by another sender's instance, or the thread is gone. */
        tm_sync(t);
    }
    pthread_mutex_unlock(&tm_lock);
}

struct tm_start {
    sem_t ready;
};

static void *tm_service(void *arg)
{
    struct tm_start *st = arg;
    uint64_t kick = LU_SIGBIT(LU_SIG_KICK);
    uint8_t si[LU_SIGINFO_SIZE];

    tm_service_tid = (pid_t)syscall(SYS_gettid);
    sem_post(&st->ready);
    for (;;) {
        int32_t code, id, overrun;
        uint64_t serial;
        long s = syscall(SYS_rt_sigtimedwait, &kick, si, NULL, (size_t)8);
        memcpy(&code, si + SI_OFF_CODE, 4);
        if (s != LU_SIG_KICK || code != SI_TIMER_CODE) {
            continue;
        }
        memcpy(&id, si + SI_OFF_TIMERID, 4);
        memcpy(&overrun, si + SI_OFF_OVERRUN, 4);
        memcpy(&serial, si + SI_OFF_VALUE, 8);
        tm_fire(id, serial, overrun);
    }
    return NULL;
}

/* fork: the child has no timers and no service thread. */
static void tm_prepare(void)
{
    pthread_mutex_lock(&tm_lock);
}

static void tm_parent(void)
{
    pthread_mutex_unlock(&tm_lock);
}

static void tm_child(void)
{
    pthread_mutex_init(&tm_lock, NULL);
    tm_n = 0;
    tm_service_pid = 0;
}

static void tm_atfork(void)
{
    pthread_atfork(tm_prepare, tm_parent, tm_child);
}

/* Lock held: start the service thread of this process if needed. */
static int tm_service_start(void)
{
    struct tm_start st;
    sigset_t all, old;
    pthread_t th;
    pthread_attr_t attr;

    if (tm_service_pid == getpid()) {
        return 0;
    }
    pthread_once(&tm_atfork_once, tm_atfork);
    sem_init(&st.ready, 0, 0);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    /* Born with every signal blocked: none may land on it, not even
     * before it could block them itself. */
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int err = pthread_create(&th, &attr, tm_service, &st);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (err == 0) {
        while (sem_wait(&st.ready) != 0) {
        }
        tm_service_pid = getpid();
    }
    sem_destroy(&st.ready);
    return -err;
}

static int tm_add(const struct inproc_timer *t)
{
    if (tm_n == tm_cap) {
        size_t cap = tm_cap ? 2 * tm_cap : 8;
        struct inproc_timer *n = realloc(tm_table, cap * sizeof(*n));
        if (n == NULL) {
            return -EAGAIN;
        }
        tm_table = n;
        tm_cap = cap;
    }
    tm_table[tm_n++] = *t;
    return 0;
}

static void tm_remove(int id)
{
    struct inproc_timer *t = tm_find(id);
    if (t != NULL) {
        *t = tm_table[--tm_n];
    }
}

int64_t sys_timer_inproc_create(clockid_t clock, int sig, pid_t tid,
                                uint64_t value)
{
    struct sys_sigevent ev;
    int id;

    /* Linux: a SIGEV_THREAD_ID target must be a thread of ours. */
    if (tid != 0 && lu_signal_queue_inproc(tid, sig, NULL, NULL, NULL) < 0) {
        return -EINVAL;
    }
    pthread_mutex_lock(&tm_lock);
    int err = tm_service_start();
    if (err == 0) {
        memset(&ev, 0, sizeof(ev));
        ev.notify = SYS_SIGEV_THREAD_ID;
        ev.signo = LU_SIG_KICK;
        ev.tid = tm_service_tid;
        ev.value = ++tm_serial;
        err = syscall(SYS_timer_create, clock, &ev, &id) < 0 ? -errno : 0;
    }
    if (err == 0) {
        struct inproc_timer t = {.id = id, .serial = tm_serial, .sig = sig,
                                 .tid = tid, .value = value};
        tm_remove(id);
        err = tm_add(&t);
        if (err < 0) {
            syscall(SYS_timer_delete, id);
        }
    }
    pthread_mutex_unlock(&tm_lock);
    return err < 0 ? err : id;
}

void sys_timer_inproc_forget(int id)
{
    pthread_mutex_lock(&tm_lock);
    tm_remove(id);
    pthread_mutex_unlock(&tm_lock);
}

bool sys_timer_inproc_overrun(int id, int *overrun)
{
    pthread_mutex_lock(&tm_lock);
    struct inproc_timer *t = tm_find(id);
    if (t != NULL) {
        tm_sync(t);
        *overrun = t->overrun_last;
    }
    pthread_mutex_unlock(&tm_lock);
    return t != NULL;
}
