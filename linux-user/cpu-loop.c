/* SPDX-License-Identifier: MIT */
/*
 * The cpu loop: run guest blocks and act on why they stopped.  Syscalls
 * go to the syscall layer (and come back to be restarted when a signal
 * interrupted them, as Linux's -ERESTARTSYS); guest faults become the
 * signal Linux would send; pending signals are delivered between blocks
 * (signal.c).
 *
 * Blocking host syscalls go through safe_syscall (syscall/safe-syscall.h):
 * the flag cleared here before the pending check is set by the host
 * handler of any guest signal that arrives later, so a host call that has
 * not started yet fails with ERESTARTSYS instead of blocking.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux-user/guest-mm.h"
#include "linux-user/lu.h"
#include "linux-user/signal.h"
#include "linux-user/thread.h"
#include "syscall/errno.h"
#include "syscall/safe-syscall.h"
#include "syscall/sigstate.h"
#include "syscall/syscall.h"
#include "translator/exclusive.h"
#include "translator/log.h"
#include "translator/tb.h"

static __thread struct cpu *lu_cpu_tls;
__thread volatile sig_atomic_t lu_in_syscall;

static const char *const lu_excp_names[EXCP__COUNT] = {
    [EXCP_NONE] = "none",
    [EXCP_SYSCALL] = "syscall",
    [EXCP_ILLEGAL] = "illegal instruction",
    [EXCP_SEGV_MAPERR] = "segfault (unmapped)",
    [EXCP_SEGV_ACCERR] = "segfault (permission)",
    [EXCP_BUS_ADRALN] = "misaligned atomic",
    [EXCP_BREAKPOINT] = "breakpoint",
    [EXCP_FLUSH] = "code modified",
    [EXCP_INTERRUPT] = "interrupt",
    [EXCP_HALT] = "halt",
};

struct cpu *lu_thread_cpu(void)
{
    return lu_cpu_tls;
}

struct cpu *lu_cpu_new(const struct guest_abi *abi)
{
    struct cpu *cpu = calloc(1, abi->arch->cpu_size);
    if (cpu == NULL) {
        fatal("out of memory for the guest cpu");
    }
    cpu->arch = abi->arch;
    cpu->guest_base = guest_base;
    if (abi->arch->cpu_init != NULL) {
        abi->arch->cpu_init(cpu);
    }
    return cpu;
}

/* -d int: one line per exception; -d cpu: the registers as well. */
static void lu_log_excp(struct cpu *cpu, enum cpu_excp e)
{
    if (e == EXCP_FLUSH || e == EXCP_INTERRUPT) {
        return;
    }
    if (log_enabled(LOG_INT) && e != EXCP_SYSCALL) {
        fprintf(log_file(), "%s: guest exception: %s at pc 0x%llx",
                log_progname, (unsigned)e < EXCP__COUNT && lu_excp_names[e]
                                  ? lu_excp_names[e] : "unknown",
                (unsigned long long)cpu->pc);
        if (e != EXCP_BREAKPOINT) {
            fprintf(log_file(), ", %s 0x%llx",
                    e == EXCP_ILLEGAL ? "insn" : "address",
                    (unsigned long long)cpu->fault_addr);
        }
        fputc('\n', log_file());
    }
    if (log_enabled(LOG_CPU)) {
        fprintf(log_file(), "%s: guest %s at pc 0x%llx:\n", log_progname,
                (unsigned)e < EXCP__COUNT && lu_excp_names[e]
                    ? lu_excp_names[e] : "exception",
                (unsigned long long)cpu->pc);
        cpu->arch->dump_regs(cpu, log_file());
    }
}

static void lu_do_syscall(struct cpu *cpu, const struct guest_abi *abi)
{
    uint64_t args[6];
    uint64_t nr = abi->syscall_nr(cpu);
    sys_signal_flag = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    if (lu_signal_pending()) {
        /* A signal came while the block ran: as on Linux, the handler
         * runs first and the syscall after it. */
        cpu->pc -= abi->syscall_insn_len;
        return;
    }
    abi->syscall_args(cpu, args);
    lu_in_syscall = 1;
    int64_t ret = sys_dispatch(cpu, nr, args);
    lu_in_syscall = 0;
    if (ret == -GUEST_ERESTARTSYS) {
        /* A signal came before the host call started: nothing happened,
         * so the syscall runs again after the handler, whatever its
         * flags (the signal simply came before the syscall). */
        cpu->pc -= abi->syscall_insn_len;
        return;
    }
    if (ret == -GUEST_EINTR && nr != GUEST_NR_RT_SIGRETURN &&
        lu_signal_restart_syscall(sys_syscall_restartable(nr, args))) {
        /* Run it again after the handler, arguments untouched. */
        cpu->pc -= abi->syscall_insn_len;
        return;
    }
    abi->set_syscall_ret(cpu, (uint64_t)ret);
}

/* A guest fault: the signal Linux sends for it (si_code values from
 * asm-generic/siginfo.h). */
static void lu_guest_fault(struct cpu *cpu, enum cpu_excp e)
{
    switch (e) {
    case EXCP_ILLEGAL:
        lu_signal_force(cpu, SIGILL, 1 /* ILL_ILLOPC */, cpu->pc);
        break;
    case EXCP_SEGV_MAPERR:
        lu_signal_force(cpu, SIGSEGV, 1 /* SEGV_MAPERR */, cpu->fault_addr);
        break;
    case EXCP_SEGV_ACCERR:
        lu_signal_force(cpu, SIGSEGV, 2 /* SEGV_ACCERR */, cpu->fault_addr);
        break;
    case EXCP_BUS_ADRALN:
        lu_signal_force(cpu, SIGBUS, 1 /* BUS_ADRALN */, cpu->fault_addr);
        break;
    case EXCP_BREAKPOINT:
        lu_signal_force(cpu, SIGTRAP, 1 /* TRAP_BRKPT */, cpu->pc);
        break;
    default:
        fprintf(stderr, "xrun: internal error: cpu_exec returned %d at "
                "guest pc 0x%llx\n", (int)e, (unsigned long long)cpu->pc);
        abort();
    }
}

void lu_cpu_loop(struct cpu *cpu, const struct guest_abi *abi)
{
    lu_cpu_tls = cpu;
    if (lu_thread_self() == NULL) {
        lu_thread_register_main(cpu, abi);
    }
    /* Here, so the report of a test crash shows this cpu's guest pc. */
    lu_crash_test_hook();
    for (;;) {
        enum cpu_excp e = cpu_exec(cpu);
        excl_checkpoint();
        lu_log_excp(cpu, e);
        switch (e) {
        case EXCP_SYSCALL:
            lu_do_syscall(cpu, abi);
            break;
        case EXCP_FLUSH:
            tb_flush_all();
            break;
        case EXCP_INTERRUPT:
            break;
        case EXCP_HALT:
            return;
        default:
            lu_guest_fault(cpu, e);
            break;
        }
        tb_flush_if_requested();
        if (lu_signal_pending()) {
            lu_signal_deliver(cpu);
        }
    }
}
