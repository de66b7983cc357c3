/* SPDX-License-Identifier: MIT */
/*
 * The cpu loop: run guest blocks and act on why they stopped.  Syscalls
 * go to the syscall layer; guest faults become the signal Linux would
 * send.  Guest signal handlers are not supported yet, so such a signal
 * takes its default action: the process dies of it, as a native one would.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux-user/guest-mm.h"
#include "linux-user/lu.h"
#include "syscall/syscall.h"
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

/* A guest signal with no handler: die of it (core as the host decides). */
static _Noreturn void lu_guest_signal(struct cpu *cpu, int sig,
                                      uint64_t addr)
{
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

static void lu_do_syscall(struct cpu *cpu, const struct guest_abi *abi)
{
    uint64_t args[6];
    uint64_t nr = abi->syscall_nr(cpu);
    abi->syscall_args(cpu, args);
    lu_in_syscall = 1;
    int64_t ret = sys_dispatch(cpu, nr, args);
    lu_in_syscall = 0;
    abi->set_syscall_ret(cpu, (uint64_t)ret);
}

void lu_cpu_loop(struct cpu *cpu, const struct guest_abi *abi)
{
    lu_cpu_tls = cpu;
    /* Here, so the report of a test crash shows this cpu's guest pc. */
    lu_crash_test_hook();
    for (;;) {
        enum cpu_excp e = cpu_exec(cpu);
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
        case EXCP_ILLEGAL:
            lu_guest_signal(cpu, SIGILL, cpu->pc);
        case EXCP_SEGV_MAPERR:
        case EXCP_SEGV_ACCERR:
            lu_guest_signal(cpu, SIGSEGV, cpu->fault_addr);
        case EXCP_BUS_ADRALN:
            lu_guest_signal(cpu, SIGBUS, cpu->fault_addr);
        case EXCP_BREAKPOINT:
            lu_guest_signal(cpu, SIGTRAP, cpu->pc);
        default:
            fprintf(stderr, "xrun: internal error: cpu_exec returned %d at "
                    "guest pc 0x%llx\n", (int)e, (unsigned long long)cpu->pc);
            abort();
        }
    }
}
