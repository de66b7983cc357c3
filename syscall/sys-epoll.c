/* SPDX-License-Identifier: MIT */
/*
 * epoll: epoll_create1, epoll_ctl, epoll_pwait and epoll_pwait2.  The
 * guest's struct epoll_event is 16 bytes (data at 8), the x86_64 host's
 * is packed to 12, so events are converted both ways.  A sigmask argument
 * is a temporary guest mask for the call, as for ppoll.  Linux never
 * restarts an interrupted epoll wait (sys-signal.c): EINTR.
 */
#include <limits.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-net.h"
#include "syscall/safe-syscall.h"

/* The kernel's EP_MAX_EVENTS, counted in the guest's 16-byte events. */
#define EPOLL_MAX_EVENTS (INT_MAX / (int)sizeof(struct guest_epoll_event))

/* Events converted on the stack up to this many, else malloc'd. */
#define EPOLL_STACK_EVENTS 64

int64_t sys_epoll_create1(struct cpu *cpu, const uint64_t a[6])
{
    /* EPOLL_CLOEXEC is O_CLOEXEC; other bits are EINVAL on the host. */
    return sys_ret(epoll_create1(sys_oflags_to_host(sys_quirks(),
                                                    (uint32_t)a[0])));
}

int64_t sys_epoll_ctl(struct cpu *cpu, const uint64_t a[6])
{
    struct epoll_event h, *hp = NULL;

    /* EPOLL_CTL_DEL does not read the event (NULL is fine). */
    if ((int)a[1] != EPOLL_CTL_DEL) {
        const struct guest_epoll_event *g = sys_lock(a[3], sizeof(*g),
                                                     SYS_R);
        if (g == NULL) {
            return -GUEST_EFAULT;
        }
        net_epoll_event_to_host(&h, g);
        hp = &h;
    }
    return sys_ret(epoll_ctl((int)a[0], (int)a[1], (int)a[2], hp));
}

/*
 * Wait into the guest's events; timeout is milliseconds (pwait) or a
 * guest timespec address (pwait2, tsp).  sigmask as epoll_pwait's.
 */
static int64_t epoll_wait_common(const uint64_t a[6], bool pwait2)
{
    int maxevents = (int)a[2];
    const void *tsp = NULL;
    uint64_t guest_mask = 0, host_mask;
    struct epoll_event stack[EPOLL_STACK_EVENTS], *h = stack;

    if (maxevents <= 0 || maxevents > EPOLL_MAX_EVENTS) {
        return -GUEST_EINVAL;
    }
    struct guest_epoll_event *g =
        sys_lock(a[1], (uint64_t)maxevents * sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    if (pwait2 && a[3] != 0 &&
        (tsp = sys_lock(a[3], 16, SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[4] != 0) {
        const uint64_t *m = sys_lock(a[4], 8, SYS_R);
        if (a[5] != 8) {
            return -GUEST_EINVAL;
        }
        if (m == NULL) {
            return -GUEST_EFAULT;
        }
        guest_mask = *m;
    }
    if (maxevents > EPOLL_STACK_EVENTS &&
        (h = malloc((size_t)maxevents * sizeof(*h))) == NULL) {
        return -GUEST_ENOMEM;
    }
    if (a[4] != 0 && !lu_sigmask_temp_begin(guest_mask, &host_mask)) {
        lu_sigmask_temp_end(true);
        if (h != stack) {
            free(h);
        }
        return -GUEST_EINTR;
    }
    const void *hm = a[4] != 0 ? &host_mask : NULL;
    long r = pwait2 ? safe_syscall(SYS_epoll_pwait2, (int)a[0], h, maxevents, tsp,
                              hm, (size_t)8)
                    : safe_syscall(SYS_epoll_pwait, (int)a[0], h, maxevents,
                              (int)a[3], hm, (size_t)8);
    int64_t ret = sys_ret(r);
    if (a[4] != 0) {
        lu_sigmask_temp_end(ret == -GUEST_EINTR);
    }
    for (long i = 0; i < r; i++) {
        net_epoll_event_to_guest(&g[i], &h[i]);
    }
    if (h != stack) {
        free(h);
    }
    return ret;
}

int64_t sys_epoll_pwait(struct cpu *cpu, const uint64_t a[6])
{
    return epoll_wait_common(a, false);
}

int64_t sys_epoll_pwait2(struct cpu *cpu, const uint64_t a[6])
{
    return epoll_wait_common(a, true);
}
