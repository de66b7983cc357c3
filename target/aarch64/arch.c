/* SPDX-License-Identifier: MIT */
/*
 * The aarch64 guest as the translator core sees it: struct guest_arch
 * a64_arch (state size, translate/disassemble hooks, reset, register
 * dump).
 */
#include <inttypes.h>

#include "target/aarch64/cpu.h"
#include "target/aarch64/decode.h"
#include "target/aarch64/fpsimd-fp.h"

#define EM_AARCH64 183

/* Registers are already zero (the state is allocated zeroed). */
static void a64_cpu_init(struct cpu *cpu)
{
    struct a64_cpu *s = a64_cpu(cpu);
    s->excl_addr = A64_NO_EXCL;
    s->cc_op = A64_CC_NZCV;
    s->cc_res = 0;
}

static void a64_dump_regs(const struct cpu *cpu, FILE *out)
{
    const struct a64_cpu *s = (const struct a64_cpu *)cpu;
    uint64_t nzcv = a64_nzcv_from_lazy(s);
    fprintf(out, " pc  %016" PRIx64 "  sp  %016" PRIx64 "  nzcv %c%c%c%c\n",
            cpu->pc, s->x[31], nzcv & A64_NZCV_N ? 'N' : '-',
            nzcv & A64_NZCV_Z ? 'Z' : '-', nzcv & A64_NZCV_C ? 'C' : '-',
            nzcv & A64_NZCV_V ? 'V' : '-');
    for (int k = 0; k < 31; k++) {
        fprintf(out, " x%-2d %016" PRIx64 "%s", k, s->x[k],
                k % 4 == 3 || k == 30 ? "\n" : "");
    }
    for (int k = 0; k < 32; k++) {
        fprintf(out, " q%-2d %016" PRIx64 "%016" PRIx64 "%s", k, s->v[k][1],
                s->v[k][0], k % 2 == 1 ? "\n" : "");
    }
    fprintf(out, " fpcr %08" PRIx64 "  fpsr %08" PRIx64 "  tpidr %016" PRIx64
            "\n", s->fpcr, fp_flags_peek(cpu, &a64_fp_guest), s->tpidr_el0);
}

const struct guest_arch a64_arch = {
    .name = "aarch64",
    .elf_machine = EM_AARCH64,
    .cpu_size = sizeof(struct a64_cpu),
    /* The longest base sequences (CASP, STXP, DC ZVA) are about 20 ops;
     * keep headroom for the SIMD side. */
    .max_insn_ir = 96,
    .translate_insn = a64_translate_insn,
    .disas = a64_disas,
    .cpu_init = a64_cpu_init,
    .dump_regs = a64_dump_regs,
    .fp = &a64_fp_guest,
};
