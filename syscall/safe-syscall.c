/* SPDX-License-Identifier: MIT */
/* See safe-syscall.h for why the check and the syscall share one stub. */
#include <errno.h>
#include <stdint.h>
#include <ucontext.h>
#include <unistd.h>

#include "syscall/safe-syscall.h"
#include "translator/exclusive.h"

__thread volatile sig_atomic_t sys_signal_flag;

#if defined(__x86_64__)

long safe_syscall_base(volatile sig_atomic_t *flag, long nr, long a1, long a2,
                       long a3, long a4, long a5, long a6);
extern const char safe_syscall_start[], safe_syscall_end[];
extern const char safe_syscall_restart[];

/*
 * SysV call in: rdi=flag rsi=nr rdx,rcx,r8,r9,[rsp+8],[rsp+16]=a1..a6.
 * Linux syscall: rax=nr rdi,rsi,rdx,r10,r8,r9; rcx and r11 clobbered.
 * From safe_syscall_start up to (not including) the instruction after
 * syscall, nothing has happened that the restart exit would lose.
 */
__asm__(
    "    .text\n"
    "    .globl safe_syscall_base\n"
    "    .hidden safe_syscall_base\n"
    "    .type safe_syscall_base, @function\n"
    "safe_syscall_base:\n"
    "    .cfi_startproc\n"
    "    mov %rdi, %r11\n"
    "    mov %rsi, %rax\n"
    "    mov %rdx, %rdi\n"
    "    mov %rcx, %rsi\n"
    "    mov %r8, %rdx\n"
    "    mov %r9, %r10\n"
    "    mov 8(%rsp), %r8\n"
    "    mov 16(%rsp), %r9\n"
    "    .globl safe_syscall_start\n"
    "    .hidden safe_syscall_start\n"
    "safe_syscall_start:\n"
    "    cmpl $0, (%r11)\n"
    "    jnz safe_syscall_restart\n"
    "    syscall\n"
    "    .globl safe_syscall_end\n"
    "    .hidden safe_syscall_end\n"
    "safe_syscall_end:\n"
    "    ret\n"
    "    .globl safe_syscall_restart\n"
    "    .hidden safe_syscall_restart\n"
    "safe_syscall_restart:\n"
    "    mov $-512, %rax\n"
    "    ret\n"
    "    .cfi_endproc\n"
    "    .size safe_syscall_base, .-safe_syscall_base\n");

void safe_syscall_rewind(void *host_ucontext)
{
    ucontext_t *uc = host_ucontext;
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    if (pc >= (uintptr_t)safe_syscall_start &&
        pc < (uintptr_t)safe_syscall_end) {
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)safe_syscall_restart;
    }
}

#else

static long safe_syscall_base(volatile sig_atomic_t *flag, long nr, long a1,
                              long a2, long a3, long a4, long a5, long a6)
{
    if (*flag) {
        return -ERESTARTSYS;
    }
    long r = syscall(nr, a1, a2, a3, a4, a5, a6);
    return r == -1 ? -errno : r;
}

void safe_syscall_rewind(void *host_ucontext)
{
    (void)host_ucontext;
}

#endif

long safe_syscall6(long nr, long a1, long a2, long a3, long a4, long a5,
                   long a6)
{
    excl_idle_begin();
    long r = safe_syscall_base(&sys_signal_flag, nr, a1, a2, a3, a4, a5, a6);
    excl_idle_end();
    if (r < 0 && r > -4096) {
        errno = (int)-r;
        return -1;
    }
    return r;
}
