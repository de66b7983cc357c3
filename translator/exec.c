/* SPDX-License-Identifier: MIT */
/*
 * The run loop: find or translate the block at pc, link static exits, hand
 * blocks to the backend; and the unwinding paths that make every guest
 * fault precise (cpu_raise from helpers, host faults on guest accesses).
 */
#include <signal.h>

#include "translator/backend.h"
#include "translator/cpu.h"
#include "translator/log.h"
#include "translator/tb.h"
#include "translator/translate.h"

static __thread struct cpu *tls_cpu;

struct cpu *cpu_current(void)
{
    return tls_cpu;
}

uint64_t cpu_current_pc(const struct cpu *cpu)
{
    if (cpu->cur_tb != NULL && cpu->cur_insn != NULL) {
        return tb_insn_pc(cpu->cur_tb, cpu->cur_insn);
    }
    return cpu->pc;
}

void cpu_raise(struct cpu *cpu, enum cpu_excp excp, uint64_t fault_addr)
{
    cpu->pc = cpu_current_pc(cpu);
    cpu->fault_addr = fault_addr;
    cpu->pending_excp = excp;
    siglongjmp(cpu->jmp, 1);
}

bool cpu_recover_host_fault(void *host_addr, int sig, int si_code,
                            uintptr_t host_pc)
{
    tr_probe_recover();
    struct cpu *cpu = tls_cpu;
    if (cpu == NULL || !cpu->in_exec) {
        return false;
    }
    const struct tb *tb;
    const struct ir_insn *insn;
    if (cpu_backend->fault_pc != NULL &&
        cpu_backend->fault_pc(cpu, host_pc, &tb, &insn)) {
        /* In generated code: its table names the op. */
        cpu->cur_tb = tb;
        cpu->cur_insn = insn;
    } else if (cpu->cur_insn == NULL) {
        return false;
    }
    enum cpu_excp excp = EXCP_SEGV_MAPERR;
    if (sig == SIGBUS) {
        excp = EXCP_BUS_ADRALN;
    } else if (si_code == SEGV_ACCERR) {
        excp = EXCP_SEGV_ACCERR;
    }
    cpu_raise(cpu, excp, (uint64_t)(uintptr_t)host_addr - cpu->guest_base);
}

enum cpu_excp cpu_exec(struct cpu *cpu)
{
    tls_cpu = cpu;
    if (sigsetjmp(cpu->jmp, 0)) {
        cpu->in_exec = false;
        cpu->cur_insn = NULL;
        cpu->cur_tb = NULL;
        return cpu->pending_excp;
    }
    cpu->in_exec = true;
    struct tb *from = NULL;
    int from_exit = 0;
    for (;;) {
        if (cpu->exit_request) {
            cpu->exit_request = 0;
            cpu->in_exec = false;
            return EXCP_INTERRUPT;
        }
        struct tb *tb = tb_find(cpu, cpu->pc);
        if (from != NULL) {
            tb_link(from, from_exit, tb);
        }
        if (log_enabled(LOG_EXEC)) {
            fprintf(log_file(), "Trace: %016llx\n",
                    (unsigned long long)tb->pc);
        }
        enum cpu_excp e = cpu_backend->exec(cpu, tb, &from, &from_exit);
        if (e != EXCP_NONE) {
            cpu->in_exec = false;
            cpu->cur_insn = NULL;
            return e;
        }
    }
}
