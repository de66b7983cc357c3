/* expected: native */
/*
 * Blocking reads of an eventfd and a timerfd interrupted by a SIGALRM
 * handler (setitimer, 100 ms).  By hand from signal(7): read() on these
 * "slow" devices is restarted with SA_RESTART and fails with EINTR
 * without it.  The handler makes the restarted read able to finish:
 * it adds 5 to the eventfd, or arms the timerfd to expire in 1 ms.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <unistd.h>

static int efd, tfd;
static volatile int hits, use_timer;

static void alrm(int sig)
{
    (void)sig;
    hits++;
    if (use_timer) {
        struct itimerspec it = {{0, 0}, {0, 1000000}};
        timerfd_settime(tfd, 0, &it, NULL);
    } else {
        uint64_t five = 5;
        write(efd, &five, 8);
    }
}

static void run(int fd, int timer, int flags, const char *label)
{
    struct sigaction sa;
    struct itimerval it = {{0, 0}, {0, 100000}};
    uint64_t v = 0;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = alrm;
    sa.sa_flags = flags;
    sigaction(SIGALRM, &sa, NULL);
    hits = 0;
    use_timer = timer;
    setitimer(ITIMER_REAL, &it, NULL);
    errno = 0;
    ssize_t n = read(fd, &v, 8);
    int e = errno;
    printf("%s: read %zd value %llu EINTR %d handler %d\n", label, n,
           (unsigned long long)v, e == EINTR, hits);
    if (n < 0) {
        n = read(fd, &v, 8);
        printf("%s: read again %zd value %llu\n", label, n,
               (unsigned long long)v);
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    efd = eventfd(0, 0);
    tfd = timerfd_create(CLOCK_MONOTONIC, 0);
    run(efd, 0, SA_RESTART, "eventfd SA_RESTART");
    run(efd, 0, 0, "eventfd no SA_RESTART");
    run(tfd, 1, SA_RESTART, "timerfd SA_RESTART");
    run(tfd, 1, 0, "timerfd no SA_RESTART");
    return 0;
}
