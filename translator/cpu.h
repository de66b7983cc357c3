/* SPDX-License-Identifier: MIT */
/*
 * The guest-neutral part of a virtual CPU and the run-loop contract.  Every
 * target's state struct starts with struct cpu, so IR temps (the scratch
 * area) and the target's registers are all slots from one base pointer.
 */
#ifndef XRUN_TRANSLATOR_CPU_H
#define XRUN_TRANSLATOR_CPU_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "translator/ir.h"

/* Temps per block: slot 0 is a dummy for unused operands. */
#define CPU_TEMP_SLOTS IR_TEMP_SLOTS

/* Why cpu_exec() returned: the caller (linux-user, softmmu) acts on it. */
enum cpu_excp {
    EXCP_NONE = 0,
    EXCP_SYSCALL,     /* pc = insn after the syscall insn */
    EXCP_ILLEGAL,     /* pc = fault_addr = the insn (si_addr of SIGILL) */
    EXCP_SEGV_MAPERR, /* pc = the insn; fault_addr = guest address */
    EXCP_SEGV_ACCERR, /* as MAPERR, for a mapped page without permission */
    EXCP_BUS_ADRALN,  /* misaligned atomic; fault_addr = guest address */
    EXCP_BREAKPOINT,  /* ebreak/brk: pc = the insn */
    EXCP_FLUSH,       /* code was modified: flush translations, go on */
    EXCP_INTERRUPT,   /* exit_request was set: handle it, go on */
    EXCP_HALT,        /* the guest asked to stop this cpu */
    EXCP__COUNT
};

struct tb;
struct guest_arch;

struct cpu {
    uint64_t temps[CPU_TEMP_SLOTS]; /* IR scratch; must stay first */
    uint64_t pc;                    /* guest pc when outside a block */
    uintptr_t guest_base;           /* host address = guest address + base */
    uint64_t fault_addr;            /* guest address of the last fault */
    volatile int exit_request;      /* set asynchronously: leave at a chain */
    const struct ir_insn *cur_insn; /* faulting-capable op being executed */
    const struct tb *cur_tb;        /* block cur_insn belongs to */
    const struct guest_arch *arch;
    enum cpu_excp pending_excp;     /* set before unwinding to jmp */
    sigjmp_buf jmp;                 /* cpu_exec's recovery point */
    bool in_exec;                   /* jmp is valid */
};

/* Guest memory access from C code (helpers, syscalls). */
static inline void *cpu_g2h(const struct cpu *cpu, uint64_t addr)
{
    return (void *)(uintptr_t)(addr + cpu->guest_base);
}

/*
 * Leave the running block with exception excp at the guest pc of the op
 * being executed (helpers flagged IRH_FAULTS only).  Does not return.
 */
_Noreturn void cpu_raise(struct cpu *cpu, enum cpu_excp excp,
                         uint64_t fault_addr);

/* Guest pc of the op being executed (valid in IRH_FAULTS helpers). */
uint64_t cpu_current_pc(const struct cpu *cpu);

/*
 * Run guest code from cpu->pc until something needs the caller.  Returns the
 * exception; cpu->pc and cpu->fault_addr describe it.
 */
enum cpu_excp cpu_exec(struct cpu *cpu);

/*
 * Called from the host SIGSEGV/SIGBUS handler with the faulting host pc.
 * If the fault belongs to a guest access (or a guarded probe), unwinds to
 * the recovery point and does not return; returns false if the emulator
 * itself faulted.
 */
bool cpu_recover_host_fault(void *host_addr, int sig, int si_code,
                            uintptr_t host_pc);

/* The cpu running on this thread, or NULL. */
struct cpu *cpu_current(void);

#endif
