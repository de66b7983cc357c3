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
    uint64_t stack_start;       /* guest sp at entry (the [stack] mapping) */
    uint64_t arg_start, arg_end; /* guest argv strings (/proc/self/cmdline) */
    uint64_t env_start, env_end; /* guest environment strings */
};
extern struct sys_process sys_proc;

/*
 * The host path for a guest path, as every path syscall looks it up
 * (syscall/path.c: the sysroot first for absolute paths, never for /proc,
 * /dev, /sys, /tmp).  Needs sys_proc.sysroot.  malloc'd; NULL if no memory.
 */
char *sys_host_path(const char *guest_path);

/*
 * Perform guest syscall nr with args for cpu.  Returns the value for the
 * guest's return register: >= 0, or a negative guest errno.  exit and
 * exit_group do not return; neither does a successful execve.
 */
int64_t sys_dispatch(struct cpu *cpu, uint64_t nr, const uint64_t args[6]);

#endif
