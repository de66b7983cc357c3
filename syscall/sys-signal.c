/* SPDX-License-Identifier: MIT */
/*
 * Signal syscalls.  Delivery to guest handlers is the next issue; here
 * dispositions are recorded (and SIG_IGN/SIG_DFL applied to the host for
 * real), masks pass through to the host (same 64-bit layout) except that
 * SIGSEGV/SIGBUS stay deliverable for the emulator's fault handling.
 */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sigstate.h"
#include "syscall/sys-internal.h"
#include "translator/log.h"

#define SIGBIT(s) (1ull << ((s) - 1))
/* Signals the emulator keeps for itself: never blocked on the host. */
#define SYS_SIG_RESERVED (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS))
/* Host handlers linux-user installs for guest faults and crash reports. */
#define SYS_SIG_HOST_OWNED (SYS_SIG_RESERVED | SIGBIT(SIGILL) | SIGBIT(SIGFPE))

#define GUEST_SA_NOCLDSTOP 1u
#define GUEST_SA_NOCLDWAIT 2u
#define GUEST_SA_RESTART 0x10000000u
#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1u << 31)
#define GUEST_MINSIGSTKSZ 2048

static struct sys_sigaction guest_act[GUEST_NSIG + 1];
static bool guest_act_known[GUEST_NSIG + 1];
/* Reserved signals the guest believes it blocked (per thread). */
static __thread uint64_t guest_reserved_blocked;
static __thread struct sys_altstack altstack = {0, GUEST_SS_DISABLE, 0};

uint64_t sys_sigmask_filter(uint64_t guest_mask)
{
    return guest_mask & ~SYS_SIG_RESERVED;
}

/* Before the guest set anything: what exec left (ignored or default). */
static void sigaction_initial(int sig)
{
    struct sigaction h;

    memset(&guest_act[sig], 0, sizeof(guest_act[sig]));
    if ((SIGBIT(sig) & SYS_SIG_HOST_OWNED) == 0 &&
        sigaction(sig, NULL, &h) == 0 && h.sa_handler == SIG_IGN) {
        guest_act[sig].handler = GUEST_SIG_IGN;
    }
    guest_act_known[sig] = true;
}

void sys_guest_sigaction(int sig, struct sys_sigaction *out)
{
    if (!guest_act_known[sig]) {
        sigaction_initial(sig);
    }
    *out = guest_act[sig];
}

void sys_guest_altstack(struct sys_altstack *out)
{
    *out = altstack;
}

/* Make the host disposition follow a new guest one, where it can. */
static void sigaction_apply_host(int sig, const struct sys_sigaction *s)
{
    struct sigaction h;

    if (SIGBIT(sig) & SYS_SIG_HOST_OWNED) {
        return;
    }
    memset(&h, 0, sizeof(h));
    h.sa_handler = SIG_DFL;
    if (s->handler == GUEST_SIG_IGN) {
        h.sa_handler = SIG_IGN;
    } else if (s->handler != GUEST_SIG_DFL) {
        /* Recorded for the signals issue; the host keeps the default. */
        log_unimp_once("guest signal handler (not delivered yet) for signal",
                       (unsigned long)sig);
    }
    h.sa_flags = (int)(s->flags & (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT |
                                   GUEST_SA_RESTART));
    /* glibc refuses its internal signals (32, 33): keep the record only. */
    sigaction(sig, &h, NULL);
}

int64_t sys_rt_sigaction(struct cpu *cpu, const uint64_t a[6])
{
    int sig = (int)a[0];
    bool restorer = sys_quirks()->sa_restorer;
    unsigned size = GUEST_SIGACTION_SIZE(restorer);
    const void *act = NULL;
    void *oact = NULL;

    if (a[3] != 8 || sig < 1 || sig > GUEST_NSIG) {
        return -GUEST_EINVAL;
    }
    if (a[1] != 0 && (act = sys_lock(a[1], size, SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[2] != 0 && (oact = sys_lock(a[2], size, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (act != NULL && (sig == SIGKILL || sig == SIGSTOP)) {
        return -GUEST_EINVAL;
    }
    struct sys_sigaction old, new_;
    sys_guest_sigaction(sig, &old);
    if (act != NULL) {
        conv_sigaction_from_guest(&new_, act, restorer);
        guest_act[sig] = new_;
        sigaction_apply_host(sig, &new_);
    }
    if (oact != NULL) {
        conv_sigaction_to_guest(oact, &old, restorer);
    }
    return 0;
}

int64_t sys_rt_sigprocmask(struct cpu *cpu, const uint64_t a[6])
{
    int how = (int)a[0];
    const uint64_t *set = NULL;
    uint64_t *oset = NULL;
    uint64_t hset, hold;

    if (a[3] != 8) {
        return -GUEST_EINVAL;
    }
    if (a[1] != 0 && (set = sys_lock(a[1], 8, SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[2] != 0 && (oset = sys_lock(a[2], 8, SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (set != NULL) {
        hset = sys_sigmask_filter(*set);
    }
    uint64_t kept = guest_reserved_blocked;
    long r = syscall(SYS_rt_sigprocmask, how, set ? &hset : NULL, &hold,
                     (size_t)8);
    if (r < 0) {
        return sys_ret(r);
    }
    if (set != NULL) {
        uint64_t res = *set & SYS_SIG_RESERVED;
        if (how == SIG_BLOCK) {
            guest_reserved_blocked |= res;
        } else if (how == SIG_UNBLOCK) {
            guest_reserved_blocked &= ~res;
        } else {
            guest_reserved_blocked = res;
        }
    }
    if (oset != NULL) {
        *oset = hold | kept;
    }
    return 0;
}

int64_t sys_rt_sigpending(struct cpu *cpu, const uint64_t a[6])
{
    uint64_t *set = sys_lock(a[0], 8, SYS_W);
    if (a[1] != 8) {
        return -GUEST_EINVAL;
    }
    if (set == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_rt_sigpending, set, (size_t)8));
}

/* stack_t on 64-bit: sp, int flags (+pad), size. */
struct guest_stack {
    uint64_t sp;
    int32_t flags;
    int32_t pad;
    uint64_t size;
};

int64_t sys_sigaltstack(struct cpu *cpu, const uint64_t a[6])
{
    const struct guest_stack *ss = NULL;
    struct guest_stack *old = NULL;

    if (a[0] != 0 && (ss = sys_lock(a[0], sizeof(*ss), SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[1] != 0 && (old = sys_lock(a[1], sizeof(*old), SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    struct sys_altstack prev = altstack;
    if (ss != NULL) {
        uint32_t flags = (uint32_t)ss->flags;
        uint32_t mode = flags & ~GUEST_SS_AUTODISARM;
        if (mode != 0 && mode != GUEST_SS_DISABLE &&
            mode != GUEST_SS_ONSTACK) {
            return -GUEST_EINVAL;
        }
        if (mode == GUEST_SS_DISABLE) {
            altstack = (struct sys_altstack){0, GUEST_SS_DISABLE, 0};
        } else if (ss->size < GUEST_MINSIGSTKSZ) {
            return -GUEST_ENOMEM;
        } else {
            altstack = (struct sys_altstack){ss->sp, flags & ~3u, ss->size};
        }
    }
    if (old != NULL) {
        old->sp = prev.sp;
        old->flags = (int32_t)prev.flags;
        old->pad = 0;
        old->size = prev.size;
    }
    return 0;
}

int64_t sys_kill(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(kill((pid_t)a[0], (int)a[1]));
}

int64_t sys_tkill(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_tkill, (pid_t)a[0], (int)a[1]));
}

int64_t sys_tgkill(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_tgkill, (pid_t)a[0], (pid_t)a[1], (int)a[2]));
}
