/*
 * Signals between threads.  By hand from pthread_kill(3), signal(7) and
 * pthread_cancel(3):
 *  - main sends SIGUSR1 with pthread_kill to a worker blocked in read() on
 *    an empty pipe (handler without SA_RESTART): the handler runs in that
 *    worker (pthread_self() is the target) and its read fails with EINTR
 *    -> "worker: handler in target 1 read -1 EINTR 1";
 *  - the worker sends SIGUSR2 to the main thread, which waits for it in
 *    sigwaitinfo with SIGUSR2 blocked; the sender's tid is our pid's
 *    thread group (si_pid = getpid()) -> "main: got SIGUSR2 1 pid 1";
 *  - a thread blocked in read() (a cancellation point) is cancelled:
 *    pthread_join reports PTHREAD_CANCELED and its cleanup handler ran
 *    -> "cancel: canceled 1 cleanup 1".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int fds[2], fds2[2];
static pthread_t target, main_thread;
static volatile int in_target, ready, cleaned;

static void usr1(int sig)
{
    (void)sig;
    in_target = pthread_equal(pthread_self(), target);
}

static void *worker(void *arg)
{
    char c;
    (void)arg;
    __atomic_store_n(&ready, 1, __ATOMIC_SEQ_CST);
    ssize_t n = read(fds[0], &c, 1);
    int e = errno;
    printf("worker: handler in target %d read %zd EINTR %d\n", in_target, n,
           e == EINTR);
    fflush(stdout);
    pthread_kill(main_thread, SIGUSR2);
    return NULL;
}

static void cleanup(void *arg)
{
    (void)arg;
    cleaned = 1;
}

static void *blocker(void *arg)
{
    char c;
    (void)arg;
    pthread_cleanup_push(cleanup, NULL);
    __atomic_store_n(&ready, 2, __ATOMIC_SEQ_CST);
    for (;;) {
        (void)!read(fds2[0], &c, 1);
    }
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void)
{
    struct sigaction sa;
    sigset_t set;
    siginfo_t si;
    void *ret;

    if (pipe(fds) != 0 || pipe(fds2) != 0) {
        return 1;
    }
    main_thread = pthread_self();
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);

    pthread_create(&target, NULL, worker, NULL);
    while (__atomic_load_n(&ready, __ATOMIC_SEQ_CST) != 1) {
        sched_yield();
    }
    usleep(100 * 1000);   /* let it block in read() */
    pthread_kill(target, SIGUSR1);
    int r = sigwaitinfo(&set, &si);
    printf("main: got SIGUSR2 %d pid %d\n", r == SIGUSR2,
           si.si_pid == getpid());
    pthread_join(target, NULL);

    pthread_t b;
    pthread_create(&b, NULL, blocker, NULL);
    while (__atomic_load_n(&ready, __ATOMIC_SEQ_CST) != 2) {
        sched_yield();
    }
    usleep(100 * 1000);
    pthread_cancel(b);
    pthread_join(b, &ret);
    printf("cancel: canceled %d cleanup %d\n", ret == PTHREAD_CANCELED,
           cleaned);
    return 0;
}
