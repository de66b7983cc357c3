/* SPDX-License-Identifier: MIT */
/*
 * The CSR file of a user-mode riscv64 process: fflags, frm and fcsr (views
 * of struct rv_cpu fflags/frm), and cycle/time/instret, which read the
 * host's monotonic clock in nanoseconds (user mode has no cycle count of
 * its own; the three only need to be monotonic and increasing).
 */
#include "target/riscv64/csr.h"

#include <stddef.h>
#include <time.h>

#include "target/riscv64/fpu.h"

static uint64_t rv_csr_read_fflags(const struct rv_cpu *cpu)
{
    return cpu->fflags & 0x1f;
}

static void rv_csr_write_fflags(struct rv_cpu *cpu, uint64_t val)
{
    cpu->fflags = val & 0x1f;
}

static uint64_t rv_csr_read_frm(const struct rv_cpu *cpu)
{
    return cpu->frm & 7;
}

static void rv_csr_write_frm(struct rv_cpu *cpu, uint64_t val)
{
    cpu->frm = val & 7;
}

static uint64_t rv_csr_read_fcsr(const struct rv_cpu *cpu)
{
    return rv_csr_read_frm(cpu) << 5 | rv_csr_read_fflags(cpu);
}

static void rv_csr_write_fcsr(struct rv_cpu *cpu, uint64_t val)
{
    rv_csr_write_frm(cpu, val >> 5);
    rv_csr_write_fflags(cpu, val);
}

static uint64_t rv_csr_read_clock(const struct rv_cpu *cpu)
{
    struct timespec ts;
    (void)cpu;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static const struct rv_csr rv_csrs[] = {
    {RV_CSR_FFLAGS, "fflags", rv_csr_read_fflags, rv_csr_write_fflags},
    {RV_CSR_FRM, "frm", rv_csr_read_frm, rv_csr_write_frm},
    {RV_CSR_FCSR, "fcsr", rv_csr_read_fcsr, rv_csr_write_fcsr},
    {RV_CSR_CYCLE, "cycle", rv_csr_read_clock, NULL},
    {RV_CSR_TIME, "time", rv_csr_read_clock, NULL},
    {RV_CSR_INSTRET, "instret", rv_csr_read_clock, NULL},
};

const struct rv_csr *rv_csr_find(unsigned num)
{
    for (size_t k = 0; k < sizeof(rv_csrs) / sizeof(rv_csrs[0]); k++) {
        if (rv_csrs[k].num == num) {
            return &rv_csrs[k];
        }
    }
    return NULL;
}

static uint64_t rv_csr_access(struct cpu *cpu, uint64_t src, uint64_t num,
                              uint64_t unused, uint64_t op)
{
    struct rv_cpu *rv = rv_cpu(cpu);
    const struct rv_csr *csr = rv_csr_find((unsigned)num);
    /* fflags as the guest sees it: with the JIT's pending host flags */
    fp_flags_fold(cpu, &rv_fp_guest);
    uint64_t old = csr->read(rv);
    switch ((enum rv_csr_op)op) {
    case RV_CSR_OP_READ:
        break;
    case RV_CSR_OP_WRITE:
        csr->write(rv, src);
        break;
    case RV_CSR_OP_SET:
        csr->write(rv, old | src);
        break;
    case RV_CSR_OP_CLEAR:
        csr->write(rv, old & ~src);
        break;
    }
    if (op != RV_CSR_OP_READ) {
        fp_flags_discard(cpu, &rv_fp_guest); /* cleared flags stay clear */
    }
    return old;
}

const struct fp_fast_form rv_csr_fast = FP_FAST_HELPER(
    rv_csr_access, "rv_csr", 0, flags_rw, 0, &rv_fp_guest);
