/* expected: native */
/*
 * epoll with two pipes and an eventfd: each registered with its own
 * data (a u64 with bits in both halves, to catch a layout slip between
 * the guest's 16-byte struct epoll_event and a packed one), readiness
 * reported with the right data, a timeout of 0 with nothing ready,
 * EPOLL_CTL_MOD to EPOLLOUT, EPOLLET reporting an edge once,
 * EPOLLONESHOT, EPOLL_CTL_DEL, maxevents smaller than the ready count,
 * errors (EEXIST, ENOENT, EINVAL for maxevents 0), epoll_pwait2 with a
 * timespec, and an epoll fd inside another epoll set.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define TAG(n) (0x1234567800000000ull | (n))

static int cmp(const void *a, const void *b)
{
    const struct epoll_event *x = a, *y = b;
    return x->data.u64 < y->data.u64 ? -1 : x->data.u64 > y->data.u64;
}

static void show(const char *what, int ep, int max, int timeout)
{
    struct epoll_event ev[8];
    int n = epoll_wait(ep, ev, max, timeout);
    printf("%s: %d", what, n);
    if (n > 0) {
        qsort(ev, (size_t)n, sizeof(ev[0]), cmp);
    }
    for (int i = 0; i < n; i++) {
        printf(" [%llx %#x]", (unsigned long long)ev[i].data.u64,
               ev[i].events);
    }
    printf("\n");
}

static void add(int ep, int op, int fd, uint32_t events, uint64_t data)
{
    struct epoll_event e = {.events = events, .data.u64 = data};
    errno = 0;
    int r = epoll_ctl(ep, op, fd, &e);
    if (r != 0) {
        printf("epoll_ctl(op %d) = %d errno %d\n", op, r, errno);
    }
}

int main(void)
{
    int p1[2], p2[2];
    uint64_t one = 1, v;
    char c;

    pipe(p1);
    pipe2(p2, O_NONBLOCK);
    int efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    printf("epoll_create1 cloexec %d\n",
           (fcntl(ep, F_GETFD) & FD_CLOEXEC) != 0);
    add(ep, EPOLL_CTL_ADD, p1[0], EPOLLIN, TAG(1));
    add(ep, EPOLL_CTL_ADD, p2[0], EPOLLIN, TAG(2));
    add(ep, EPOLL_CTL_ADD, efd, EPOLLIN, TAG(3));
    show("nothing ready", ep, 8, 0);

    write(p1[1], "a", 1);
    show("pipe 1", ep, 8, 1000);
    write(efd, &one, 8);
    write(p2[1], "b", 1);
    show("all three", ep, 8, 1000);
    show("maxevents 1", ep, 1, 1000);
    read(p1[0], &c, 1);
    read(p2[0], &c, 1);
    read(efd, &v, 8);
    printf("eventfd read %llu\n", (unsigned long long)v);
    show("drained", ep, 8, 0);

    /* Errors. */
    add(ep, EPOLL_CTL_ADD, p1[0], EPOLLIN, 0);
    add(ep, EPOLL_CTL_MOD, p1[1], EPOLLIN, 0);
    struct epoll_event ev[1];
    errno = 0;
    int r = epoll_wait(ep, ev, 0, 0);
    printf("maxevents 0: %d EINVAL %d\n", r, errno == EINVAL);

    /* MOD: watch the write end of pipe 2 for EPOLLOUT instead. */
    add(ep, EPOLL_CTL_DEL, p2[0], 0, 0);
    add(ep, EPOLL_CTL_ADD, p2[1], EPOLLOUT, TAG(4));
    show("EPOLLOUT", ep, 8, 0);
    add(ep, EPOLL_CTL_MOD, p2[1], EPOLLIN, TAG(5));
    show("MOD to EPOLLIN on a write end", ep, 8, 0);
    add(ep, EPOLL_CTL_DEL, p2[1], 0, 0);

    /* Edge-triggered: one report per write. */
    add(ep, EPOLL_CTL_MOD, p1[0], EPOLLIN | EPOLLET, TAG(6));
    write(p1[1], "xy", 2);
    show("ET first", ep, 8, 0);
    show("ET again", ep, 8, 0);
    write(p1[1], "z", 1);
    show("ET after a new write", ep, 8, 0);
    char buf[8];
    read(p1[0], buf, sizeof(buf));

    /* One-shot: reported once until re-armed. */
    add(ep, EPOLL_CTL_MOD, efd, EPOLLIN | EPOLLONESHOT, TAG(7));
    write(efd, &one, 8);
    show("ONESHOT", ep, 8, 0);
    show("ONESHOT disarmed", ep, 8, 0);
    add(ep, EPOLL_CTL_MOD, efd, EPOLLIN, TAG(8));
    show("re-armed", ep, 8, 0);
    read(efd, &v, 8);

    /* epoll_pwait2 with a timespec timeout. */
    struct timespec ts = {0, 20 * 1000 * 1000};
    r = (int)syscall(SYS_epoll_pwait2, ep, ev, 1, &ts, NULL, 8);
    printf("epoll_pwait2 timeout: %d\n", r);
    write(p1[1], "q", 1);
    r = (int)syscall(SYS_epoll_pwait2, ep, ev, 1, &ts, NULL, 8);
    printf("epoll_pwait2 ready: %d %llx\n", r,
           r == 1 ? (unsigned long long)ev[0].data.u64 : 0ull);
    read(p1[0], &c, 1);

    /* Nested: an epoll fd is readable when its set has events. */
    int outer = epoll_create1(0);
    add(outer, EPOLL_CTL_ADD, ep, EPOLLIN, TAG(9));
    show("outer idle", outer, 8, 0);
    write(p1[1], "n", 1);
    show("outer", outer, 8, 1000);
    return 0;
}
