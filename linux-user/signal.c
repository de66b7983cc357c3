/* SPDX-License-Identifier: MIT */
/*
 * Guest signal state and delivery.  Dispositions are process-wide; mask,
 * pending set and alternate stack belong to each thread (struct
 * lu_sigstate).  Host handlers only record a signal and set the thread's
 * exit_request; the cpu loop then calls lu_signal_deliver() between
 * blocks, which builds the target's rt_sigframe on the guest stack (as
 * Linux's get_signal/handle_signal do) or takes the default action.
 * Synchronous faults come straight from the cpu loop (lu_signal_force).
 */
#include "linux-user/signal.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "linux-user/lu.h"
#include "syscall/sigstate.h"
#include "translator/exclusive.h"
#include "translator/log.h"

#define LU_UNBLOCKABLE (LU_SIGBIT(SIGKILL) | LU_SIGBIT(SIGSTOP))
#define LU_DFL_IGNORE (LU_SIGBIT(SIGCHLD) | LU_SIGBIT(SIGURG) |            \
                       LU_SIGBIT(SIGWINCH) | LU_SIGBIT(SIGCONT))
#define LU_DFL_STOP (LU_SIGBIT(SIGSTOP) | LU_SIGBIT(SIGTSTP) |             \
                     LU_SIGBIT(SIGTTIN) | LU_SIGBIT(SIGTTOU))

static struct sys_sigaction lu_act[LU_NSIG + 1];
static bool lu_act_known[LU_NSIG + 1];
static pthread_mutex_t lu_act_lock = PTHREAD_MUTEX_INITIALIZER;

/* The sigreturn trampoline page (our stand-in for the vDSO). */
static uint64_t lu_tramp_addr;

static uint64_t lu_pending_load(const struct lu_sigstate *s)
{
    return __atomic_load_n(&s->pending, __ATOMIC_ACQUIRE);
}

/* Before the guest set anything: what exec left (ignored or default). */
static void lu_sigaction_initial(int sig)
{
    struct sigaction h;

    memset(&lu_act[sig], 0, sizeof(lu_act[sig]));
    if ((LU_SIGBIT(sig) & (lu_sig_host_never_blocked() | LU_UNBLOCKABLE)) ==
            0 &&
        sigaction(sig, NULL, &h) == 0 && h.sa_handler == SIG_IGN) {
        lu_act[sig].handler = GUEST_SIG_IGN;
    }
    lu_act_known[sig] = true;
}

void lu_sigaction_get(int sig, struct sys_sigaction *out)
{
    pthread_mutex_lock(&lu_act_lock);
    if (!lu_act_known[sig]) {
        lu_sigaction_initial(sig);
    }
    *out = lu_act[sig];
    pthread_mutex_unlock(&lu_act_lock);
}

static bool lu_act_ignores(int sig, const struct sys_sigaction *a)
{
    return a->handler == GUEST_SIG_IGN ||
           (a->handler == GUEST_SIG_DFL && (LU_SIGBIT(sig) & LU_DFL_IGNORE));
}

static int lu_discard_pending(struct lu_thread *t, void *arg)
{
    uint64_t bit = *(const uint64_t *)arg;
    pthread_mutex_lock(&t->sig.lock);
    __atomic_and_fetch(&t->sig.pending, ~bit, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&t->sig.lock);
    return 0;
}

void lu_sigaction_set(int sig, const struct sys_sigaction *act)
{
    pthread_mutex_lock(&lu_act_lock);
    lu_act[sig] = *act;
    lu_act_known[sig] = true;
    lu_sig_host_apply(sig, act);
    pthread_mutex_unlock(&lu_act_lock);
    /* Linux drops pending instances of a signal that becomes ignored. */
    if (lu_act_ignores(sig, act)) {
        uint64_t bit = LU_SIGBIT(sig);
        lu_thread_foreach(lu_discard_pending, &bit);
    }
}

void lu_signal_thread_init(struct lu_thread *t, uint64_t blocked)
{
    struct lu_sigstate *s = &t->sig;
    s->blocked = blocked & ~LU_UNBLOCKABLE;
    s->pending = 0;
    s->have_saved_mask = false;
    s->ss_sp = 0;
    s->ss_size = 0;
    s->ss_flags = GUEST_SS_DISABLE;
    pthread_mutex_init(&s->lock, NULL);
}

uint64_t lu_sigmask_get(void)
{
    struct lu_thread *t = lu_thread_self();
    return t != NULL ? t->sig.blocked : 0;
}

void lu_sigmask_set(uint64_t mask)
{
    struct lu_thread *t = lu_thread_self();
    if (t == NULL) {
        return;
    }
    t->sig.blocked = mask & ~LU_UNBLOCKABLE;
    lu_sig_host_setmask(t->sig.blocked);
}

uint64_t lu_sigpending(void)
{
    struct lu_thread *t = lu_thread_self();
    uint64_t host = 0;
    syscall(SYS_rt_sigpending, &host, (size_t)8);
    if (t == NULL) {
        return host;
    }
    return (lu_pending_load(&t->sig) | host) & t->sig.blocked;
}

bool lu_signal_pending(void)
{
    struct lu_thread *t = lu_thread_self();
    return t != NULL &&
           ((lu_pending_load(&t->sig) & ~t->sig.blocked) != 0 ||
            t->sig.have_saved_mask);
}

void lu_signal_record_host(struct lu_thread *t, int sig, const siginfo_t *si)
{
    uint64_t bit = LU_SIGBIT(sig);
    _Static_assert(sizeof(siginfo_t) == LU_SIGINFO_SIZE, "siginfo size");
    /* Already pending: a standard signal merges (RT ones stay queued in
     * the host: the handler leaves sig blocked until it is delivered). */
    if ((lu_pending_load(&t->sig) & bit) == 0) {
        memcpy(t->sig.info[sig], si, LU_SIGINFO_SIZE);
        __atomic_or_fetch(&t->sig.pending, bit, __ATOMIC_RELEASE);
    }
    if (t->cpu != NULL) {
        t->cpu->exit_request = 1;
    }
}

void lu_signal_record_inproc(struct lu_thread *t, int sig, int code)
{
    pid_t pid = getpid();
    uid_t uid = getuid();
    uint64_t bit = LU_SIGBIT(sig);
    pthread_mutex_lock(&t->sig.lock);
    if ((lu_pending_load(&t->sig) & bit) == 0) {
        uint8_t *i = t->sig.info[sig];
        int32_t w[4] = {sig, 0, code, 0};
        memset(i, 0, LU_SIGINFO_SIZE);
        memcpy(i, w, sizeof(w));
        memcpy(i + 16, &pid, 4);
        memcpy(i + 20, &uid, 4);
        __atomic_or_fetch(&t->sig.pending, bit, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&t->sig.lock);
    if (t->cpu != NULL) {
        t->cpu->exit_request = 1;
    }
    if (t != lu_thread_self()) {
        /* Out of a blocking host syscall (it restarts if nothing is due). */
        syscall(SYS_tgkill, getpid(), t->tid, LU_SIG_KICK);
    }
}

bool lu_signal_take(struct lu_thread *t, int sig, uint8_t info[LU_SIGINFO_SIZE])
{
    struct lu_sigstate *s = &t->sig;
    uint64_t bit = LU_SIGBIT(sig);
    bool had;
    pthread_mutex_lock(&s->lock);
    had = (lu_pending_load(s) & bit) != 0;
    if (had) {
        memcpy(info, s->info[sig], LU_SIGINFO_SIZE);
        __atomic_and_fetch(&s->pending, ~bit, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&s->lock);
    return had;
}

/* Default action of a signal nobody handles. */
static void lu_signal_default(struct cpu *cpu, int sig, uint64_t addr)
{
    if (LU_SIGBIT(sig) & LU_DFL_IGNORE) {
        return;
    }
    if (LU_SIGBIT(sig) & LU_DFL_STOP) {
        lu_stop_by_signal(sig);
        return;
    }
    if (log_enabled(LOG_INT)) {
        fprintf(log_file(), "%s: guest signal %d (%s), address 0x%llx, "
                "pc 0x%llx: no handler, terminating\n", log_progname, sig,
                strsignal(sig), (unsigned long long)addr,
                (unsigned long long)cpu->pc);
    }
    fflush(log_file());
    fflush(stdout);
    lu_exit_by_signal(sig);
}

void lu_signal_map_trampoline(const struct guest_abi *abi)
{
    const struct guest_sigframe *sf = abi->sigframe;
    if (sf == NULL || lu_tramp_addr != 0) {
        return;
    }
    int64_t a = gmm_mmap(0, 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a < 0) {
        fatal("cannot map the signal return trampoline: %s",
              strerror((int)-a));
    }
    memcpy(g2h((uint64_t)a), sf->trampoline, sf->trampoline_len);
    gmm_mprotect((uint64_t)a, 4096, PROT_READ | PROT_EXEC);
    lu_tramp_addr = (uint64_t)a;
}

/* Linux's on_sig_stack() and sas_ss_flags(). */
static bool lu_on_altstack(const struct lu_sigstate *s, uint64_t sp)
{
    if (s->ss_flags & GUEST_SS_AUTODISARM) {
        return false;
    }
    return sp > s->ss_sp && sp - s->ss_sp <= s->ss_size;
}

static uint32_t lu_ss_mode(const struct lu_sigstate *s, uint64_t sp)
{
    if (s->ss_size == 0) {
        return GUEST_SS_DISABLE;
    }
    return lu_on_altstack(s, sp) ? GUEST_SS_ONSTACK : 0;
}

static bool lu_mem_ok(uint64_t addr, uint64_t len, int prot)
{
    return gmm_access_ok(addr, len, prot);
}

/* Run the guest handler act for sig: frame, registers, mask. */
static void lu_signal_run_handler(struct lu_thread *t, int sig,
                                  const struct sys_sigaction *act,
                                  const uint8_t *info)
{
    struct cpu *cpu = t->cpu;
    struct lu_sigstate *s = &t->sig;
    const struct guest_sigframe *sf = t->abi->sigframe;

    uint64_t sp = sf->get_sp(cpu);
    uint64_t top = sp;
    if ((act->flags & GUEST_SA_ONSTACK) && lu_ss_mode(s, sp) == 0) {
        top = s->ss_sp + s->ss_size;
    } else if (lu_on_altstack(s, sp) &&
               !lu_on_altstack(s, sp - sf->frame_size)) {
        top = 0;   /* would overflow the altstack: a bogus frame, SIGSEGV */
    }
    struct guest_sigframe_req r = {
        .sig = sig, .info = info, .handler = act->handler,
        .ret_addr = (act->flags & GUEST_SA_RESTORER) ? act->restorer
                                                     : lu_tramp_addr,
        .sp = top,
        .mask = s->have_saved_mask ? s->saved_mask : s->blocked,
        .ss_sp = s->ss_sp, .ss_size = s->ss_size, .ss_flags = s->ss_flags,
        .mem_ok = lu_mem_ok,
    };
    if (top < sf->frame_size || sf->setup_rt_frame(cpu, &r) < 0) {
        lu_signal_default(cpu, SIGSEGV, top);
        return;
    }
    s->have_saved_mask = false;
    if (s->ss_flags & GUEST_SS_AUTODISARM) {
        s->ss_sp = 0;
        s->ss_size = 0;
        s->ss_flags = GUEST_SS_DISABLE;
    }
    if (act->flags & GUEST_SA_RESETHAND) {
        struct sys_sigaction dfl = {GUEST_SIG_DFL, 0, 0, 0};
        lu_sigaction_set(sig, &dfl);
    }
    uint64_t m = s->blocked | act->mask;
    if (!(act->flags & GUEST_SA_NODEFER)) {
        m |= LU_SIGBIT(sig);
    }
    s->blocked = m & ~LU_UNBLOCKABLE;
    if (log_enabled(LOG_INT)) {
        fprintf(log_file(), "%s: guest signal %d delivered: handler 0x%llx\n",
                log_progname, sig, (unsigned long long)act->handler);
    }
}

static void lu_signal_dispatch(struct lu_thread *t, int sig,
                               const uint8_t *info)
{
    struct sys_sigaction act;
    uint64_t addr;
    lu_sigaction_get(sig, &act);
    memcpy(&addr, info + 16, 8);
    if (act.handler == GUEST_SIG_IGN) {
        return;
    }
    if (act.handler == GUEST_SIG_DFL || t->abi->sigframe == NULL) {
        lu_signal_default(t->cpu, sig, addr);
        return;
    }
    lu_signal_run_handler(t, sig, &act, info);
}

void lu_signal_force(struct cpu *cpu, int sig, int code, uint64_t addr)
{
    struct lu_thread *t = lu_thread_self();
    struct sys_sigaction act;
    uint8_t info[LU_SIGINFO_SIZE] = {0};
    int32_t w[3] = {sig, 0, code};

    memcpy(info, w, sizeof(w));
    memcpy(info + 16, &addr, 8);
    lu_sigaction_get(sig, &act);
    /* force_sig_info: blocked or ignored means the default (death). */
    if (t == NULL || (t->sig.blocked & LU_SIGBIT(sig)) ||
        act.handler == GUEST_SIG_IGN || act.handler == GUEST_SIG_DFL ||
        t->abi->sigframe == NULL) {
        lu_signal_default(cpu, sig, addr);
        /* A default-ignored fault signal (none exists) would loop. */
        lu_exit_by_signal(sig);
    }
    lu_signal_run_handler(t, sig, &act, info);
    lu_sig_host_setmask(t->sig.blocked);
}

void lu_signal_deliver(struct cpu *cpu)
{
    struct lu_thread *t = lu_thread_self();
    (void)cpu;
    if (t == NULL) {
        return;
    }
    struct lu_sigstate *s = &t->sig;
    for (;;) {
        uint64_t ready = lu_pending_load(s) & ~s->blocked;
        if (ready == 0) {
            break;
        }
        int sig = __builtin_ctzll(ready) + 1;
        uint8_t info[LU_SIGINFO_SIZE];
        if (lu_signal_take(t, sig, info)) {
            lu_signal_dispatch(t, sig, info);
        }
    }
    if (s->have_saved_mask) {
        s->blocked = s->saved_mask;
        s->have_saved_mask = false;
    }
    lu_sig_host_setmask(s->blocked);
}

bool lu_signal_restart_syscall(bool restartable)
{
    struct lu_thread *t = lu_thread_self();
    if (t == NULL) {
        return false;
    }
    uint64_t ready = lu_pending_load(&t->sig) & ~t->sig.blocked;
    if (ready == 0) {
        return true;   /* a kick for a blocked signal: nothing to run */
    }
    int sig = __builtin_ctzll(ready) + 1;
    struct sys_sigaction act;
    lu_sigaction_get(sig, &act);
    if (act.handler == GUEST_SIG_IGN || act.handler == GUEST_SIG_DFL) {
        return true;   /* no handler runs: Linux restarts transparently */
    }
    return restartable && (act.flags & GUEST_SA_RESTART);
}

int64_t lu_signal_return(struct cpu *cpu)
{
    struct lu_thread *t = lu_thread_self();
    const struct guest_sigframe *sf = t != NULL ? t->abi->sigframe : NULL;
    struct guest_sigreturn out;
    uint64_t args[6];

    if (sf == NULL || sf->rt_sigreturn(cpu, &out, lu_mem_ok) < 0) {
        lu_signal_force(cpu, SIGSEGV, 128 /* SI_KERNEL */, 0);
        t->abi->syscall_args(cpu, args);
        return (int64_t)args[0];
    }
    t->sig.blocked = out.mask & ~LU_UNBLOCKABLE;
    lu_sig_host_setmask(t->sig.blocked);
    /* restore_altstack(): errors other than EFAULT are ignored. */
    lu_sigaltstack_set(out.ss_sp, out.ss_flags, out.ss_size);
    t->abi->syscall_args(cpu, args);
    return (int64_t)args[0];
}

int lu_sigsuspend(uint64_t mask)
{
    struct lu_thread *t = lu_thread_self();
    if (t == NULL) {
        return -EINTR;
    }
    struct lu_sigstate *s = &t->sig;
    if (!s->have_saved_mask) {
        s->saved_mask = s->blocked;
        s->have_saved_mask = true;
    }
    s->blocked = mask & ~LU_UNBLOCKABLE;
    while ((lu_pending_load(s) & ~s->blocked) == 0) {
        uint64_t h = lu_sigmask_to_host(s->blocked);
        excl_idle_begin();
        syscall(SYS_rt_sigsuspend, &h, (size_t)8);
        excl_idle_end();
    }
    return -EINTR;
}

bool lu_sigmask_temp_begin(uint64_t mask, uint64_t *host)
{
    struct lu_thread *t = lu_thread_self();
    if (t == NULL) {
        *host = lu_sigmask_to_host(mask);
        return true;
    }
    struct lu_sigstate *s = &t->sig;
    if (!s->have_saved_mask) {
        s->saved_mask = s->blocked;
        s->have_saved_mask = true;
    }
    s->blocked = mask & ~LU_UNBLOCKABLE;
    *host = lu_sigmask_to_host(s->blocked);
    return (lu_pending_load(s) & ~s->blocked) == 0;
}

void lu_sigmask_temp_end(bool interrupted)
{
    struct lu_thread *t = lu_thread_self();
    if (t == NULL || interrupted || !t->sig.have_saved_mask) {
        return;
    }
    t->sig.blocked = t->sig.saved_mask;
    t->sig.have_saved_mask = false;
}

void lu_sigaltstack_get(uint64_t *sp, uint32_t *flags, uint64_t *size)
{
    struct lu_thread *t = lu_thread_self();
    const struct guest_sigframe *sf = t != NULL ? t->abi->sigframe : NULL;
    if (t == NULL) {
        *sp = 0;
        *flags = GUEST_SS_DISABLE;
        *size = 0;
        return;
    }
    uint64_t cur = sf != NULL ? sf->get_sp(t->cpu) : 0;
    *sp = t->sig.ss_sp;
    *size = t->sig.ss_size;
    *flags = lu_ss_mode(&t->sig, cur) | (t->sig.ss_flags & GUEST_SS_AUTODISARM);
}

int lu_sigaltstack_set(uint64_t sp, uint32_t flags, uint64_t size)
{
    struct lu_thread *t = lu_thread_self();
    if (t == NULL) {
        return -EINVAL;
    }
    const struct guest_sigframe *sf = t->abi->sigframe;
    uint64_t cur = sf != NULL ? sf->get_sp(t->cpu) : 0;
    uint32_t mode = flags & ~GUEST_SS_AUTODISARM;
    if (lu_on_altstack(&t->sig, cur)) {
        return -EPERM;
    }
    if (mode != 0 && mode != GUEST_SS_ONSTACK && mode != GUEST_SS_DISABLE) {
        return -EINVAL;
    }
    if (mode == GUEST_SS_DISABLE) {
        sp = 0;
        size = 0;
    } else if (size < (sf != NULL ? sf->min_sigstksz : 2048)) {
        return -ENOMEM;
    }
    t->sig.ss_sp = sp;
    t->sig.ss_size = size;
    t->sig.ss_flags = flags;
    return 0;
}

void lu_sigaction_fork_lock(bool hold)
{
    if (hold) {
        pthread_mutex_lock(&lu_act_lock);
    } else {
        pthread_mutex_unlock(&lu_act_lock);
    }
}
