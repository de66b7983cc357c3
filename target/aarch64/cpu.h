/* SPDX-License-Identifier: MIT */
/*
 * AArch64 EL0 architectural state.  struct cpu comes first so IR slots
 * address the core's temps and these registers from one base.  NZCV is
 * kept lazily (see cc_* below) so flag-setting arithmetic costs a few
 * moves, and a conditional branch in the same block can test the
 * operands of the compare directly.
 */
#ifndef XRUN_TARGET_AARCH64_CPU_H
#define XRUN_TARGET_AARCH64_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "translator/cpu.h"
#include "translator/guest.h"

/* How the lazy flags were produced: what cc_a/cc_b/cc_res mean. */
enum a64_cc_op {
    A64_CC_NZCV,   /* cc_res holds NZCV in bits 31:28 (materialized) */
    A64_CC_ADD64,  /* cc_res = cc_a + cc_b (ADDS/CMN, 64-bit) */
    A64_CC_ADD32,
    A64_CC_SUB64,  /* cc_res = cc_a - cc_b (SUBS/CMP) */
    A64_CC_SUB32,
    A64_CC_LOGIC64, /* cc_res = result of ANDS/BICS/TST; C = V = 0 */
    A64_CC_LOGIC32,
    A64_CC_ADC64,  /* cc_res = cc_a + cc_b + carry-in (carry-in in cc_c) */
    A64_CC_ADC32,
    A64_CC__COUNT
};

struct a64_cpu {
    struct cpu common;
    uint64_t x[32];       /* x[31] is SP; XZR reads are constants */
    uint64_t cc_op;       /* enum a64_cc_op */
    uint64_t cc_a, cc_b, cc_c, cc_res;
    uint64_t v[32][2];    /* Q registers, little-endian halves: v[n][0] low */
    uint64_t fpcr;
    uint64_t fpsr;        /* cumulative flags IOC DZC OFC UFC IXC IDC, QC */
    uint64_t tpidr_el0;
    uint64_t excl_addr;   /* exclusive monitor: address or A64_NO_EXCL */
    uint64_t excl_val[2]; /* values loaded by LDXR / LDXP */
    uint64_t excl_size;   /* log2 bytes of the exclusive access */
    uint64_t cas_tmp[2];  /* 128-bit CASP/STXP helper: expected in, old out */
};

#define A64_NO_EXCL (~(uint64_t)0)

/*
 * FPCR and FPSR fields (Arm ARM, FPCR and FPSR, AArch64 views), the one
 * definition for MSR (trans-system.c) and the FP helpers (fpsimd*.c).
 * FPCR: AHP(26) DN(25) FZ(24) RMode(23:22) FZ16(19) are kept.  Stride
 * (21:20) and Len (18:16) only save AArch32's FPSCR and read as zero here
 * (EL0 is AArch64 only).  The trap enables IDE(15) IXE(12) UFE(11) OFE(10)
 * DZE(9) IOE(8) are RAZ/WI, as on hardware that does not support FP
 * exception traps: xrun raises none, so a guest must not see them set.
 * FPSR: QC(27) IDC(7) IXC(4) UFC(3) OFC(2) DZC(1) IOC(0) are kept; NZCV
 * (31:28) is AArch32's only and reads as zero.
 */
enum {
    A64_FPCR_FZ16 = 1u << 19,
    A64_FPCR_RMODE_SHIFT = 22, /* 0 RN, 1 RP, 2 RM, 3 RZ */
    A64_FPCR_RMODE = 3u << 22,
    A64_FPCR_FZ = 1u << 24,
    A64_FPCR_DN = 1u << 25,
    A64_FPCR_AHP = 1u << 26,
    A64_FPCR_WRITABLE = A64_FPCR_AHP | A64_FPCR_DN | A64_FPCR_FZ |
                        A64_FPCR_RMODE | A64_FPCR_FZ16, /* 0x07c80000 */
};

/* FPSR cumulative flags. */
enum {
    A64_FPSR_IOC = 1u << 0, /* invalid operation */
    A64_FPSR_DZC = 1u << 1, /* divide by zero */
    A64_FPSR_OFC = 1u << 2, /* overflow */
    A64_FPSR_UFC = 1u << 3, /* underflow */
    A64_FPSR_IXC = 1u << 4, /* inexact */
    A64_FPSR_IDC = 1u << 7, /* input denormal (flushed by FZ) */
    A64_FPSR_QC = 1u << 27, /* integer saturation (Advanced SIMD) */
    A64_FPSR_WRITABLE = A64_FPSR_QC | A64_FPSR_IDC | A64_FPSR_IXC |
                        A64_FPSR_UFC | A64_FPSR_OFC | A64_FPSR_DZC |
                        A64_FPSR_IOC, /* 0x0800009f */
};

static inline struct a64_cpu *a64_cpu(struct cpu *c)
{
    return (struct a64_cpu *)c;
}

#define A64_X(n) ir_global(offsetof(struct a64_cpu, x[(n)]))
#define A64_VLO(n) ir_global(offsetof(struct a64_cpu, v[(n)][0]))
#define A64_VHI(n) ir_global(offsetof(struct a64_cpu, v[(n)][1]))
#define A64_ENV(field) offsetof(struct a64_cpu, field)

extern const struct guest_arch a64_arch;

#endif
