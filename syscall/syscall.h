/* SPDX-License-Identifier: MIT */
/*
 * Entry of the guest-to-host syscall layer.  The numbers are the
 * asm-generic table (syscall/table.def) shared by riscv64 and aarch64.
 */
#ifndef XRUN_SYSCALL_SYSCALL_H
#define XRUN_SYSCALL_SYSCALL_H

#include <stdint.h>

#include "target/abi.h"
#include "translator/cpu.h"

/* What the syscall layer needs to know about the running process. */
struct sys_process {
    const struct guest_abi *abi;
    const char *exe_path;       /* guest program, absolute (/proc/self/exe) */
    const char *sysroot;        /* -L prefix, or NULL */
    const char *emulator_path;  /* our own binary, to run exec'd guest ELFs */
    char **emulator_args;       /* options to pass on to it, NULL-ended */
    uint64_t auxv_addr;         /* guest address and size of the auxv */
    uint64_t auxv_len;
};
extern struct sys_process sys_proc;

/*
 * Perform guest syscall nr with args for cpu.  Returns the value for the
 * guest's return register: >= 0, or a negative guest errno.  exit and
 * exit_group do not return; neither does a successful execve.
 */
int64_t sys_dispatch(struct cpu *cpu, uint64_t nr, const uint64_t args[6]);

#endif
