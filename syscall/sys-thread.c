/* SPDX-License-Identifier: MIT */
/*
 * Thread bookkeeping the C libraries do at start-up (set_tid_address,
 * robust lists, rseq), futexes, and exit.  Until CLONE_VM threads exist
 * (next issue) a process has one guest thread, so exit ends the process.
 */
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

/* Recorded per thread; the threads issue acts on them at thread exit. */
static __thread uint64_t clear_child_tid;
static __thread uint64_t robust_head, robust_len;

/* struct robust_list_head on 64-bit: three words. */
#define GUEST_ROBUST_HEAD_SIZE 24

void sys_thread_set_clear_tid(uint64_t addr)
{
    clear_child_tid = addr;
}

int64_t sys_set_tid_address(struct cpu *cpu, const uint64_t a[6])
{
    clear_child_tid = a[0];
    return syscall(SYS_gettid);
}

int64_t sys_set_robust_list(struct cpu *cpu, const uint64_t a[6])
{
    if (a[1] != GUEST_ROBUST_HEAD_SIZE) {
        return -GUEST_EINVAL;
    }
    robust_head = a[0];
    robust_len = a[1];
    return 0;
}

int64_t sys_get_robust_list(struct cpu *cpu, const uint64_t a[6])
{
    uint64_t *head = sys_lock(a[1], 8, SYS_W);
    uint64_t *len = sys_lock(a[2], 8, SYS_W);
    if ((pid_t)a[0] != 0 && (pid_t)a[0] != (pid_t)syscall(SYS_gettid)) {
        return -GUEST_ESRCH;
    }
    if (head == NULL || len == NULL) {
        return -GUEST_EFAULT;
    }
    *head = robust_head;
    *len = robust_len;
    return 0;
}

/*
 * Restartable sequences would need the kernel's abort-on-preemption for
 * guest code; ENOSYS is what qemu-user answers and glibc falls back.
 */
int64_t sys_rseq(struct cpu *cpu, const uint64_t a[6])
{
    return -GUEST_ENOSYS;
}

/* Futex commands by how they use arguments 4 and 5 (linux/futex.h). */
enum { FUTEX_ARGS_NONE, FUTEX_ARGS_TIMEOUT, FUTEX_ARGS_UADDR2,
       FUTEX_ARGS_BOTH };

static int futex_args(int cmd)
{
    switch (cmd) {
    case 0:  /* WAIT */
    case 6:  /* LOCK_PI */
    case 9:  /* WAIT_BITSET */
    case 13: /* LOCK_PI2 */
        return FUTEX_ARGS_TIMEOUT;
    case 3:  /* REQUEUE: arg 4 is a count */
    case 4:  /* CMP_REQUEUE */
    case 5:  /* WAKE_OP */
    case 12: /* CMP_REQUEUE_PI */
        return FUTEX_ARGS_UADDR2;
    case 11: /* WAIT_REQUEUE_PI */
        return FUTEX_ARGS_BOTH;
    default:
        return FUTEX_ARGS_NONE;
    }
}

int64_t sys_futex(struct cpu *cpu, const uint64_t a[6])
{
    /* Guest memory is host memory: the host futex works on it directly. */
    int kind = futex_args((int)a[1] & 127);
    void *uaddr = sys_lock(a[0], 4, SYS_R);
    uintptr_t arg4 = (uintptr_t)a[3];
    void *uaddr2 = NULL;

    if (uaddr == NULL) {
        return -GUEST_EFAULT;
    }
    if ((kind == FUTEX_ARGS_TIMEOUT || kind == FUTEX_ARGS_BOTH) && a[3]) {
        void *ts = sys_lock(a[3], sizeof(struct timespec), SYS_R);
        if (ts == NULL) {
            return -GUEST_EFAULT;
        }
        arg4 = (uintptr_t)ts;
    }
    if (kind == FUTEX_ARGS_UADDR2 || kind == FUTEX_ARGS_BOTH) {
        uaddr2 = sys_lock(a[4], 4, SYS_R);
        if (uaddr2 == NULL) {
            return -GUEST_EFAULT;
        }
    }
    return sys_ret(syscall(SYS_futex, uaddr, (int)a[1], (uint32_t)a[2],
                           arg4, uaddr2, (uint32_t)a[5]));
}

_Noreturn static void sys_exit_process(int status)
{
    strace_interrupt(" = ?");
    sys_flush_logs();
    exit(status & 0xff);
}

int64_t sys_exit(struct cpu *cpu, const uint64_t a[6])
{
    /* The only guest thread: its exit is the process's (threads: next). */
    sys_exit_process((int)a[0]);
}

int64_t sys_exit_group(struct cpu *cpu, const uint64_t a[6])
{
    sys_exit_process((int)a[0]);
}
