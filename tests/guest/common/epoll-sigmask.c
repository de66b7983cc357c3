/* expected: native */
/*
 * Temporary signal masks of ppoll, pselect and epoll_pwait, and EINTR.
 * By hand from the man pages and signal(7):
 *  - SIGUSR1 is blocked and pending; a wait whose temporary mask lets it
 *    in fails with EINTR at once and the handler runs under that
 *    temporary mask (SIGUSR2 blocked there, not in the normal mask) plus
 *    SIGUSR1 itself; afterwards the normal mask (SIGUSR1 blocked, SIGUSR2
 *    not) is back;
 *  - a wait whose temporary mask keeps SIGUSR1 blocked times out (0);
 *  - epoll_wait interrupted by a SA_RESTART handler is not restarted:
 *    EINTR ("never restarted ... regardless of SA_RESTART");
 *  - with a temporary mask that blocks SIGALRM, epoll_pwait is not
 *    interrupted by it and times out; the signal is then delivered
 *    when the normal mask comes back.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/time.h>
#include <unistd.h>

static volatile int hits, usr2_blocked_in_handler, usr1_blocked_in_handler;

static void handler(int sig)
{
    sigset_t cur;
    (void)sig;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    usr1_blocked_in_handler = sigismember(&cur, SIGUSR1);
    usr2_blocked_in_handler = sigismember(&cur, SIGUSR2);
    hits++;
}

static void alarm_in_ms(int ms)
{
    struct itimerval it = {{0, 0}, {0, ms * 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
}

static void after(const char *what, int r, int e)
{
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("%s: %d EINTR %d handler %d in-handler usr1 %d usr2 %d; "
           "after usr1 %d usr2 %d\n", what, r, e == EINTR, hits,
           usr1_blocked_in_handler, usr2_blocked_in_handler,
           sigismember(&cur, SIGUSR1), sigismember(&cur, SIGUSR2));
    hits = 0;
    usr1_blocked_in_handler = usr2_blocked_in_handler = -1;
}

int main(void)
{
    struct sigaction sa;
    sigset_t block1, temp, keep1;
    int p[2];

    setvbuf(stdout, NULL, _IONBF, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = handler;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGALRM, &sa, NULL);
    sigemptyset(&block1);
    sigaddset(&block1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block1, NULL);
    sigemptyset(&temp);
    sigaddset(&temp, SIGUSR2);     /* lets SIGUSR1 in, blocks SIGUSR2 */
    keep1 = block1;
    sigaddset(&keep1, SIGUSR2);
    pipe(p);
    struct pollfd pfd = {p[0], POLLIN, 0};
    struct timespec ts = {0, 30 * 1000 * 1000};
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN};
    epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
    int r;

    raise(SIGUSR1);
    errno = 0;
    r = ppoll(&pfd, 1, &ts, &keep1);
    after("ppoll keeping usr1 blocked", r, errno);
    errno = 0;
    r = ppoll(&pfd, 1, &ts, &temp);
    after("ppoll letting usr1 in", r, errno);

    raise(SIGUSR1);
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    errno = 0;
    r = pselect(p[0] + 1, &rd, NULL, NULL, &ts, &temp);
    after("pselect letting usr1 in", r, errno);

    raise(SIGUSR1);
    errno = 0;
    r = epoll_pwait(ep, &ev, 1, 30, &keep1);
    after("epoll_pwait keeping usr1 blocked", r, errno);
    errno = 0;
    r = epoll_pwait(ep, &ev, 1, 30, &temp);
    after("epoll_pwait letting usr1 in", r, errno);

    alarm_in_ms(100);
    errno = 0;
    r = epoll_wait(ep, &ev, 1, 5000);
    after("epoll_wait, SIGALRM with SA_RESTART", r, errno);

    sigset_t block_alrm;
    sigemptyset(&block_alrm);
    sigaddset(&block_alrm, SIGALRM);
    alarm_in_ms(20);
    errno = 0;
    r = epoll_pwait(ep, &ev, 1, 300, &block_alrm);
    int e = errno;
    int during = hits;
    after("epoll_pwait blocking SIGALRM", r, e);
    printf("handler ran once epoll_pwait returned %d\n", during);
    return 0;
}
