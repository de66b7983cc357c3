/* SPDX-License-Identifier: MIT */
/*
 * The Linux user-mode ABI facts of one guest ISA, as linux-user needs
 * them: where syscall arguments live, how a process starts, what the
 * kernel advertises.  Each target/<isa>/abi.c exports one.
 */
#ifndef XRUN_TARGET_ABI_H
#define XRUN_TARGET_ABI_H

#include <stdint.h>

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
};

extern const struct guest_abi rv64_abi;

/* The ABI for an ELF e_machine, or NULL. */
const struct guest_abi *guest_abi_for_machine(uint16_t e_machine);

#endif
