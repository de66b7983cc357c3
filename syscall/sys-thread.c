/* SPDX-License-Identifier: MIT */
/*
 * Thread bookkeeping the C libraries do (set_tid_address, robust lists,
 * rseq), futexes, and exit.  Each guest thread is a host thread, so the
 * per-thread records are host thread-locals; at thread exit the robust
 * list is walked and clear_child_tid cleared and woken, as the kernel's
 * mm_release() does, before linux-user ends the thread.
 */
#include <linux/futex.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "linux-user/thread.h"
#include "syscall/sigstate.h"
#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"

static __thread uint64_t clear_child_tid;
static __thread uint64_t robust_head, robust_len;

/* struct robust_list_head on 64-bit: three words. */
#define GUEST_ROBUST_HEAD_SIZE 24
/* The kernel's ROBUST_LIST_LIMIT: stop walking a corrupt list. */
#define GUEST_ROBUST_LIMIT 2048

void sys_thread_set_clear_tid(uint64_t addr)
{
    clear_child_tid = addr;
}

void sys_thread_init(uint64_t addr)
{
    clear_child_tid = addr;
    robust_head = 0;
    robust_len = 0;
}

static bool read_word(uint64_t addr, uint64_t *out)
{
    if (!gmm_access_ok(addr, 8, PROT_READ)) {
        return false;
    }
    *out = *(const uint64_t *)g2h(addr);
    return true;
}

/* handle_futex_death(): a lock the dying thread holds gets OWNER_DIED. */
static void futex_death(uint64_t uaddr, bool pi, bool pending, uint32_t tid)
{
    if (!gmm_access_ok(uaddr, 4, PROT_READ | PROT_WRITE)) {
        return;
    }
    uint32_t *w = g2h(uaddr);
    uint32_t uval = __atomic_load_n(w, __ATOMIC_SEQ_CST);
    if (pending && !pi && uval == 0) {
        syscall(SYS_futex, w, FUTEX_WAKE, 1, NULL, NULL, 0);
        return;
    }
    for (;;) {
        if ((uval & FUTEX_TID_MASK) != tid) {
            return;
        }
        uint32_t mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
        if (__atomic_compare_exchange_n(w, &uval, mval, false,
                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
            break;
        }
    }
    if (!pi && (uval & FUTEX_WAITERS)) {
        syscall(SYS_futex, w, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
}

/* exit_robust_list(): entries are guest pointers, bit 0 flags PI. */
static void robust_list_walk(uint32_t tid)
{
    uint64_t next, offset, pending;
    if (robust_head == 0 || !read_word(robust_head, &next) ||
        !read_word(robust_head + 8, &offset) ||
        !read_word(robust_head + 16, &pending)) {
        return;
    }
    for (int n = 0; (next & ~1ull) != robust_head && n < GUEST_ROBUST_LIMIT;
         n++) {
        uint64_t entry = next & ~1ull, after;
        if (!read_word(entry, &after)) {
            return;
        }
        if (entry != (pending & ~1ull)) {
            futex_death(entry + offset, next & 1, false, tid);
        }
        next = after;
    }
    if (pending != 0) {
        futex_death((pending & ~1ull) + offset, pending & 1, true, tid);
    }
}

void sys_thread_exit_cleanup(void)
{
    robust_list_walk((uint32_t)syscall(SYS_gettid));
    robust_head = 0;
    if (clear_child_tid != 0 &&
        gmm_access_ok(clear_child_tid, 4, PROT_WRITE)) {
        uint32_t *w = g2h(clear_child_tid);
        __atomic_store_n(w, 0, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, w, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
    clear_child_tid = 0;
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
    return sys_ret(safe_syscall(SYS_futex, uaddr, (int)a[1], (uint32_t)a[2],
                           arg4, uaddr2, (uint32_t)a[5]));
}

_Noreturn void sys_exit_process(int status)
{
    strace_interrupt(" = ?");
    sys_flush_logs();
    sys_vfork_sync();
    exit(status & 0xff);
}

int64_t sys_exit(struct cpu *cpu, const uint64_t a[6])
{
    /* This thread only; the last one out ends the process. */
    strace_interrupt(" = ?");
    lu_thread_exit((int)a[0]);
}

int64_t sys_exit_group(struct cpu *cpu, const uint64_t a[6])
{
    sys_exit_process((int)a[0]);
}
