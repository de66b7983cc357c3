/* SPDX-License-Identifier: MIT */
/*
 * RV64GC architectural state.  struct cpu comes first so IR slots address
 * both the core's temps and these registers from one base.
 */
#ifndef XRUN_TARGET_RISCV64_CPU_H
#define XRUN_TARGET_RISCV64_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "translator/cpu.h"
#include "translator/guest.h"

struct rv_cpu {
    struct cpu common;
    uint64_t x[32];       /* x0 reads as zero: translators never write it */
    uint64_t f[32];       /* NaN-boxed: singles have the upper 32 bits set */
    uint64_t frm;         /* fcsr[7:5], dynamic rounding mode */
    uint64_t fflags;      /* fcsr[4:0], accrued exceptions */
    uint64_t res_addr;    /* LR reservation address, RV_NO_RESERVATION if none */
    uint64_t res_val;     /* value loaded by LR, compared by SC */
};

#define RV_NO_RESERVATION (~(uint64_t)0)

static inline struct rv_cpu *rv_cpu(struct cpu *c)
{
    return (struct rv_cpu *)c;
}

/* IR slots of the registers. */
#define RV_X(n) ir_global(offsetof(struct rv_cpu, x[(n)]))
#define RV_F(n) ir_global(offsetof(struct rv_cpu, f[(n)]))

/* Register ABI names (x0..x31 -> "zero", "ra", ...). */
extern const char *const rv_xreg_names[32];
extern const char *const rv_freg_names[32];

extern const struct guest_arch rv64_arch;

#endif
