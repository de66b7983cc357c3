/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 guest as the translator core sees it: struct guest_arch
 * rv64_arch (state size, translate/disassemble hooks, reset, register
 * dump) and the ABI register names shared by the dumper and disassembler.
 */
#include <inttypes.h>
#include <string.h>

#include "target/riscv64/cpu.h"
#include "target/riscv64/decode.h"
#include "target/riscv64/fpu.h"

#define EM_RISCV 243

const char *const rv_xreg_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

const char *const rv_freg_names[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7",
    "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
    "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
    "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

/* Registers are already zero (the state is allocated zeroed). */
static void rv_cpu_init(struct cpu *cpu)
{
    rv_cpu(cpu)->res_addr = RV_NO_RESERVATION;
}

static void rv_dump_regs(const struct cpu *cpu, FILE *out)
{
    const struct rv_cpu *rv = (const struct rv_cpu *)cpu;
    fprintf(out, " pc       %016" PRIx64 "\n", cpu->pc);
    for (int k = 0; k < 32; k++) {
        fprintf(out, " x%-2d/%-4s %016" PRIx64 "%s", k, rv_xreg_names[k],
                rv->x[k], k % 4 == 3 ? "\n" : "");
    }
    for (int k = 0; k < 32; k++) {
        fprintf(out, " f%-2d/%-4s %016" PRIx64 "%s", k, rv_freg_names[k],
                rv->f[k], k % 4 == 3 ? "\n" : "");
    }
    fprintf(out, " fcsr     %08" PRIx64 "\n",
            (rv->frm & 7) << 5 | (fp_flags_peek(cpu, &rv_fp_guest) & 0x1f));
}

const struct guest_arch rv64_arch = {
    .name = "riscv64",
    .elf_machine = EM_RISCV,
    .cpu_size = sizeof(struct rv_cpu),
    /* The longest sequence is sc.w/sc.d (about 16 ops); keep headroom. */
    .max_insn_ir = 48,
    .translate_insn = rv_translate_insn,
    .disas = rv_disas,
    .cpu_init = rv_cpu_init,
    .dump_regs = rv_dump_regs,
    .fp = &rv_fp_guest,
};
