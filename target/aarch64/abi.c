/* SPDX-License-Identifier: MIT */
/*
 * The Linux arm64 user ABI: SVC #0 with the number in x8, arguments in
 * x0..x5 and the result in x0; a new process starts with zeroed registers
 * but pc and sp; the thread pointer is TPIDR_EL0.  AT_HWCAP lists only
 * what is implemented (sysreg.h).
 */
#include <string.h>

#include "target/aarch64/cpu.h"
#include "target/aarch64/sysreg.h"
#include "target/aarch64/trans.h"
#include "target/abi.h"

enum { A64_REG_NR = 8, A64_REG_SP = 31 };

static uint64_t a64_syscall_nr(const struct cpu *cpu)
{
    return ((const struct a64_cpu *)cpu)->x[A64_REG_NR];
}

static void a64_syscall_args(const struct cpu *cpu, uint64_t args[6])
{
    const struct a64_cpu *s = (const struct a64_cpu *)cpu;
    memcpy(args, &s->x[0], 6 * sizeof(args[0]));
}

static void a64_set_syscall_ret(struct cpu *cpu, uint64_t ret)
{
    a64_cpu(cpu)->x[0] = ret;
}

static void a64_start(struct cpu *cpu, uint64_t entry, uint64_t sp)
{
    struct a64_cpu *s = a64_cpu(cpu);
    memset(s->x, 0, sizeof(s->x));
    memset(s->v, 0, sizeof(s->v));
    s->fpcr = 0;
    s->fpsr = 0;
    s->tpidr_el0 = 0;
    s->excl_addr = A64_NO_EXCL;
    a64_set_nzcv_state(s, 0);
    s->x[A64_REG_SP] = sp;
    cpu->pc = entry;
}

static void a64_set_tls(struct cpu *cpu, uint64_t tls)
{
    a64_cpu(cpu)->tpidr_el0 = tls;
}

static void a64_set_sp(struct cpu *cpu, uint64_t sp)
{
    a64_cpu(cpu)->x[A64_REG_SP] = sp;
}

const struct guest_abi a64_abi = {
    .arch = &a64_arch,
    .uname_machine = "aarch64",
    .platform = "aarch64",
    .hwcap = A64_HWCAP_VALUE,
    .hwcap2 = 0,
    .syscall_nr = a64_syscall_nr,
    .syscall_args = a64_syscall_args,
    .set_syscall_ret = a64_set_syscall_ret,
    .start = a64_start,
    .set_tls = a64_set_tls,
    .set_sp = a64_set_sp,
    .syscall_insn_len = 4,
    .write_cpuinfo = a64_write_cpuinfo,
    .sigframe = &a64_sigframe,
};
