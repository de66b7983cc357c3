/* SPDX-License-Identifier: MIT */
/*
 * System and resource information: uname (machine is the guest's),
 * sysinfo, rusage, rlimits, getrandom, scheduler queries.  Limits that
 * would constrain the emulator itself (address space, data, stack) are
 * reported but not applied, as qemu-user does.
 */
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "syscall/guest-types.h"
#include "syscall/sys-internal.h"
#include "translator/log.h"

int64_t sys_uname(struct cpu *cpu, const uint64_t a[6])
{
    struct utsname h;
    struct guest_utsname *g = sys_lock(a[0], sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    if (uname(&h) < 0) {
        return sys_ret(-1);
    }
    const char *machine = "riscv64";
    if (sys_proc.abi != NULL && sys_proc.abi->uname_machine != NULL) {
        machine = sys_proc.abi->uname_machine;
    }
    conv_utsname_to_guest(g, &h, machine);
    return 0;
}

int64_t sys_sysinfo(struct cpu *cpu, const uint64_t a[6])
{
    struct sysinfo h;
    struct guest_sysinfo *g = sys_lock(a[0], sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    if (sysinfo(&h) < 0) {
        return sys_ret(-1);
    }
    conv_sysinfo_to_guest(g, &h);
    return 0;
}

int64_t sys_getrusage(struct cpu *cpu, const uint64_t a[6])
{
    struct rusage h;
    struct guest_rusage *g = sys_lock(a[1], sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    if (getrusage((int)a[0], &h) < 0) {
        return sys_ret(-1);
    }
    conv_rusage_to_guest(g, &h);
    return 0;
}

/* Limits the guest may read but must not impose on the emulator. */
static bool rlimit_kept_by_host(int resource)
{
    return resource == RLIMIT_AS || resource == RLIMIT_DATA ||
           resource == RLIMIT_STACK;
}

int64_t sys_prlimit64(struct cpu *cpu, const uint64_t a[6])
{
    int res = (int)a[1];
    const struct guest_rlimit *nl = NULL;
    struct guest_rlimit *ol = NULL;

    if (a[2] != 0 && (nl = sys_lock(a[2], sizeof(*nl), SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[3] != 0 && (ol = sys_lock(a[3], sizeof(*ol), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    bool self = (pid_t)a[0] == 0 || (pid_t)a[0] == getpid();
    if (nl != NULL && self && rlimit_kept_by_host(res)) {
        nl = NULL;
    }
    struct rlimit hn, ho;
    if (nl != NULL) {
        hn.rlim_cur = nl->cur;
        hn.rlim_max = nl->max;
    }
    long r = syscall(SYS_prlimit64, (pid_t)a[0], res, nl ? &hn : NULL,
                     ol ? &ho : NULL);
    if (r == 0 && ol != NULL) {
        ol->cur = ho.rlim_cur;
        ol->max = ho.rlim_max;
    }
    return sys_ret(r);
}

int64_t sys_getrlimit(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t b[6] = {0, a[0], 0, a[1], 0, 0};
    return sys_prlimit64(cpu, b);
}

int64_t sys_setrlimit(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t b[6] = {0, a[0], a[1], 0, 0, 0};
    return sys_prlimit64(cpu, b);
}

int64_t sys_getrandom(struct cpu *cpu, const uint64_t a[6])
{
    void *buf = sys_lock(a[0], a[1], SYS_W);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_getrandom, buf, (size_t)a[1], (unsigned)a[2]));
}

int64_t sys_sched_yield(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_sched_yield));
}

int64_t sys_sched_getaffinity(struct cpu *cpu, const uint64_t a[6])
{
    /* The kernel returns how many bytes of mask it wrote. */
    void *mask = sys_lock(a[2], a[1], SYS_W);
    if (mask == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_sched_getaffinity, (pid_t)a[0], (size_t)a[1],
                           mask));
}

int64_t sys_sched_setaffinity(struct cpu *cpu, const uint64_t a[6])
{
    const void *mask = sys_lock(a[2], a[1], SYS_R);
    if (mask == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_sched_setaffinity, (pid_t)a[0], (size_t)a[1],
                           mask));
}

int64_t sys_getcpu(struct cpu *cpu, const uint64_t a[6])
{
    void *c = NULL, *n = NULL;
    if (a[0] != 0 && (c = sys_lock(a[0], 4, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[1] != 0 && (n = sys_lock(a[1], 4, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_getcpu, c, n, NULL));
}

/* The raw calls: getpriority's kernel result is 20 - nice, never < 0. */
int64_t sys_getpriority(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_getpriority, (int)a[0], (int)a[1]));
}

int64_t sys_setpriority(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_setpriority, (int)a[0], (int)a[1],
                           (int)a[2]));
}

/* prctl options that only touch our own process and need no translation. */
#define GUEST_PR_SET_PDEATHSIG 1
#define GUEST_PR_GET_PDEATHSIG 2
#define GUEST_PR_GET_DUMPABLE 3
#define GUEST_PR_SET_DUMPABLE 4
#define GUEST_PR_SET_NAME 15
#define GUEST_PR_GET_NAME 16
#define GUEST_PR_GET_KEEPCAPS 7
#define GUEST_PR_SET_KEEPCAPS 8
#define GUEST_PR_CAPBSET_READ 23
#define GUEST_PR_SET_TIMERSLACK 29
#define GUEST_PR_GET_TIMERSLACK 30
#define GUEST_PR_SET_CHILD_SUBREAPER 36
#define GUEST_PR_GET_CHILD_SUBREAPER 37
#define GUEST_PR_SET_NO_NEW_PRIVS 38
#define GUEST_PR_GET_NO_NEW_PRIVS 39
#define GUEST_PR_NAME_LEN 16

int64_t sys_prctl(struct cpu *cpu, const uint64_t a[6])
{
    int op = (int)a[0];

    switch (op) {
    case GUEST_PR_SET_PDEATHSIG:
    case GUEST_PR_GET_DUMPABLE:
    case GUEST_PR_SET_DUMPABLE:
    case GUEST_PR_SET_NO_NEW_PRIVS:
    case GUEST_PR_GET_NO_NEW_PRIVS:
    case GUEST_PR_GET_KEEPCAPS:
    case GUEST_PR_SET_KEEPCAPS:
    case GUEST_PR_CAPBSET_READ:
    case GUEST_PR_SET_TIMERSLACK:
    case GUEST_PR_GET_TIMERSLACK:
    case GUEST_PR_SET_CHILD_SUBREAPER:
        /* Scalar arguments only: the host call is the guest's. */
        return sys_ret(prctl(op, a[1], a[2], a[3], a[4]));
    case GUEST_PR_GET_CHILD_SUBREAPER:
    case GUEST_PR_GET_PDEATHSIG: {
        int *sig = sys_lock(a[1], sizeof(*sig), SYS_W);
        return sig == NULL ? -GUEST_EFAULT : sys_ret(prctl(op, sig));
    }
    case GUEST_PR_SET_NAME: {
        /* The kernel keeps the first 15 bytes of a longer name. */
        char name[SYS_PATH_MAX];
        int64_t r = sys_strcpy(a[1], name, sizeof(name));
        if (r < 0) {
            return r;
        }
        name[GUEST_PR_NAME_LEN - 1] = 0;
        return sys_ret(prctl(op, name));
    }
    case GUEST_PR_GET_NAME: {
        char *name = sys_lock(a[1], GUEST_PR_NAME_LEN, SYS_W);
        return name == NULL ? -GUEST_EFAULT : sys_ret(prctl(op, name));
    }
    default:
        log_unimp_once("prctl option", (unsigned long)op);
        return -GUEST_EINVAL;
    }
}
