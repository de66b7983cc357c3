/* expected: native */
/*
 * timerfd: a one-shot timer read blocking (1 expiration), a periodic
 * 10 ms timer read after sleeping 105 ms (at least 10 expirations; the
 * count is printed as a range so scheduling noise does not matter),
 * timerfd_gettime of an armed and a disarmed timer, TFD_TIMER_ABSTIME,
 * the old value from settime, TFD_NONBLOCK's EAGAIN, and EINVAL for a
 * short read.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
    uint64_t n = 0;
    struct itimerspec it = {{0, 0}, {0, 20 * 1000000}}, cur, old;

    int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    printf("cloexec %d\n", (fcntl(t, F_GETFD) & FD_CLOEXEC) != 0);
    timerfd_settime(t, 0, &it, NULL);
    timerfd_gettime(t, &cur);
    printf("armed: remaining in (0, 20ms] %d interval %ld\n",
           cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 &&
               cur.it_value.tv_nsec <= 20 * 1000000,
           (long)cur.it_interval.tv_nsec);
    ssize_t r = read(t, &n, 8);
    printf("one-shot: read %zd expirations %llu\n", r, (unsigned long long)n);
    timerfd_gettime(t, &cur);
    printf("expired: remaining %ld.%09ld\n", (long)cur.it_value.tv_sec,
           cur.it_value.tv_nsec);

    struct itimerspec per = {{0, 10 * 1000000}, {0, 10 * 1000000}};
    timerfd_settime(t, 0, &per, &old);
    printf("old value %ld.%09ld\n", (long)old.it_value.tv_sec,
           old.it_value.tv_nsec);
    struct timespec nap = {0, 105 * 1000000};
    nanosleep(&nap, NULL);
    read(t, &n, 8);
    printf("periodic: at least 10 %d, at most 100 %d\n", n >= 10, n <= 100);
    struct itimerspec off = {{0, 0}, {0, 0}};
    timerfd_settime(t, 0, &off, &old);
    printf("disarm: old interval %ld.%09ld\n", (long)old.it_interval.tv_sec,
           old.it_interval.tv_nsec);
    close(t);

    /* Absolute: 15 ms from now on CLOCK_REALTIME. */
    t = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK);
    errno = 0;
    r = read(t, &n, 8);
    printf("nonblock unarmed: %zd EAGAIN %d\n", r, errno == EAGAIN);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct itimerspec abs = {{0, 0}, now};
    abs.it_value.tv_nsec += 15 * 1000000;
    if (abs.it_value.tv_nsec >= 1000000000) {
        abs.it_value.tv_nsec -= 1000000000;
        abs.it_value.tv_sec++;
    }
    printf("abstime settime %d\n", timerfd_settime(t, TFD_TIMER_ABSTIME, &abs,
                                                   NULL));
    errno = 0;
    uint32_t small;
    r = read(t, &small, 4);
    printf("short read %zd EINVAL %d\n", r, errno == EINVAL);
    nanosleep(&nap, NULL);
    r = read(t, &n, 8);
    printf("abstime: read %zd expirations %llu\n", r, (unsigned long long)n);
    return 0;
}
