/* SPDX-License-Identifier: MIT */
/*
 * Waiting on descriptors: ppoll and pselect6.  struct pollfd, fd_set and
 * timespec have the same layout for the guest.  The temporary signal
 * mask is the guest's for the call (a handler it lets in runs under it,
 * as on Linux); the host call gets the matching host mask.
 */
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"

/* Guest sigset pointer (8 bytes) -> its value; false on fault. */
static bool mask_in(uint64_t addr, uint64_t *out)
{
    const uint64_t *gm = sys_lock(addr, 8, SYS_R);
    if (gm == NULL) {
        return false;
    }
    *out = *gm;
    return true;
}

/* A temporary guest mask for the call (have: the guest passed one). */
struct tmask {
    bool have;
    uint64_t guest;
    uint64_t host;     /* what the host call gets */
};

/* false: a signal is already due under the mask: EINTR at once. */
static bool tmask_begin(struct tmask *m)
{
    if (m->have && !lu_sigmask_temp_begin(m->guest, &m->host)) {
        lu_sigmask_temp_end(true);
        return false;
    }
    return true;
}

static int64_t tmask_end(const struct tmask *m, int64_t r)
{
    if (m->have) {
        lu_sigmask_temp_end(r == -GUEST_EINTR);
    }
    return r;
}

int64_t sys_ppoll(struct cpu *cpu, const uint64_t a[6])
{
    /* struct pollfd (8 bytes) and timespec match; the mask is 8 bytes. */
    void *fds = sys_lock(a[0], a[1] * 8, SYS_R | SYS_W);
    void *ts = a[2] ? sys_lock(a[2], 16, SYS_R | SYS_W) : NULL;
    uint64_t mask = 0;
    if (fds == NULL || (a[2] != 0 && ts == NULL)) {
        return -GUEST_EFAULT;
    }
    if (a[3] != 0) {
        if (a[4] != 8) {
            return -GUEST_EINVAL;
        }
        if (!mask_in(a[3], &mask)) {
            return -GUEST_EFAULT;
        }
    }
    struct tmask m = {a[3] != 0, mask, 0};
    if (!tmask_begin(&m)) {
        return -GUEST_EINTR;
    }
    return tmask_end(&m, sys_ret(safe_syscall(SYS_ppoll, fds, (unsigned long)a[1],
                                         ts, m.have ? &m.host : NULL,
                                         (size_t)8)));
}

/* An optional fd_set of n bits. */
static bool fdset_lock(uint64_t addr, int n, void **out)
{
    *out = NULL;
    if (addr == 0) {
        return true;
    }
    *out = sys_lock(addr, ((uint64_t)n + 63) / 64 * 8, SYS_R | SYS_W);
    return *out != NULL;
}

int64_t sys_pselect6(struct cpu *cpu, const uint64_t a[6])
{
    int n = (int)a[0];
    void *rd, *wr, *ex, *ts = NULL;
    struct tmask m = {false, 0, 0};
    struct {
        const void *set;
        size_t size;
    } sig = {NULL, 8};

    if (n < 0 || n > 65536) {
        return -GUEST_EINVAL;
    }
    if (!fdset_lock(a[1], n, &rd) || !fdset_lock(a[2], n, &wr) ||
        !fdset_lock(a[3], n, &ex) ||
        (a[4] != 0 && (ts = sys_lock(a[4], 16, SYS_R | SYS_W)) == NULL)) {
        return -GUEST_EFAULT;
    }
    /* The sixth argument is {const sigset_t *ss; size_t ss_len}. */
    if (a[5] != 0) {
        const uint64_t *g = sys_lock(a[5], 16, SYS_R);
        if (g == NULL) {
            return -GUEST_EFAULT;
        }
        if (g[0] != 0) {
            if (g[1] != 8) {
                return -GUEST_EINVAL;
            }
            if (!mask_in(g[0], &m.guest)) {
                return -GUEST_EFAULT;
            }
            m.have = true;
            sig.set = &m.host;
        }
    }
    if (!tmask_begin(&m)) {
        return -GUEST_EINTR;
    }
    return tmask_end(&m, sys_ret(safe_syscall(SYS_pselect6, n, rd, wr, ex, ts,
                                         a[5] ? &sig : NULL)));
}
