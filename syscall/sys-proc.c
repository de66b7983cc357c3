/* SPDX-License-Identifier: MIT */
/*
 * Process and thread creation and reaping: clone/clone3 of a new process
 * (a host fork(), also for vfork, whose shared memory we cannot give), of
 * a thread (linux-user/thread.c: a host thread sharing everything), and
 * wait4/waitid.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "linux-user/thread.h"
#include "syscall/guest-types.h"
#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"
#include "translator/exclusive.h"
#include "translator/log.h"

#define GUEST_CLONE_VM 0x100u
#define GUEST_CLONE_FS 0x200u
#define GUEST_CLONE_FILES 0x400u
#define GUEST_CLONE_SIGHAND 0x800u
#define GUEST_CLONE_PIDFD 0x1000u
#define GUEST_CLONE_VFORK 0x4000u
#define GUEST_CLONE_THREAD 0x10000u
#define GUEST_CLONE_SETTLS 0x80000u
#define GUEST_CLONE_PARENT_SETTID 0x100000u
#define GUEST_CLONE_CHILD_CLEARTID 0x200000u
#define GUEST_CLONE_DETACHED 0x400000u
#define GUEST_CLONE_CHILD_SETTID 0x1000000u

#define GUEST_CLONE_SYSVSEM 0x40000u

/* A thread shares all of these (glibc and musl pass exactly the first
 * six, plus the three tid/tls ones). */
#define THREAD_NEEDS (GUEST_CLONE_VM | GUEST_CLONE_FS | GUEST_CLONE_FILES | \
                      GUEST_CLONE_SIGHAND | GUEST_CLONE_THREAD)
#define THREAD_FLAGS (THREAD_NEEDS | GUEST_CLONE_SYSVSEM |                 \
                      GUEST_CLONE_SETTLS | GUEST_CLONE_PARENT_SETTID |      \
                      GUEST_CLONE_CHILD_CLEARTID | GUEST_CLONE_CHILD_SETTID | \
                      GUEST_CLONE_DETACHED)

/* Flags a fork can honour; the rest need shared state we cannot give. */
#define FORK_FLAGS (GUEST_CLONE_VM | GUEST_CLONE_VFORK | GUEST_CLONE_SETTLS | \
                    GUEST_CLONE_PARENT_SETTID | GUEST_CLONE_CHILD_CLEARTID | \
                    GUEST_CLONE_CHILD_SETTID | GUEST_CLONE_DETACHED)

struct clone_req {
    uint64_t flags;
    int exit_signal;
    uint64_t sp;        /* child stack pointer, 0: same as parent */
    uint64_t tls;
    uint64_t parent_tid, child_tid;
};

static void put_tid(uint64_t addr, pid_t tid)
{
    int32_t *p = sys_lock(addr, 4, SYS_W);
    if (p != NULL) {
        *p = tid;
    }
}

static void clone_child_setup(struct cpu *cpu, const struct clone_req *r)
{
    if (r->flags & GUEST_CLONE_CHILD_SETTID) {
        put_tid(r->child_tid, (pid_t)syscall(SYS_gettid));
    }
    if (r->flags & GUEST_CLONE_CHILD_CLEARTID) {
        sys_thread_set_clear_tid(r->child_tid);
    }
    if (r->sp != 0 && sys_proc.abi != NULL) {
        sys_proc.abi->set_sp(cpu, r->sp);
    }
    if ((r->flags & GUEST_CLONE_SETTLS) && sys_proc.abi != NULL) {
        sys_proc.abi->set_tls(cpu, r->tls);
    }
}

static int64_t clone_thread(struct cpu *cpu, const struct clone_req *r)
{
    if ((r->flags & THREAD_NEEDS) != THREAD_NEEDS ||
        (r->flags & ~(uint64_t)THREAD_FLAGS) != 0 || r->exit_signal != 0) {
        log_unimp_once("clone: CLONE_VM without a thread's flags, flags",
                       (unsigned long)r->flags);
        return -GUEST_EINVAL;
    }
    struct lu_clone_req t = {
        .flags = r->flags, .sp = r->sp, .tls = r->tls,
        .parent_tid = r->parent_tid, .child_tid = r->child_tid,
    };
    return sys_ret_neg(lu_thread_clone(cpu, &t));
}

static int64_t clone_process(struct cpu *cpu, const struct clone_req *r)
{
    int vpipe[2] = {-1, -1};
    struct sys_vfork share = {0, 0};
    bool vfork_ = (r->flags & GUEST_CLONE_VFORK) != 0;

    if ((r->flags & GUEST_CLONE_VM) && !vfork_) {
        return clone_thread(cpu, r);
    }
    if ((r->flags & ~(uint64_t)FORK_FLAGS) != 0) {
        log_unimp_once("clone: flags", (unsigned long)r->flags);
        return -GUEST_EINVAL;
    }
    if (r->exit_signal != SIGCHLD) {
        log_unimp_once("clone: exit signal (SIGCHLD used)",
                       (unsigned long)r->exit_signal);
    }
    /*
     * vfork: the parent sleeps until the child has exec'd or exited, as
     * the kernel's does: a close-on-exec socket tells (EOF), and carries
     * the memory the child shares (sys-vfork.c).
     */
    if (vfork_) {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, vpipe) < 0) {
            return sys_ret(-1);
        }
        sys_vfork_range(cpu, &share);
    }
    strace_interrupt(" ...");
    sys_flush_logs();
    /* Every other thread parked, so none holds a lock the child needs. */
    excl_start();
    lu_fork_prepare();
    pid_t pid = fork();
    lu_fork_done();
    if (pid == 0) {
        excl_after_fork_child();
    }
    excl_end();
    if (pid == 0) {
        if (vfork_) {
            close(vpipe[0]);
            sys_vfork_child(vpipe[1], &share);
        } else {
            sys_vfork_forget();
        }
        lu_thread_after_fork();
        clone_child_setup(cpu, r);
        return 0;
    }
    if (vfork_) {
        close(vpipe[1]);
        if (pid > 0) {
            sys_vfork_wait(vpipe[0], &share);
        } else {
            close(vpipe[0]);
        }
    }
    if (pid > 0 && (r->flags & GUEST_CLONE_PARENT_SETTID)) {
        put_tid(r->parent_tid, pid);
    }
    return sys_ret(pid);
}

/* clone(flags, newsp, parent_tid, tls, child_tid): the asm-generic order. */
int64_t sys_clone(struct cpu *cpu, const uint64_t a[6])
{
    struct clone_req r = {
        .flags = a[0] & ~(uint64_t)0xff,
        .exit_signal = (int)(a[0] & 0xff),
        .sp = a[1],
        .parent_tid = a[2],
        .tls = a[3],
        .child_tid = a[4],
    };
    return clone_process(cpu, &r);
}

/* clone3's struct clone_args version 0 is 64 bytes. */
#define CLONE_ARGS_SIZE_VER0 64

int64_t sys_clone3(struct cpu *cpu, const uint64_t a[6])
{
    struct guest_clone_args ca = {0};
    if (a[1] < CLONE_ARGS_SIZE_VER0 || a[1] > 4096) {
        return -GUEST_EINVAL;
    }
    const void *g = sys_lock(a[0], a[1], SYS_R);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    memcpy(&ca, g, a[1] < sizeof(ca) ? a[1] : sizeof(ca));
    if (ca.set_tid_size != 0 || ca.exit_signal > 64 ||
        (ca.flags & 0xff) != 0) {
        return -GUEST_EINVAL;
    }
    struct clone_req r = {
        .flags = ca.flags,
        .exit_signal = (int)ca.exit_signal,
        .sp = ca.stack != 0 ? ca.stack + ca.stack_size : 0,
        .tls = ca.tls,
        .parent_tid = ca.parent_tid,
        .child_tid = ca.child_tid,
    };
    return clone_process(cpu, &r);
}

static int64_t rusage_out(uint64_t addr, const struct rusage *ru)
{
    struct guest_rusage *g = sys_lock(addr, sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    conv_rusage_to_guest(g, ru);
    return 0;
}

int64_t sys_wait4(struct cpu *cpu, const uint64_t a[6])
{
    int status;
    struct rusage ru;
    int *gstatus = NULL;

    /* Check the pointers first: a reaped child cannot be un-reaped. */
    if (a[1] != 0 && (gstatus = sys_lock(a[1], 4, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[3] != 0 && sys_lock(a[3], sizeof(struct guest_rusage), SYS_W) ==
                         NULL) {
        return -GUEST_EFAULT;
    }
    pid_t r = (pid_t)safe_syscall(SYS_wait4, (pid_t)a[0], &status, (int)a[2],
                                 a[3] ? &ru : NULL);
    if (r < 0) {
        return sys_ret(-1);
    }
    if (r > 0 && gstatus != NULL) {
        *gstatus = status;   /* the wait status encoding is the same */
    }
    if (a[3] != 0) {
        rusage_out(a[3], &ru);
    }
    return r;
}

/* siginfo_t is 128 bytes with the same layout on 64-bit Linux. */
#define GUEST_SIGINFO_SIZE 128

int64_t sys_waitid(struct cpu *cpu, const uint64_t a[6])
{
    void *info = NULL;
    struct rusage ru;

    if (a[2] != 0 && (info = sys_lock(a[2], GUEST_SIGINFO_SIZE, SYS_W)) ==
                         NULL) {
        return -GUEST_EFAULT;
    }
    if (a[4] != 0 && sys_lock(a[4], sizeof(struct guest_rusage), SYS_W) ==
                         NULL) {
        return -GUEST_EFAULT;
    }
    long r = safe_syscall(SYS_waitid, (int)a[0], (pid_t)a[1], info, (int)a[3],
                     a[4] ? &ru : NULL);
    if (r < 0) {
        return sys_ret(r);
    }
    if (a[4] != 0) {
        rusage_out(a[4], &ru);
    }
    return r;
}
