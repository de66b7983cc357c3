/* SPDX-License-Identifier: MIT */
/*
 * POSIX message queues: mq_open, mq_unlink, mq_timedsend,
 * mq_timedreceive, mq_notify, mq_getsetattr.  A queue is a host
 * descriptor.  struct mq_attr is eight longs everywhere; its mq_flags
 * (only O_NONBLOCK counts) and mq_open's flags are open flags, converted
 * like open's.  Sending and receiving block: safe_syscall; a bad message
 * buffer goes to the host as NULL so the host fails where Linux would.
 *
 * mq_notify's struct sigevent is the timers' (sys-timer.c).  SIGEV_THREAD
 * is glibc's netlink scheme: sigev_signo is a socket and sigev_value
 * points at the 32-byte cookie the kernel copies in.  A signal the host
 * cannot carry (sys-timer.h) is refused with EINVAL: the host would send
 * it to the process as itself, and unlike a timer a queue notification
 * cannot be aimed at xrun's service thread.  glibc never asks for one.
 */
#include <mqueue.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "syscall/safe-syscall.h"
#include "syscall/sys-internal.h"

#define GUEST_NAME_MAX 255
#define NOTIFY_COOKIE_LEN 32

/* struct mq_attr: flags, maxmsg, msgsize, curmsgs, 4 reserved longs. */
struct guest_mq_attr {
    int64_t flags, maxmsg, msgsize, curmsgs;
    int64_t reserved[4];
};
_Static_assert(sizeof(struct guest_mq_attr) == 64, "mq_attr");
_Static_assert(sizeof(struct mq_attr) == 64, "host mq_attr");

static void attr_to_host(struct mq_attr *h, const struct guest_mq_attr *g)
{
    memset(h, 0, sizeof(*h));
    h->mq_flags = sys_oflags_to_host(sys_quirks(), (uint32_t)g->flags);
    h->mq_maxmsg = g->maxmsg;
    h->mq_msgsize = g->msgsize;
    h->mq_curmsgs = g->curmsgs;
}

static void attr_to_guest(struct guest_mq_attr *g, const struct mq_attr *h)
{
    memset(g, 0, sizeof(*g));
    g->flags = sys_oflags_to_guest(sys_quirks(), (int)h->mq_flags);
    g->maxmsg = h->mq_maxmsg;
    g->msgsize = h->mq_msgsize;
    g->curmsgs = h->mq_curmsgs;
}

static int64_t get_name(uint64_t addr, char *buf)
{
    int64_t r = sys_strcpy(addr, buf, GUEST_NAME_MAX + 1);
    return r < 0 ? r : 0;
}

int64_t sys_mq_open(struct cpu *cpu, const uint64_t a[6])
{
    char name[GUEST_NAME_MAX + 1];
    struct mq_attr h, *hp = NULL;
    int64_t r = get_name(a[0], name);
    if (r < 0) {
        return r;
    }
    if (a[3] != 0) {
        const struct guest_mq_attr *g = sys_lock(a[3], sizeof(*g), SYS_R);
        if (g == NULL) {
            return -GUEST_EFAULT;
        }
        attr_to_host(&h, g);
        hp = &h;
    }
    int flags = sys_oflags_to_host(sys_quirks(), (uint32_t)a[1]);
    return sys_ret(syscall(SYS_mq_open, name, flags, (mode_t)a[2], hp));
}

int64_t sys_mq_unlink(struct cpu *cpu, const uint64_t a[6])
{
    char name[GUEST_NAME_MAX + 1];
    int64_t r = get_name(a[0], name);
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_mq_unlink, name));
}

/* The optional absolute timeout: NULL waits; a bad one is EFAULT first. */
static bool timeout_lock(uint64_t addr, const struct timespec **ts)
{
    *ts = NULL;
    return addr == 0 || (*ts = sys_lock(addr, sizeof(**ts), SYS_R)) != NULL;
}

int64_t sys_mq_timedsend(struct cpu *cpu, const uint64_t a[6])
{
    const struct timespec *ts;
    if (!timeout_lock(a[4], &ts)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_mq_timedsend, (int)a[0],
                                sys_lock(a[1], a[2], SYS_R), (size_t)a[2],
                                (unsigned)a[3], ts));
}

int64_t sys_mq_timedreceive(struct cpu *cpu, const uint64_t a[6])
{
    const struct timespec *ts;
    unsigned *prio = NULL;
    if (!timeout_lock(a[4], &ts) ||
        (a[3] != 0 && (prio = sys_lock(a[3], sizeof(*prio), SYS_W)) == NULL)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_mq_timedreceive, (int)a[0],
                                sys_lock(a[1], a[2], SYS_W), (size_t)a[2],
                                prio, ts));
}

int64_t sys_mq_notify(struct cpu *cpu, const uint64_t a[6])
{
    struct sys_sigevent ev, *evp = NULL;
    if (a[1] != 0) {
        int64_t r = sys_sigevent_get(a[1], &ev);
        if (r < 0) {
            return r;
        }
        if (ev.notify == SYS_SIGEV_THREAD) {
            const void *cookie = sys_lock(ev.value, NOTIFY_COOKIE_LEN, SYS_R);
            if (cookie == NULL) {
                return -GUEST_EFAULT;
            }
            ev.value = (uint64_t)(uintptr_t)cookie;
        } else if (sys_sigevent_inproc(&ev)) {
            return -GUEST_EINVAL;
        }
        evp = &ev;
    }
    return sys_ret(syscall(SYS_mq_notify, (int)a[0], evp));
}

int64_t sys_mq_getsetattr(struct cpu *cpu, const uint64_t a[6])
{
    struct mq_attr nh, oh, *np = NULL;
    struct guest_mq_attr *og = NULL;
    if (a[1] != 0) {
        const struct guest_mq_attr *ng = sys_lock(a[1], sizeof(*ng), SYS_R);
        if (ng == NULL) {
            return -GUEST_EFAULT;
        }
        attr_to_host(&nh, ng);
        np = &nh;
    }
    if (a[2] != 0 && (og = sys_lock(a[2], sizeof(*og), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    long r = syscall(SYS_mq_getsetattr, (int)a[0], np, og != NULL ? &oh
                                                                  : NULL);
    if (r == 0 && og != NULL) {
        attr_to_guest(og, &oh);
    }
    return sys_ret(r);
}
