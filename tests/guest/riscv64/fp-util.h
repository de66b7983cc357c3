/* SPDX-License-Identifier: MIT */
/*
 * Shared by the fp-*.c guest tests: run one F/D instruction on raw bit
 * patterns, with fflags cleared before and read after, all inside one asm
 * statement so the compiler cannot add or move FP work in between.  Inputs
 * go in with fmv.w.x / fmv.d.x (exact bits, singles NaN-boxed) and results
 * come out with fmv.x.w / fmv.x.d.  Output lines are "label: hex flags".
 */
#ifndef FP_UTIL_H
#define FP_UTIL_H

#include <stdint.h>
#include <stdio.h>

/* fflags of the last FP_* operation. */
static uint64_t fp_flags;

/* Move macros per format: into an f register, out of one. */
#define FP_IN_S "fmv.w.x"
#define FP_OUT_S "fmv.x.w"
#define FP_IN_D "fmv.d.x"
#define FP_OUT_D "fmv.x.d"

/* r = insn rd, rs1, rs2 [, rm]: "fadd.s", "S", ", rtz" (or "" for none). */
#define FP_OP2(mn, F, rm, a, b)                                                \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\t" FP_IN_##F " ft0, %2\n\t"           \
                         FP_IN_##F " ft1, %3\n\t" mn " ft2, ft0, ft1" rm "\n\t" \
                         FP_OUT_##F " %0, ft2\n\tfrflags %1"                    \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a)), "r"((uint64_t)(b))              \
                         : "ft0", "ft1", "ft2");                               \
        r_;                                                                    \
    })

/* r = insn rd, rs1 [, rm] with rd and rs1 of formats FD and FS. */
#define FP_OP1(mn, FD, FS, rm, a)                                              \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\t" FP_IN_##FS " ft0, %2\n\t"          \
                         mn " ft2, ft0" rm "\n\t" FP_OUT_##FD " %0, ft2\n\t"    \
                         "frflags %1"                                          \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a))                                  \
                         : "ft0", "ft2");                                      \
        r_;                                                                    \
    })

/* r = insn rd, rs1, rs2, rs3 [, rm] (fused multiply-adds). */
#define FP_OP3(mn, F, rm, a, b, c)                                             \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\t" FP_IN_##F " ft0, %2\n\t"           \
                         FP_IN_##F " ft1, %3\n\t" FP_IN_##F " ft3, %4\n\t"      \
                         mn " ft2, ft0, ft1, ft3" rm "\n\t" FP_OUT_##F          \
                         " %0, ft2\n\tfrflags %1"                               \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a)), "r"((uint64_t)(b)),             \
                           "r"((uint64_t)(c))                                  \
                         : "ft0", "ft1", "ft2", "ft3");                        \
        r_;                                                                    \
    })

/* x rd = insn rs1, rs2 (compares): integer result. */
#define FP_CMP(mn, F, a, b)                                                    \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\t" FP_IN_##F " ft0, %2\n\t"           \
                         FP_IN_##F " ft1, %3\n\t" mn " %0, ft0, ft1\n\t"        \
                         "frflags %1"                                          \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a)), "r"((uint64_t)(b))              \
                         : "ft0", "ft1");                                      \
        r_;                                                                    \
    })

/* x rd = insn rs1 [, rm] (fclass, fcvt to integer). */
#define FP_TOX(mn, F, rm, a)                                                   \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\t" FP_IN_##F " ft0, %2\n\t"           \
                         mn " %0, ft0" rm "\n\tfrflags %1"                      \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a))                                  \
                         : "ft0");                                             \
        r_;                                                                    \
    })

/* f rd = insn x rs1 [, rm] (fcvt from integer). */
#define FP_FROMX(mn, F, rm, a)                                                 \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\t" mn " ft0, %2" rm "\n\t"             \
                         FP_OUT_##F " %0, ft0\n\tfrflags %1"                    \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a))                                  \
                         : "ft0");                                             \
        r_;                                                                    \
    })

/* Set frm (fsrm) for the dynamic-rm forms. */
static inline void fp_set_frm(unsigned rm)
{
    __asm__ volatile("fsrm %0" : : "r"((uint64_t)rm));
}

/* Print a single's bits (low 32 of a fmv.x.w result), a double's, or an x. */
static inline void pr_s(const char *label, uint64_t r)
{
    printf("%s: %08x %02x\n", label, (unsigned)(uint32_t)r, (unsigned)fp_flags);
}

static inline void pr_d(const char *label, uint64_t r)
{
    printf("%s: %016llx %02x\n", label, (unsigned long long)r, (unsigned)fp_flags);
}

#endif
