/*
 * Values are xrun choices (target/aarch64/sysreg.h) where the architecture leaves them to the implementation.  MRS/MSR: TPIDR_EL0 read/write, TPIDRRO_EL0 (0), DCZID_EL0 (4: 64-byte DC ZVA), CTR_EL0 (64-byte lines), CNTFRQ_EL0 (1 GHz), CNTVCT_EL0 (monotonic: printed as a comparison), MIDR/MPIDR/ID_AA64* fields as Linux shows them to EL0 (LSE atomics: ISAR0.Atomic = 2; LRCPC: ISAR1 = 1), FPCR/FPSR (writable bits only).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x123456789abcdef0
    msr tpidr_el0, x1
    mrs x0, tpidr_el0
    PHEX "sysreg 0", x0    /* 123456789abcdef0 */
    mrs x0, tpidrro_el0
    PHEX "sysreg 1", x0    /* 0000000000000000 */
    mrs x0, dczid_el0
    PHEX "sysreg 2", x0    /* 0000000000000004 */
    mrs x0, ctr_el0
    ubfx x1, x0, #16, #4
    and x0, x0, #0xf
    add x0, x0, x1, lsl #4
    PHEX "sysreg 3", x0    /* 0000000000000044 */
    mrs x0, cntfrq_el0
    PHEX "sysreg 4", x0    /* 000000003b9aca00 */
    mrs x1, cntvct_el0
    mov x3, #1000
    1: subs x3, x3, #1
    b.ne 1b
    mrs x2, cntvct_el0
    cmp x2, x1
    cset x0, hi
    PHEX "sysreg 5", x0    /* 0000000000000001 */
    mrs x0, midr_el1
    lsr x0, x0, #24
    PHEX "sysreg 6", x0    /* 0000000000000041 */
    mrs x0, mpidr_el1
    lsr x0, x0, #31
    PHEX "sysreg 7", x0    /* 0000000000000001 */
    mrs x0, id_aa64isar0_el1
    ubfx x0, x0, #20, #4
    PHEX "sysreg 8", x0    /* 0000000000000002 */
    mrs x0, id_aa64isar1_el1
    ubfx x0, x0, #20, #4
    PHEX "sysreg 9", x0    /* 0000000000000001 */
    mrs x0, id_aa64pfr0_el1
    and x0, x0, #0xf
    PHEX "sysreg 10", x0    /* 0000000000000001 */
    mrs x0, s3_0_c0_c7_7
    PHEX "sysreg 11", x0    /* 0000000000000000 */
    mov x1, #0xffffffffffffffff
    msr fpcr, x1
    mrs x0, fpcr
    msr fpcr, xzr
    PHEX "sysreg 12", x0    /* 0000000007c80000 */
    mov x1, #0xffffffffffffffff
    msr fpsr, x1
    mrs x0, fpsr
    msr fpsr, xzr
    PHEX "sysreg 13", x0    /* 000000000800009f */
    mov x1, #0x400000
    msr fpcr, x1
    mrs x0, fpcr
    msr fpcr, xzr
    PHEX "sysreg 14", x0    /* 0000000000400000 */
    EXIT 0
A64TEST_END
