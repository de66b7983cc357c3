/* SPDX-License-Identifier: MIT */
/*
 * The Linux user-mode ABI facts of one guest ISA, as linux-user needs
 * them: where syscall arguments live, how a process starts, what the
 * kernel advertises.  Each target/<isa>/abi.c exports one.
 */
#ifndef XRUN_TARGET_ABI_H
#define XRUN_TARGET_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "translator/guest.h"

struct guest_abi {
    const struct guest_arch *arch;
    const char *uname_machine;   /* utsname.machine: "riscv64" */
    const char *platform;        /* AT_PLATFORM string, or NULL */
    uint64_t hwcap, hwcap2;      /* AT_HWCAP/AT_HWCAP2: only what works */
    uint64_t (*syscall_nr)(const struct cpu *cpu);
    void (*syscall_args)(const struct cpu *cpu, uint64_t args[6]);
    void (*set_syscall_ret)(struct cpu *cpu, uint64_t ret);
    /* Reset registers for a new process image: entry pc, stack pointer. */
    void (*start)(struct cpu *cpu, uint64_t entry, uint64_t sp);
    /* Thread pointer for clone(CLONE_SETTLS); stack for a new thread. */
    void (*set_tls)(struct cpu *cpu, uint64_t tls);
    void (*set_sp)(struct cpu *cpu, uint64_t sp);
    unsigned syscall_insn_len;   /* back up pc this much to restart */
    /* /proc/cpuinfo text for ncpu processors, as this ISA's Linux has it. */
    void (*write_cpuinfo)(FILE *f, long ncpu);
    /* Signal frames (rt_sigframe); NULL: guest handlers are not run. */
    const struct guest_sigframe *sigframe;
};

/*
 * What linux-user asks of a target to run a guest signal handler
 * (linux-user/signal.c decides which signal, when, and on which stack;
 * the target lays out its rt_sigframe exactly as its Linux port does).
 *
 * Guest siginfo is the 128-byte asm-generic layout, already filled in.
 * Masks are 64-bit guest sigsets (bit sig - 1).  Stacks grow down.
 */
struct guest_sigframe_req {
    int sig;
    const void *info;          /* 128 bytes: the frame's siginfo */
    uint64_t handler;          /* the new pc */
    uint64_t ret_addr;         /* where the handler returns: the
                                  SA_RESTORER or the sigreturn trampoline */
    uint64_t sp;               /* build the frame below this address (the
                                  current sp, or the top of the altstack) */
    uint64_t mask;             /* mask to restore at sigreturn (uc_sigmask) */
    uint64_t ss_sp, ss_size;   /* sigaltstack at delivery (uc_stack) */
    uint32_t ss_flags;
    /* Is [addr, addr + len) mapped with prot (PROT_READ/PROT_WRITE)? */
    bool (*mem_ok)(uint64_t addr, uint64_t len, int prot);
};

/* What rt_sigreturn found in the frame, for linux-user to apply. */
struct guest_sigreturn {
    uint64_t mask;             /* uc_sigmask */
    uint64_t ss_sp, ss_size;   /* uc_stack (restore_altstack) */
    uint32_t ss_flags;
};

struct guest_sigframe {
    /*
     * Write the frame for r below r->sp (guest memory is g2h()), then
     * set the registers the way the kernel does: pc = handler, sp = the
     * frame, signal/info/ucontext arguments, return address; the LR/SC
     * reservation is dropped.  0, or -EFAULT (nothing changed) when the
     * frame is not writable: the caller then kills with SIGSEGV.
     */
    int (*setup_rt_frame)(struct cpu *cpu, const struct guest_sigframe_req *r);
    /*
     * The rt_sigreturn syscall: read the frame at the current sp, restore
     * every register (pc, integer, FP and its control/status) and fill
     * *out.  0, or -EFAULT (registers untouched) for a bad frame.
     * mem_ok as above.
     */
    int (*rt_sigreturn)(struct cpu *cpu, struct guest_sigreturn *out,
                        bool (*mem_ok)(uint64_t addr, uint64_t len, int prot));
    uint64_t (*get_sp)(const struct cpu *cpu);
    /*
     * The code of the kernel's (vDSO) rt_sigreturn trampoline, which
     * linux-user maps once in an executable guest page; its address is
     * ret_addr for handlers without SA_RESTORER.
     */
    const uint8_t *trampoline;
    unsigned trampoline_len;
    size_t frame_size;         /* sizeof(struct rt_sigframe) */
    uint32_t min_sigstksz;     /* MINSIGSTKSZ: smaller altstacks are ENOMEM */
};

extern const struct guest_sigframe rv64_sigframe;

void rv64_write_cpuinfo(FILE *f, long ncpu);
void a64_write_cpuinfo(FILE *f, long ncpu);
extern const struct guest_sigframe a64_sigframe;

extern const struct guest_abi rv64_abi;
extern const struct guest_abi a64_abi;

/* The ABI for an ELF e_machine, or NULL. */
const struct guest_abi *guest_abi_for_machine(uint16_t e_machine);

#endif
