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
