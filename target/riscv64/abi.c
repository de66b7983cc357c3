/* SPDX-License-Identifier: MIT */
/*
 * The Linux riscv64 user ABI: ecall with the number in a7, arguments in
 * a0..a5 and the result in a0; a new process starts with zeroed registers
 * but pc and sp; the thread pointer is tp.  AT_HWCAP holds one bit per
 * single-letter extension, bit (letter - 'A'), as the kernel reports it.
 */
#include <string.h>

#include "target/abi.h"
#include "target/riscv64/cpu.h"

enum { RV_REG_SP = 2, RV_REG_TP = 4, RV_REG_A0 = 10, RV_REG_A7 = 17 };

#define RV_HWCAP(letter) ((uint64_t)1 << ((letter) - 'A'))

static uint64_t rv_syscall_nr(const struct cpu *cpu)
{
    return ((const struct rv_cpu *)cpu)->x[RV_REG_A7];
}

static void rv_syscall_args(const struct cpu *cpu, uint64_t args[6])
{
    const struct rv_cpu *rv = (const struct rv_cpu *)cpu;
    memcpy(args, &rv->x[RV_REG_A0], 6 * sizeof(args[0]));
}

static void rv_set_syscall_ret(struct cpu *cpu, uint64_t ret)
{
    rv_cpu(cpu)->x[RV_REG_A0] = ret;
}

static void rv_start(struct cpu *cpu, uint64_t entry, uint64_t sp)
{
    struct rv_cpu *rv = rv_cpu(cpu);
    memset(rv->x, 0, sizeof(rv->x));
    memset(rv->f, 0, sizeof(rv->f));
    rv->frm = 0;
    rv->fflags = 0;
    rv->res_addr = RV_NO_RESERVATION;
    rv->res_val = 0;
    rv->x[RV_REG_SP] = sp;
    cpu->pc = entry;
}

static void rv_set_tls(struct cpu *cpu, uint64_t tls)
{
    rv_cpu(cpu)->x[RV_REG_TP] = tls;
}

static void rv_set_sp(struct cpu *cpu, uint64_t sp)
{
    rv_cpu(cpu)->x[RV_REG_SP] = sp;
}

const struct guest_abi rv64_abi = {
    .arch = &rv64_arch,
    .uname_machine = "riscv64",
    .platform = NULL,
    .hwcap = RV_HWCAP('I') | RV_HWCAP('M') | RV_HWCAP('A') | RV_HWCAP('F') |
             RV_HWCAP('D') | RV_HWCAP('C'),
    .hwcap2 = 0,
    .syscall_nr = rv_syscall_nr,
    .syscall_args = rv_syscall_args,
    .set_syscall_ret = rv_set_syscall_ret,
    .start = rv_start,
    .set_tls = rv_set_tls,
    .set_sp = rv_set_sp,
    .syscall_insn_len = 4,
    .write_cpuinfo = rv64_write_cpuinfo,
    .sigframe = &rv64_sigframe,
};
