/* SPDX-License-Identifier: MIT */
/*
 * The user-level CSRs riscv64 guests can reach: the FP control/status
 * registers (kept in struct rv_cpu frm/fflags) and the read-only counters.
 * trans-csr.c checks access at translation time and calls rv_csr_helper.
 */
#ifndef XRUN_TARGET_RISCV64_CSR_H
#define XRUN_TARGET_RISCV64_CSR_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv64/cpu.h"
#include "translator/fp-fast.h"

enum {
    RV_CSR_FFLAGS = 0x001,
    RV_CSR_FRM = 0x002,
    RV_CSR_FCSR = 0x003,
    RV_CSR_CYCLE = 0xc00,
    RV_CSR_TIME = 0xc01,
    RV_CSR_INSTRET = 0xc02,
};

struct rv_csr {
    uint16_t num;
    const char *name;
    uint64_t (*read)(const struct rv_cpu *cpu);
    void (*write)(struct rv_cpu *cpu, uint64_t val); /* NULL: read-only */
};

/* The CSR numbered num, or NULL if guests cannot access it. */
const struct rv_csr *rv_csr_find(unsigned num);

/* What a csrr* insn does with its source operand (helper aux, low bits). */
enum rv_csr_op {
    RV_CSR_OP_READ = 0,  /* no write (csrrs/csrrc with x0 or uimm 0) */
    RV_CSR_OP_WRITE = 1, /* csr = src */
    RV_CSR_OP_SET = 2,   /* csr |= src */
    RV_CSR_OP_CLEAR = 3, /* csr &= ~src */
};

/*
 * IR helper: old = csr[num]; apply op with src; returns old.  Called as
 * fn(cpu, src, num, -, op).  The translator has already checked that num
 * exists and is writable if op writes.
 */
extern const struct fp_fast_form rv_csr_fast;
/* The JIT accesses fflags inline (fp_fast flags_rw); the rest call C. */
#define rv_csr_helper (rv_csr_fast.h)

#endif
