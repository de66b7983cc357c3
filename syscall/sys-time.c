/* SPDX-License-Identifier: MIT */
/*
 * Clocks and sleeps.  struct timespec/timeval are two 64-bit words on
 * every 64-bit Linux, so guest buffers are filled in place (checked).
 */
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "syscall/guest-types.h"
#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"

_Static_assert(sizeof(struct timespec) == sizeof(struct guest_timespec),
               "timespec layout");
_Static_assert(sizeof(struct timeval) == sizeof(struct guest_timeval),
               "timeval layout");

/* Optional timespec pointer: NULL stays NULL, a bad one is EFAULT. */
static bool ts_lock(uint64_t addr, int prot, struct timespec **out)
{
    *out = NULL;
    if (addr == 0) {
        return true;
    }
    *out = sys_lock(addr, sizeof(struct timespec), prot);
    return *out != NULL;
}

int64_t sys_clock_gettime(struct cpu *cpu, const uint64_t a[6])
{
    struct timespec *ts;
    if (!ts_lock(a[1], SYS_W, &ts) || ts == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(clock_gettime((clockid_t)a[0], ts));
}

int64_t sys_clock_getres(struct cpu *cpu, const uint64_t a[6])
{
    struct timespec *ts;
    if (!ts_lock(a[1], SYS_W, &ts)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_clock_getres, (clockid_t)a[0], ts));
}

int64_t sys_gettimeofday(struct cpu *cpu, const uint64_t a[6])
{
    struct timeval *tv = NULL;
    void *tz = NULL;
    if (a[0] != 0 && (tv = sys_lock(a[0], sizeof(*tv), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    /* struct timezone: two ints. */
    if (a[1] != 0 && (tz = sys_lock(a[1], 8, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    /* Without a timezone, the C library's call takes the host vDSO path:
     * a guest without a vDSO of its own makes this syscall for every
     * gettimeofday(), so it should cost what a native one does. */
    if (tz == NULL) {
        return sys_ret(gettimeofday(tv, NULL));
    }
    return sys_ret(syscall(SYS_gettimeofday, tv, tz));
}

int64_t sys_nanosleep(struct cpu *cpu, const uint64_t a[6])
{
    struct timespec *req, *rem;
    if (!ts_lock(a[0], SYS_R, &req) || !ts_lock(a[1], SYS_W, &rem)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_nanosleep, req, rem));
}

int64_t sys_clock_nanosleep(struct cpu *cpu, const uint64_t a[6])
{
    struct timespec *req, *rem;
    if (!ts_lock(a[2], SYS_R, &req) || !ts_lock(a[3], SYS_W, &rem)) {
        return -GUEST_EFAULT;
    }
    /* The raw call: libc's returns the error number instead of -1. */
    return sys_ret(safe_syscall(SYS_clock_nanosleep, (clockid_t)a[0], (int)a[1],
                           req, rem));
}

int64_t sys_times(struct cpu *cpu, const uint64_t a[6])
{
    struct tms t;
    struct guest_tms *g = NULL;
    if (a[0] != 0 && (g = sys_lock(a[0], sizeof(*g), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    clock_t r = times(&t);
    if (r == (clock_t)-1) {
        return sys_ret(-1);
    }
    if (g != NULL) {
        g->utime = t.tms_utime;
        g->stime = t.tms_stime;
        g->cutime = t.tms_cutime;
        g->cstime = t.tms_cstime;
    }
    return (int64_t)r;
}

/* struct itimerval: two timevals; alarm() is setitimer(ITIMER_REAL). */
int64_t sys_getitimer(struct cpu *cpu, const uint64_t a[6])
{
    void *cur = sys_lock(a[1], 2 * sizeof(struct timeval), SYS_W);
    if (cur == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_getitimer, (int)a[0], cur));
}

int64_t sys_setitimer(struct cpu *cpu, const uint64_t a[6])
{
    const void *nv = NULL;
    void *old = NULL;
    if (a[1] != 0 &&
        (nv = sys_lock(a[1], 2 * sizeof(struct timeval), SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[2] != 0 &&
        (old = sys_lock(a[2], 2 * sizeof(struct timeval), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_setitimer, (int)a[0], nv, old));
}
