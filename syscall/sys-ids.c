/* SPDX-License-Identifier: MIT */
/*
 * Process identity: pids, process groups, sessions, user and group ids.
 * The guest is a host process, so these are the host's own values.
 *
 * Setting ids: Linux's calls change the calling thread's credentials
 * only; POSIX's process-wide setuid() & co. are the C library's doing,
 * which makes every thread repeat the call (glibc with its SIGSETXID
 * signal).  The guest's C library does that broadcast itself, one guest
 * thread at a time, so each guest call must be the raw, per-thread host
 * syscall: the host glibc's wrappers would signal every host thread of
 * the emulator (guest threads in the middle of their own calls, xrun's
 * service threads) and make the change process-wide at once.
 */
#include <grp.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

int64_t sys_getpid(struct cpu *cpu, const uint64_t a[6])
{
    return getpid();
}

int64_t sys_getppid(struct cpu *cpu, const uint64_t a[6])
{
    return getppid();
}

int64_t sys_gettid(struct cpu *cpu, const uint64_t a[6])
{
    return syscall(SYS_gettid);
}

int64_t sys_getuid(struct cpu *cpu, const uint64_t a[6])
{
    return getuid();
}

int64_t sys_geteuid(struct cpu *cpu, const uint64_t a[6])
{
    return geteuid();
}

int64_t sys_getgid(struct cpu *cpu, const uint64_t a[6])
{
    return getgid();
}

int64_t sys_getegid(struct cpu *cpu, const uint64_t a[6])
{
    return getegid();
}

/* getresuid/getresgid: three 32-bit ids written to guest pointers. */
static int64_t put_ids3(const uint64_t a[6], const unsigned v[3])
{
    for (int i = 0; i < 3; i++) {
        unsigned *p = sys_lock(a[i], sizeof(*p), SYS_W);
        if (p == NULL) {
            return -GUEST_EFAULT;
        }
        *p = v[i];
    }
    return 0;
}

int64_t sys_getresuid(struct cpu *cpu, const uint64_t a[6])
{
    uid_t r, e, s;
    if (getresuid(&r, &e, &s) < 0) {
        return sys_ret(-1);
    }
    const unsigned v[3] = {r, e, s};
    return put_ids3(a, v);
}

int64_t sys_getresgid(struct cpu *cpu, const uint64_t a[6])
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s) < 0) {
        return sys_ret(-1);
    }
    const unsigned v[3] = {r, e, s};
    return put_ids3(a, v);
}

int64_t sys_setuid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setuid, (uid_t)a[0]));
}

int64_t sys_setgid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setgid, (gid_t)a[0]));
}

int64_t sys_setreuid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setreuid, (uid_t)a[0], (uid_t)a[1]));
}

int64_t sys_setregid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setregid, (gid_t)a[0], (gid_t)a[1]));
}

int64_t sys_setresuid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setresuid, (uid_t)a[0], (uid_t)a[1],
                           (uid_t)a[2]));
}

int64_t sys_setresgid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setresgid, (gid_t)a[0], (gid_t)a[1],
                           (gid_t)a[2]));
}

/* setfsuid/setfsgid return the previous id and never fail. */
int64_t sys_setfsuid(struct cpu *cpu, const uint64_t a[6])
{
    return syscall(SYS_setfsuid, (uid_t)a[0]);
}

int64_t sys_setfsgid(struct cpu *cpu, const uint64_t a[6])
{
    return syscall(SYS_setfsgid, (gid_t)a[0]);
}

int64_t sys_getgroups(struct cpu *cpu, const uint64_t a[6])
{
    int n = (int)a[0];
    gid_t *list = NULL;
    if (n < 0) {
        return -GUEST_EINVAL;
    }
    if (n > 0 && (list = sys_lock(a[1], (uint64_t)n * 4, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(getgroups(n, list));
}

/* A bad list goes to the host as NULL: EPERM and EINVAL come first. */
int64_t sys_setgroups(struct cpu *cpu, const uint64_t a[6])
{
    const gid_t *list = sys_lock(a[1], (uint64_t)(unsigned)a[0] * 4, SYS_R);
    return sys_ret(syscall(SYS_setgroups, (int)a[0], list));
}

int64_t sys_setpgid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(setpgid((pid_t)a[0], (pid_t)a[1]));
}

int64_t sys_getpgid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(getpgid((pid_t)a[0]));
}

int64_t sys_getsid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(getsid((pid_t)a[0]));
}

int64_t sys_setsid(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(setsid());
}
