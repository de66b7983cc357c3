/* expected: native */
/*
 * A signal that lands just before a blocking syscall starts must still
 * interrupt it.  Each round arms a one-shot timer a few microseconds
 * ahead, then blocks in read() on an empty pipe (or in an untimed futex
 * wait); only the SIGALRM handler makes the call return, by writing a
 * byte (or changing the word and waking).  On Linux the signal either
 * comes before the call (the call finds the byte) or interrupts it
 * (SA_RESTART: read restarts and finds the byte; the futex wait returns
 * EINTR or sees the new word).  An emulator that checks for pending
 * signals and then starts the host call has a window where the signal
 * is recorded but the call blocks for ever; the rounds sweep the delay
 * across it.  A watchdog thread turns a hang into a clear failure.
 */
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 3000

static int pipefd[2];
static volatile int futex_word;
static volatile int round_done;   /* progress, read by the watchdog */
static volatile int phase;        /* 0: read rounds, 1: futex rounds */

static void on_alarm(int sig)
{
    (void)sig;
    if (phase == 0) {
        char c = 'x';
        if (write(pipefd[1], &c, 1) != 1) {
            _exit(3);
        }
    } else {
        __atomic_store_n(&futex_word, 1, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, &futex_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    }
}

static void *watchdog(void *arg)
{
    (void)arg;
    int last = -1;
    for (;;) {
        struct timespec ts = {2, 0};
        nanosleep(&ts, NULL);
        int now = round_done;
        if (now == last) {
            printf("hung in %s round %d\n", phase ? "futex" : "read", now);
            fflush(stdout);
            _exit(1);
        }
        last = now;
    }
    return NULL;
}

static void arm(int round)
{
    /* 1..20 us: the sweep over the emulator's dispatch path. */
    struct itimerval it = {{0, 0}, {0, round % 20 + 1}};
    if (setitimer(ITIMER_REAL, &it, NULL) != 0) {
        perror("setitimer");
        exit(2);
    }
}

int main(void)
{
    sigset_t alrm;
    pthread_t wd;
    struct sigaction sa;

    if (pipe(pipefd) != 0) {
        perror("pipe");
        return 2;
    }
    /* The watchdog never takes SIGALRM: it must go to the blocked thread. */
    sigemptyset(&alrm);
    sigaddset(&alrm, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &alrm, NULL);
    pthread_create(&wd, NULL, watchdog, NULL);
    pthread_sigmask(SIG_UNBLOCK, &alrm, NULL);

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);

    int got = 0;
    for (int i = 0; i < ROUNDS; i++) {
        char c;
        arm(i);
        if (read(pipefd[0], &c, 1) == 1 && c == 'x') {
            got++;
        }
        round_done++;
    }
    printf("read rounds: %d of %d got their byte\n", got, ROUNDS);

    phase = 1;
    int woke = 0;
    for (int i = 0; i < ROUNDS; i++) {
        __atomic_store_n(&futex_word, 0, __ATOMIC_SEQ_CST);
        arm(i);
        while (__atomic_load_n(&futex_word, __ATOMIC_SEQ_CST) == 0) {
            long r = syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0,
                             NULL, NULL, 0);
            if (r != 0 && errno != EINTR && errno != EAGAIN) {
                perror("futex");
                return 2;
            }
        }
        woke++;
        round_done++;
    }
    printf("futex rounds: %d of %d woken\n", woke, ROUNDS);
    return 0;
}
