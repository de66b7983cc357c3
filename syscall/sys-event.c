/* SPDX-License-Identifier: MIT */
/*
 * Event descriptors: eventfd2, timerfd_create/settime/gettime, signalfd4
 * and inotify_init1/add_watch/rm_watch.  They are host descriptors read
 * with read(); struct itimerspec, signalfd_siginfo (128 bytes) and
 * inotify_event have the host layout.  Their CLOEXEC and NONBLOCK flags
 * are the guest's O_ bits.  A signalfd's mask is the guest's minus the
 * signals xrun keeps for itself (faults, the C library's, the kick).
 */
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/sys-internal.h"

_Static_assert(sizeof(struct itimerspec) == 32, "itimerspec");
_Static_assert(sizeof(struct signalfd_siginfo) == 128, "signalfd_siginfo");
_Static_assert(sizeof(struct inotify_event) == 16, "inotify_event");

static int event_flags(uint64_t guest)
{
    return sys_oflags_to_host(sys_quirks(), (uint32_t)guest);
}

int64_t sys_eventfd2(struct cpu *cpu, const uint64_t a[6])
{
    /* EFD_SEMAPHORE is bit 0, not an open flag any ABI moves. */
    return sys_ret(syscall(SYS_eventfd2, (unsigned)a[0], event_flags(a[1])));
}

int64_t sys_timerfd_create(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(timerfd_create((int)a[0], event_flags(a[1])));
}

int64_t sys_timerfd_settime(struct cpu *cpu, const uint64_t a[6])
{
    const struct itimerspec *nv = sys_lock(a[2], sizeof(*nv), SYS_R);
    struct itimerspec *ov = NULL;

    if (nv == NULL ||
        (a[3] != 0 && (ov = sys_lock(a[3], sizeof(*ov), SYS_W)) == NULL)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(timerfd_settime((int)a[0], (int)a[1], nv, ov));
}

int64_t sys_timerfd_gettime(struct cpu *cpu, const uint64_t a[6])
{
    struct itimerspec *cur = sys_lock(a[1], sizeof(*cur), SYS_W);
    if (cur == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(timerfd_gettime((int)a[0], cur));
}

int64_t sys_signalfd4(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t *gm = sys_lock(a[1], 8, SYS_R);
    if (a[2] != 8) {
        return -GUEST_EINVAL;
    }
    if (gm == NULL) {
        return -GUEST_EFAULT;
    }
    /* Numbers are the host's; ours (never blocked) stay out of it. */
    uint64_t mask = *gm & ~lu_sig_host_never_blocked();
    return sys_ret(syscall(SYS_signalfd4, (int)a[0], &mask, (size_t)8,
                           event_flags(a[3])));
}

int64_t sys_inotify_init1(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(inotify_init1(event_flags(a[0])));
}

int64_t sys_inotify_add_watch(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t err = sys_get_path(a[1], path);
    if (err < 0) {
        return err;
    }
    return sys_ret(inotify_add_watch((int)a[0], path, (uint32_t)a[2]));
}

int64_t sys_inotify_rm_watch(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(inotify_rm_watch((int)a[0], (int)a[1]));
}
