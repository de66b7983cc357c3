/*
 * sigsuspend and sigtimedwait.  By hand from sigsuspend(2) and
 * sigtimedwait(2):
 *  - SIGUSR1 blocked and raised stays pending; sigsuspend with an empty
 *    mask runs its handler, returns -1 with EINTR, and restores the mask
 *    (SIGUSR1 blocked again); inside the handler the mask is the one
 *    sigsuspend installed plus SIGUSR1 -> "sigsuspend: -1 EINTR 1 handler
 *    1 usr2 blocked in handler 0 usr1 blocked after 1";
 *  - a blocked, pending SIGUSR2 is taken by sigtimedwait without running
 *    its handler; the sender (raise: tgkill) is our own pid; it is no
 *    longer pending -> "sigtimedwait: SIGUSR2 1 signo 1 pid 1 handler 0
 *    pending 0".  (si_code is not checked: Linux gives SI_TKILL, the
 *    sandbox kernel these tests were written on reports SI_USER, and xrun
 *    passes the host's siginfo through.)
 *  - nothing pending and a 50 ms timeout: -1 with EAGAIN
 *    -> "timeout: -1 EAGAIN 1";
 *  - the same for SIGRTMAX (64), a real-time signal -> "rtmax: 1 signo 1";
 *  - sigwaitinfo for one of two pending real-time signals takes the lowest
 *    number first -> "order: SIGRTMIN+1 first 1, then SIGRTMIN+2 1".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile int hits, usr2_in_handler;

static void handler(int sig)
{
    sigset_t m;
    (void)sig;
    hits++;
    sigprocmask(SIG_BLOCK, NULL, &m);
    usr2_in_handler = sigismember(&m, SIGUSR2);
}

int main(void)
{
    struct sigaction sa;
    sigset_t set, empty, m, pend;
    siginfo_t si;
    struct timespec ts = {0, 50 * 1000 * 1000}, one = {1, 0};

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);

    raise(SIGUSR1);
    sigemptyset(&empty);
    int r = sigsuspend(&empty);
    int e = errno;
    sigprocmask(SIG_BLOCK, NULL, &m);
    printf("sigsuspend: %d EINTR %d handler %d usr2 blocked in handler %d "
           "usr1 blocked after %d\n", r, e == EINTR, hits, usr2_in_handler,
           sigismember(&m, SIGUSR1));

    hits = 0;
    raise(SIGUSR2);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    r = sigtimedwait(&set, &si, &one);
    sigpending(&pend);
    printf("sigtimedwait: SIGUSR2 %d signo %d pid %d handler %d "
           "pending %d\n", r == SIGUSR2, si.si_signo == SIGUSR2,
           si.si_pid == getpid(), hits, sigismember(&pend, SIGUSR2));

    r = sigtimedwait(&set, &si, &ts);
    e = errno;
    printf("timeout: %d EAGAIN %d\n", r, e == EAGAIN);

    sigemptyset(&set);
    sigaddset(&set, SIGRTMAX);
    sigprocmask(SIG_BLOCK, &set, NULL);
    raise(SIGRTMAX);
    r = sigtimedwait(&set, &si, &one);
    printf("rtmax: %d signo %d\n", r == SIGRTMAX, si.si_signo == SIGRTMAX);

    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN + 1);
    sigaddset(&set, SIGRTMIN + 2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    raise(SIGRTMIN + 2);
    raise(SIGRTMIN + 1);
    int first = sigwaitinfo(&set, &si);
    int second = sigwaitinfo(&set, &si);
    printf("order: SIGRTMIN+1 first %d, then SIGRTMIN+2 %d\n",
           first == SIGRTMIN + 1, second == SIGRTMIN + 2);
    return 0;
}
