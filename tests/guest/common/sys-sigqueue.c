/* expected: native */
/*
 * rt_sigqueueinfo and rt_tgsigqueueinfo (sigqueue, pthread_sigqueue),
 * with a signal the host carries (SIGUSR1, SIGUSR2) and with SIGRTMAX,
 * which xrun delivers in-process:
 *  - to ourselves: the handler sees si_code SI_QUEUE, the sigval, our
 *    pid and uid;
 *  - blocked, then taken with sigtimedwait: the same siginfo;
 *  - to a thread: the handler runs on that thread;
 *  - a hand-made siginfo: si_signo is the kernel's (the signal sent),
 *    si_code SI_USER is refused (EPERM) towards another process but
 *    allowed towards ourselves;
 *  - bad arguments: tid -1 (EINVAL), signal 65 (EINVAL).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got_signo, got_code, got_value, got_pid,
    got_uid, got_calls;
static volatile pid_t got_tid;

static void on_sig(int s, siginfo_t *si, void *uc)
{
    (void)uc;
    got_signo = s == si->si_signo ? s : -1;
    got_code = si->si_code;
    got_value = si->si_value.sival_int;
    got_pid = si->si_pid == getpid();
    got_uid = si->si_uid == getuid();
    got_tid = (pid_t)syscall(SYS_gettid);
    got_calls++;
}

static void handle(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_sig;
    sa.sa_flags = SA_SIGINFO;
    sigaction(sig, &sa, NULL);
}

static const char *code_name(int c)
{
    return c == SI_QUEUE ? "SI_QUEUE" : c == SI_USER ? "SI_USER"
         : c == SI_TKILL ? "SI_TKILL" : "other";
}

static void to_self(const char *name, int sig, int value)
{
    union sigval v = {.sival_int = value};
    handle(sig);
    got_calls = 0;
    int r = sigqueue(getpid(), sig, v);
    printf("%s sigqueue %d: calls %d signo ok %d %s value %d pid %d uid %d\n",
           name, r, (int)got_calls, got_signo == sig, code_name(got_code),
           (int)got_value, (int)got_pid, (int)got_uid);
}

static void blocked_wait(const char *name, int sig, int value)
{
    union sigval v = {.sival_int = value};
    sigset_t s;
    siginfo_t si;
    struct timespec ts = {5, 0};
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_BLOCK, &s, NULL);
    sigqueue(getpid(), sig, v);
    int r = sigtimedwait(&s, &si, &ts);
    printf("%s blocked: sigtimedwait %d ok %d %s value %d\n", name,
           r == sig, si.si_signo == sig, code_name(si.si_code),
           si.si_value.sival_int);
    sigprocmask(SIG_UNBLOCK, &s, NULL);
}

static volatile pid_t thr_tid;
static volatile int thr_stop;

static void *idle_thread(void *arg)
{
    (void)arg;
    thr_tid = (pid_t)syscall(SYS_gettid);
    while (!thr_stop) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
    return NULL;
}

static void to_thread(const char *name, int sig, int value)
{
    union sigval v = {.sival_int = value};
    sigset_t s;
    pthread_t th;
    handle(sig);
    got_calls = 0;
    thr_tid = 0;
    thr_stop = 0;
    pthread_create(&th, NULL, idle_thread, NULL);
    while (thr_tid == 0) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
    /* Main blocks it (after the thread inherited an open mask): only the
     * target may run the handler. */
    sigemptyset(&s);
    sigaddset(&s, sig);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    int r = pthread_sigqueue(th, sig, v);
    for (int i = 0; i < 2000 && got_calls == 0; i++) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
    printf("%s pthread_sigqueue %d: calls %d on target %d %s value %d\n", name,
           r, (int)got_calls, got_tid == thr_tid, code_name(got_code),
           (int)got_value);
    thr_stop = 1;
    pthread_join(th, NULL);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
}

static void handmade(void)
{
    siginfo_t si;
    int r;
    handle(SIGUSR1);
    handle(SIGRTMAX);

    /* si_signo is whatever the sender wrote; the kernel sets it. */
    memset(&si, 0, sizeof(si));
    si.si_signo = SIGUSR2;
    si.si_code = SI_QUEUE;
    si.si_pid = getpid();
    si.si_uid = getuid();
    si.si_value.sival_int = 7;
    int sigs[2] = {SIGUSR1, SIGRTMAX};
    for (int i = 0; i < 2; i++) {
        got_calls = 0;
        r = (int)syscall(SYS_rt_sigqueueinfo, getpid(), sigs[i], &si);
        printf("handmade %s: %d calls %d signo ok %d value %d\n",
               i ? "SIGRTMAX" : "SIGUSR1", r, (int)got_calls,
               got_signo == sigs[i], (int)got_value);
    }

    /* SI_USER towards ourselves is fine, towards another process not. */
    si.si_code = SI_USER;
    got_calls = 0;
    r = (int)syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
    printf("SI_USER to self: %d calls %d %s\n", r, (int)got_calls,
           code_name(got_code));
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    errno = 0;
    r = (int)syscall(SYS_rt_sigqueueinfo, child, SIGUSR1, &si);
    printf("SI_USER to child: %d EPERM %d\n", r, errno == EPERM);
    errno = 0;
    r = (int)syscall(SYS_rt_tgsigqueueinfo, child, child, SIGUSR1, &si);
    printf("tg SI_USER to child: %d EPERM %d\n", r, errno == EPERM);
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);

    si.si_code = SI_QUEUE;
    errno = 0;
    r = (int)syscall(SYS_rt_tgsigqueueinfo, getpid(), -1, SIGUSR1, &si);
    printf("tid -1: %d EINVAL %d\n", r, errno == EINVAL);
    errno = 0;
    r = (int)syscall(SYS_rt_sigqueueinfo, getpid(), 65, &si);
    printf("signal 65: %d EINVAL %d\n", r, errno == EINVAL);
    errno = 0;
    r = (int)syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, (void *)8);
    printf("bad siginfo: %d EFAULT %d\n", r, errno == EFAULT);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    to_self("SIGUSR1", SIGUSR1, 42);
    to_self("SIGRTMAX", SIGRTMAX, 43);
    blocked_wait("SIGUSR2", SIGUSR2, 44);
    blocked_wait("SIGRTMAX", SIGRTMAX, 45);
    to_thread("SIGUSR2", SIGUSR2, 46);
    to_thread("SIGRTMAX", SIGRTMAX, 47);
    handmade();
    return 0;
}
