/* SPDX-License-Identifier: MIT */
/*
 * Guest threads on host threads.  clone(CLONE_VM | CLONE_THREAD ...)
 * copies the parent's cpu into a new host pthread that runs its own cpu
 * loop; the guest tid is the host tid.  The child stores PARENT_SETTID /
 * CHILD_SETTID itself before the parent's clone returns (the kernel does
 * it before the child can run).  A thread's exit unwinds back to its
 * start routine (no pthread_exit: it needs libgcc_s in static builds);
 * the main thread leaves with the raw exit syscall, the process lives on
 * until the last thread.  Host signals stay blocked while a thread has no
 * guest state.
 */
#include "linux-user/thread.h"

#include <errno.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/guest-mm.h"
#include "linux-user/lu.h"
#include "linux-user/signal.h"
#include "syscall/sigstate.h"
#include "translator/exclusive.h"
#include "translator/fp-fast.h"
#include "translator/log.h"
#include "translator/tb.h"

#define GUEST_CLONE_SETTLS 0x80000u
#define GUEST_CLONE_PARENT_SETTID 0x100000u
#define GUEST_CLONE_CHILD_CLEARTID 0x200000u
#define GUEST_CLONE_CHILD_SETTID 0x1000000u

static __thread struct lu_thread *lu_self;
static struct lu_thread lu_main_thread;
static struct lu_thread *lu_threads;
static int lu_n_threads;
static pthread_mutex_t lu_threads_lock = PTHREAD_MUTEX_INITIALIZER;
/* Exit status of the main thread once it has left (-1: still there). */
static int lu_leader_status = -1;

struct lu_thread *lu_thread_self(void)
{
    return lu_self;
}

static void lu_thread_link(struct lu_thread *t)
{
    pthread_mutex_lock(&lu_threads_lock);
    t->next = lu_threads;
    lu_threads = t;
    lu_n_threads++;
    pthread_mutex_unlock(&lu_threads_lock);
}

int lu_thread_foreach(int (*fn)(struct lu_thread *t, void *arg), void *arg)
{
    int r = 0;
    pthread_mutex_lock(&lu_threads_lock);
    for (struct lu_thread *t = lu_threads; t != NULL && r == 0; t = t->next) {
        r = fn(t, arg);
    }
    pthread_mutex_unlock(&lu_threads_lock);
    return r;
}

void lu_thread_register_main(struct cpu *cpu, const struct guest_abi *abi)
{
    struct lu_thread *t = &lu_main_thread;
    uint64_t host_mask = 0;

    syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &host_mask, (size_t)8);
    t->cpu = cpu;
    t->abi = abi;
    t->tid = (pid_t)syscall(SYS_gettid);
    t->is_main = true;
    lu_signal_thread_init(t, host_mask);
    lu_thread_link(t);
    lu_self = t;
    excl_thread_enter(cpu);
    lu_signal_map_trampoline(abi);
    lu_sig_host_setmask(t->sig.blocked);
}

/*
 * Before a host fork() in a multi-threaded guest: hold every lock another
 * thread could hold, in their nesting order (the address space, the block
 * cache, the backend's code cache, then the leaf sigaction table), so the
 * child starts with none of them taken by a thread it does not have.
 */
void lu_fork_prepare(void)
{
    pthread_mutex_lock(&gmm_lock);
    tb_fork_lock(true);
    lu_sigaction_fork_lock(true);
}

/* After fork(), in the parent and in the child: release them. */
void lu_fork_done(void)
{
    lu_sigaction_fork_lock(false);
    tb_fork_lock(false);
    pthread_mutex_unlock(&gmm_lock);
}

void lu_thread_after_fork(void)
{
    struct lu_thread *self = lu_self;
    /* Locks held by threads that did not survive the fork are lost. */
    pthread_mutex_init(&lu_threads_lock, NULL);
    lu_threads = self;
    lu_n_threads = self != NULL ? 1 : 0;
    if (self != NULL) {
        self->next = NULL;
        self->tid = (pid_t)syscall(SYS_gettid);
        pthread_mutex_init(&self->sig.lock, NULL);
        __atomic_store_n(&self->sig.pending, 0, __ATOMIC_RELEASE);
    }
}

/* What the parent hands to the child's start routine. */
struct lu_clone_start {
    struct cpu *cpu;
    const struct guest_abi *abi;
    struct lu_clone_req req;
    uint64_t blocked;              /* the parent's guest mask */
    sem_t ready;
    pid_t tid;                     /* set by the child, or -errno */
};

static void lu_put_tid(uint64_t addr, pid_t tid)
{
    if (gmm_access_ok(addr, 4, PROT_WRITE)) {
        __atomic_store_n((int32_t *)g2h(addr), (int32_t)tid, __ATOMIC_SEQ_CST);
    }
}

static void *lu_thread_start(void *arg)
{
    struct lu_clone_start *st = arg;
    fp_flags_thread_start();       /* the parent's host FP flags are not ours */
    excl_thread_enter(st->cpu);    /* before it allocates: see exclusive.h */
    struct lu_thread *t = calloc(1, sizeof(*t));
    int err = t != NULL ? lu_host_signals_thread_init() : -ENOMEM;

    if (err < 0) {
        free(t);
        st->tid = err;
        excl_set_cpu(NULL);        /* the parent frees it */
        sem_post(&st->ready);
        excl_thread_leave();
        return NULL;
    }
    t->cpu = st->cpu;
    t->abi = st->abi;
    t->tid = (pid_t)syscall(SYS_gettid);
    lu_signal_thread_init(t, st->blocked);
    if (st->req.flags & GUEST_CLONE_PARENT_SETTID) {
        lu_put_tid(st->req.parent_tid, t->tid);
    }
    if (st->req.flags & GUEST_CLONE_CHILD_SETTID) {
        lu_put_tid(st->req.child_tid, t->tid);
    }
    sys_thread_init((st->req.flags & GUEST_CLONE_CHILD_CLEARTID)
                        ? st->req.child_tid : 0);
    lu_thread_link(t);
    lu_self = t;
    st->tid = t->tid;
    sem_post(&st->ready);          /* st is gone after this */

    lu_sig_host_setmask(t->sig.blocked);
    if (sigsetjmp(t->exit_jmp, 0) == 0) {
        lu_cpu_loop(t->cpu, t->abi);
        /* EXCP_HALT: as if the thread called exit(0). */
        lu_thread_exit(0);
    }
    /* Back from lu_thread_exit(): host signals are blocked, t unlinked. */
    lu_self = NULL;
    excl_set_cpu(NULL);
    free(t->cpu);
    free(t);
    lu_host_signals_thread_fini();
    excl_thread_leave();
    return NULL;
}

int64_t lu_thread_clone(struct cpu *cpu, const struct lu_clone_req *r)
{
    struct lu_thread *self = lu_self;
    const struct guest_abi *abi = self != NULL ? self->abi : NULL;
    struct lu_clone_start st;
    pthread_attr_t attr;
    pthread_t th;
    sigset_t all, old;

    if (abi == NULL) {
        return -EINVAL;
    }
    struct cpu *c = malloc(cpu->arch->cpu_size);
    if (c == NULL) {
        return -ENOMEM;
    }
    if (cpu->arch->fp != NULL) {
        /* the JIT's pending FP flags belong to the copied state too */
        fp_flags_fold(cpu, cpu->arch->fp);
    }
    memcpy(c, cpu, cpu->arch->cpu_size);
    c->exit_request = 0;
    c->in_exec = false;
    c->cur_insn = NULL;
    c->cur_tb = NULL;
    abi->set_syscall_ret(c, 0);
    if (r->sp != 0) {
        abi->set_sp(c, r->sp);
    }
    if (r->flags & GUEST_CLONE_SETTLS) {
        abi->set_tls(c, r->tls);
    }
    st.cpu = c;
    st.abi = abi;
    st.req = *r;
    st.blocked = self->sig.blocked;
    st.tid = 0;
    sem_init(&st.ready, 0, 0);
    /* From now on a flush waits for the other threads to park. */
    tb_shared_by_threads = true;

    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 1u << 20);
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int err = pthread_create(&th, &attr, lu_thread_start, &st);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        free(c);
        sem_destroy(&st.ready);
        return err == EAGAIN ? -EAGAIN : -err;
    }
    excl_idle_begin();             /* the child may park at its start */
    while (sem_wait(&st.ready) != 0) {
    }
    excl_idle_end();
    sem_destroy(&st.ready);
    if (st.tid < 0) {
        free(c);
    }
    return st.tid;
}

_Noreturn void lu_thread_exit(int status)
{
    struct lu_thread *self = lu_self;
    sigset_t all;

    sys_thread_exit_cleanup();
    sigfillset(&all);
    pthread_mutex_lock(&lu_threads_lock);
    if (self == NULL || lu_n_threads <= 1) {
        pthread_mutex_unlock(&lu_threads_lock);
        sys_exit_process(lu_leader_status >= 0 && self != NULL &&
                                 !self->is_main
                             ? lu_leader_status : status);
    }
    for (struct lu_thread **p = &lu_threads; *p != NULL; p = &(*p)->next) {
        if (*p == self) {
            *p = self->next;
            break;
        }
    }
    lu_n_threads--;
    if (self->is_main) {
        lu_leader_status = status & 0xff;
    }
    pthread_sigmask(SIG_SETMASK, &all, NULL);
    pthread_mutex_unlock(&lu_threads_lock);
    if (self->is_main) {
        /* The process goes on without its first thread, as on Linux. */
        lu_self = NULL;
        excl_thread_leave();
        for (;;) {
            syscall(SYS_exit, 0);
        }
    }
    siglongjmp(self->exit_jmp, 1);
}
