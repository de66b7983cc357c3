/* SPDX-License-Identifier: MIT */
/*
 * Scheduling: policies and static priorities (sched_setscheduler,
 * sched_getscheduler, sched_setparam, sched_getparam,
 * sched_get_priority_max/min, sched_rr_get_interval) and I/O priorities
 * (ioprio_set/get).  Guest threads are host threads, so these act on the
 * host thread or process the guest names, with the host's rules and
 * limits.  struct sched_param is one int and the policy numbers and
 * IOPRIO encodings are the same on every Linux ABI; the raw calls keep
 * Linux's per-thread meaning of pid (glibc's wrappers would too).
 */
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

/*
 * The sched_param argument: Linux checks for NULL and a negative pid
 * (EINVAL) before it touches memory, so those go to the host as they are
 * and only a real pointer is checked.
 */
static bool param_lock(const uint64_t a[6], int pid_arg, int param_arg,
                       int prot, void **out)
{
    *out = NULL;
    if (a[param_arg] == 0 || (pid_t)a[pid_arg] < 0) {
        return true;
    }
    *out = sys_lock(a[param_arg], sizeof(int), prot);
    return *out != NULL;
}

int64_t sys_sched_setparam(struct cpu *cpu, const uint64_t a[6])
{
    void *p;
    if (!param_lock(a, 0, 1, SYS_R, &p)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_sched_setparam, (pid_t)a[0], p));
}

int64_t sys_sched_getparam(struct cpu *cpu, const uint64_t a[6])
{
    void *p;
    if (!param_lock(a, 0, 1, SYS_W, &p)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_sched_getparam, (pid_t)a[0], p));
}

int64_t sys_sched_setscheduler(struct cpu *cpu, const uint64_t a[6])
{
    void *p;
    if (!param_lock(a, 0, 2, SYS_R, &p)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_sched_setscheduler, (pid_t)a[0], (int)a[1],
                           p));
}

int64_t sys_sched_getscheduler(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_sched_getscheduler, (pid_t)a[0]));
}

int64_t sys_sched_get_priority_max(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_sched_get_priority_max, (int)a[0]));
}

int64_t sys_sched_get_priority_min(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_sched_get_priority_min, (int)a[0]));
}

int64_t sys_sched_rr_get_interval(struct cpu *cpu, const uint64_t a[6])
{
    struct timespec *ts = sys_lock(a[1], sizeof(*ts), SYS_W);
    if (ts == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_sched_rr_get_interval, (pid_t)a[0], ts));
}

int64_t sys_ioprio_set(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_ioprio_set, (int)a[0], (int)a[1], (int)a[2]));
}

int64_t sys_ioprio_get(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_ioprio_get, (int)a[0], (int)a[1]));
}
