/* SPDX-License-Identifier: MIT */
/*
 * The IR call descriptors of the F/D helpers (one pair per row of
 * RV_FP_HELPERS) and the run-time illegal-instruction exit they share.
 */
#include <string.h>

#include "target/riscv64/fpu.h"

#define RV_FP_DESCRIBE(name, flags)                                           \
    const struct ir_helper rv_fp_h_##name[2] = {                              \
        {rv_fp_##name, "rv_fp_" #name, (flags)},                              \
        {rv_fp_##name, "rv_fp_" #name "_dyn", (flags) | IRH_FAULTS},          \
    };
RV_FP_HELPERS(RV_FP_DESCRIBE)
#undef RV_FP_DESCRIBE

/*
 * The insn was fetched to be translated, so its word is readable; every
 * insn with an rm field is 32 bits (the compressed FP insns are loads and
 * stores).
 */
void rv_fp_illegal(struct rv_cpu *cpu)
{
    uint32_t insn;
    uint64_t pc = cpu_current_pc(&cpu->common);
    memcpy(&insn, cpu_g2h(&cpu->common, pc), sizeof(insn));
    cpu_raise(&cpu->common, EXCP_ILLEGAL, insn);
}
