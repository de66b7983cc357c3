/* expected: native */
/*
 * POSIX timers, each kind with a signal the host carries (SIGUSR1,
 * SIGUSR2) and with SIGRTMAX (64), which xrun keeps for itself and
 * delivers in-process:
 *  - SIGEV_SIGNAL one-shot: one delivery, si_code SI_TIMER, the sigval;
 *    timer_gettime of the spent timer is zero;
 *  - periodic 2 ms while the signal is blocked for 60 ms: unblocking
 *    delivers it once, with si_overrun counting the missed expirations
 *    (printed as a range) and timer_getoverrun() in the handler equal to
 *    si_overrun;
 *  - SIGEV_THREAD_ID: the signal reaches the named thread (which waits
 *    in sigwaitinfo), not the main thread that would take a
 *    process-directed one;
 *  - SIGEV_NONE: armed, counting down, no signal;
 *  - glibc's SIGEV_THREAD (guest signal 32 to glibc's helper thread):
 *    the function runs with the sigval, once for a one-shot timer and
 *    repeatedly for a periodic one;
 *  - errors: a deleted timer, a bad clock, a bad signal number, a
 *    SIGEV_THREAD_ID target that is not our thread.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t n_sig, main_got, code_ok, val_seen, ov_seen,
    getov_seen;
static timer_t cur;

static void on_timer(int s, siginfo_t *si, void *uc)
{
    (void)s;
    (void)uc;
    n_sig++;
    code_ok = si->si_code == SI_TIMER;
    val_seen = si->si_value.sival_int;
    ov_seen = si->si_overrun;
    getov_seen = timer_getoverrun(cur);
}

static void on_main(int s)
{
    (void)s;
    main_got++;
}

static void handle(int sig, void (*fn)(int, siginfo_t *, void *))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = fn;
    sa.sa_flags = SA_SIGINFO;
    sigaction(sig, &sa, NULL);
}

static void block(int sig, int how)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(how, &s, NULL);
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static timer_t make(int notify, int sig, int value, pid_t tid)
{
    struct sigevent ev;
    timer_t t;
    memset(&ev, 0, sizeof(ev));
    ev.sigev_notify = notify;
    ev.sigev_signo = sig;
    ev.sigev_value.sival_int = value;
    ev._sigev_un._tid = tid;
    if (timer_create(CLOCK_MONOTONIC, &ev, &t) != 0) {
        printf("timer_create: %s\n", strerror(errno));
    }
    return t;
}

static void arm(timer_t t, long first_ms, long period_ms)
{
    struct itimerspec it = {{period_ms / 1000, (period_ms % 1000) * 1000000},
                            {first_ms / 1000, (first_ms % 1000) * 1000000}};
    timer_settime(t, 0, &it, NULL);
}

static void one_shot(const char *name, int sig)
{
    sigset_t empty;
    struct itimerspec left;
    sigemptyset(&empty);
    handle(sig, on_timer);
    block(sig, SIG_BLOCK);
    n_sig = 0;
    cur = make(SIGEV_SIGNAL, sig, 77, 0);
    arm(cur, 20, 0);
    while (n_sig == 0) {
        sigsuspend(&empty);
    }
    sleep_ms(30);
    timer_gettime(cur, &left);
    printf("%s one-shot: deliveries %d SI_TIMER %d value %d left %ld.%09ld\n",
           name, (int)n_sig, (int)code_ok, (int)val_seen,
           (long)left.it_value.tv_sec, left.it_value.tv_nsec);
    block(sig, SIG_UNBLOCK);
    timer_delete(cur);
}

static void overrun(const char *name, int sig)
{
    handle(sig, on_timer);
    block(sig, SIG_BLOCK);
    n_sig = 0;
    cur = make(SIGEV_SIGNAL, sig, 9, 0);
    arm(cur, 2, 2);
    sleep_ms(60);
    block(sig, SIG_UNBLOCK);   /* delivered here, once */
    int n = n_sig;
    arm(cur, 0, 0);
    printf("%s blocked periodic: deliveries %d overrun in [5, 1000] %d "
           "getoverrun == si_overrun %d\n", name, n,
           ov_seen >= 5 && ov_seen <= 1000, getov_seen == ov_seen);
    timer_delete(cur);
}

struct waiter {
    int sig;
    volatile pid_t tid;
    int got, code, value;
};

static void *wait_thread(void *arg)
{
    struct waiter *w = arg;
    sigset_t s;
    siginfo_t si;
    sigemptyset(&s);
    sigaddset(&s, w->sig);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    w->tid = (pid_t)syscall(SYS_gettid);
    int r = sigwaitinfo(&s, &si);
    w->got = r == w->sig;
    w->code = si.si_code == SI_TIMER;
    w->value = si.si_value.sival_int;
    return NULL;
}

static void thread_id(const char *name, int sig)
{
    struct waiter w = {sig, 0, 0, 0, 0};
    pthread_t th;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_main;
    sigaction(sig, &sa, NULL);
    main_got = 0;
    pthread_create(&th, NULL, wait_thread, &w);
    while (w.tid == 0) {
        sleep_ms(1);
    }
    timer_t t = make(SIGEV_THREAD_ID, sig, 5, w.tid);
    arm(t, 10, 0);
    pthread_join(th, NULL);
    printf("%s thread_id: target got it %d SI_TIMER %d value %d, main %d\n",
           name, w.got, w.code, w.value, (int)main_got);
    timer_delete(t);
}

static void sigev_none(void)
{
    struct itimerspec left;
    timer_t t = make(SIGEV_NONE, 0, 0, 0);
    arm(t, 1000, 0);
    sleep_ms(10);
    timer_gettime(t, &left);
    printf("none: counting down %d\n", left.it_value.tv_sec == 0 &&
                                           left.it_value.tv_nsec > 0 &&
                                           left.it_value.tv_nsec < 1000000000);
    timer_delete(t);
}

static volatile int thread_calls, thread_value;

static void thread_fn(union sigval v)
{
    __atomic_add_fetch(&thread_calls, 1, __ATOMIC_SEQ_CST);
    thread_value = v.sival_int;
}

static void sigev_thread(void)
{
    struct sigevent ev;
    timer_t t;
    memset(&ev, 0, sizeof(ev));
    ev.sigev_notify = SIGEV_THREAD;
    ev.sigev_notify_function = thread_fn;
    ev.sigev_value.sival_int = 1234;
    printf("thread: create %d\n", timer_create(CLOCK_MONOTONIC, &ev, &t));
    arm(t, 10, 0);
    for (int i = 0; i < 500 && thread_calls == 0; i++) {
        sleep_ms(10);
    }
    sleep_ms(30);
    printf("thread one-shot: calls %d value %d\n", thread_calls, thread_value);
    arm(t, 5, 5);
    for (int i = 0; i < 500 && thread_calls < 5; i++) {
        sleep_ms(10);
    }
    arm(t, 0, 0);
    printf("thread periodic: at least 5 calls %d\n", thread_calls >= 5);
    timer_delete(t);
}

static void errors(void)
{
    struct sigevent ev;
    struct itimerspec it = {{0, 0}, {1, 0}};
    timer_t t;
    int r;

    t = make(SIGEV_SIGNAL, SIGUSR1, 0, 0);
    timer_delete(t);
    errno = 0;
    r = timer_settime(t, 0, &it, NULL);
    printf("deleted: settime %d EINVAL %d\n", r, errno == EINVAL);
    errno = 0;
    r = timer_getoverrun(t);
    printf("deleted: getoverrun %d EINVAL %d\n", r, errno == EINVAL);
    memset(&ev, 0, sizeof(ev));
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGUSR1;
    errno = 0;
    r = timer_create(99, &ev, &t);
    printf("bad clock: %d EINVAL %d\n", r, errno == EINVAL);
    ev.sigev_signo = 65;
    errno = 0;
    r = timer_create(CLOCK_MONOTONIC, &ev, &t);
    printf("signal 65: %d EINVAL %d\n", r, errno == EINVAL);
    int sigs[2] = {SIGUSR1, SIGRTMAX};
    for (int i = 0; i < 2; i++) {
        ev.sigev_notify = SIGEV_THREAD_ID;
        ev.sigev_signo = sigs[i];
        ev._sigev_un._tid = 1;   /* init: not a thread of ours */
        errno = 0;
        r = timer_create(CLOCK_MONOTONIC, &ev, &t);
        printf("thread_id of another process (%s): %d EINVAL %d\n",
               i ? "SIGRTMAX" : "SIGUSR1", r, errno == EINVAL);
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    one_shot("SIGUSR1", SIGUSR1);
    one_shot("SIGRTMAX", SIGRTMAX);
    overrun("SIGUSR1", SIGUSR1);
    overrun("SIGRTMAX", SIGRTMAX);
    thread_id("SIGUSR2", SIGUSR2);
    thread_id("SIGRTMAX", SIGRTMAX);
    sigev_none();
    sigev_thread();
    errors();
    return 0;
}
