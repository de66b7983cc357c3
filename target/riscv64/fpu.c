/* SPDX-License-Identifier: MIT */
/*
 * The IR call descriptors of the F/D helpers (one pair per row of
 * RV_FP_HELPERS, with the row's fast form), the run-time illegal-instruction
 * exit they share, and the fold of the JIT's pending host flags around
 * every helper (translator/fp-fast.h): fflags must hold them before a
 * helper's host op may clear MXCSR, and host FP the helper did for its own
 * bookkeeping must not reach fflags later.
 */
#include <string.h>

#include "target/riscv64/fpu.h"

#define RV_FP_ENTRY(name, flags, fast, esz)                                   \
    static uint64_t rv_fp_entry_##name(struct cpu *c, uint64_t a, uint64_t b, \
                                       uint64_t x, uint64_t aux)              \
    {                                                                         \
        fp_flags_fold(c, &rv_fp_guest);                                       \
        uint64_t r = rv_fp_##name(c, a, b, x, aux);                           \
        fp_flags_discard(c, &rv_fp_guest);                                    \
        return r;                                                             \
    }
RV_FP_HELPERS(RV_FP_ENTRY)
#undef RV_FP_ENTRY

/* A row without a fast form: a plain descriptor in the same shape. */
#define FP_FAST_none FP_FAST__COUNT
#define RV_FP_FAST_FLAG(fast) (FP_FAST_##fast == FP_FAST__COUNT ? 0 : IRH_FP_FAST)

#define RV_FP_DESCRIBE(name, flags, fast, esz)                                \
    const struct fp_fast_form rv_fp_h_##name[2] = {                           \
        {{rv_fp_entry_##name, "rv_fp_" #name,                                 \
          (flags) | RV_FP_FAST_FLAG(fast)},                                   \
         FP_FAST_##fast, (esz), &rv_fp_guest},                                \
        {{rv_fp_entry_##name, "rv_fp_" #name "_dyn",                          \
          (flags) | IRH_FAULTS | RV_FP_FAST_FLAG(fast)},                      \
         FP_FAST_##fast, (esz), &rv_fp_guest},                                \
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
