/* SPDX-License-Identifier: MIT */
/*
 * Values of the system registers EL0 reads, and AT_HWCAP: both derived
 * from the A64_FEAT_* list in sysreg.h so that they cannot disagree.
 * ID register fields follow the Arm ARM (D19) and what Linux exposes to
 * EL0 (Documentation/arch/arm64/cpu-feature-registers.rst).
 */
#include "target/aarch64/sysreg.h"

#include <time.h>

#include "target/aarch64/cpu.h"
#include "target/aarch64/fpsimd-fp.h"

/* ID_AA64ISAR0_EL1: AES 7:4, SHA1 11:8, SHA2 15:12, CRC32 19:16,
 * Atomic 23:20, DP 47:44. */
static uint64_t a64_isar0(void)
{
    uint64_t aes = A64_FEAT_PMULL ? 2 : A64_FEAT_AES ? 1 : 0;
    return aes << 4 | (uint64_t)A64_FEAT_SHA1 << 8 |
           (uint64_t)A64_FEAT_SHA2 << 12 | (uint64_t)A64_FEAT_CRC32 << 16 |
           (A64_FEAT_ATOMICS ? 2ull : 0) << 20 |
           (uint64_t)A64_FEAT_DOTPROD << 44;
}

/* ID_AA64PFR0_EL1: EL0 and EL1 AArch64 only; FP 19:16 and AdvSIMD 23:20
 * are 0 when implemented (without FP16), 0xf when not. */
static uint64_t a64_pfr0(void)
{
    uint64_t fp = A64_FEAT_FPSIMD ? 0 : 0xf;
    return 1 | 1 << 4 | fp << 16 | fp << 20;
}

bool a64_sysreg_const(uint32_t key, uint64_t *v)
{
    switch (key) {
    case A64_SR_TPIDRRO_EL0:
        *v = 0;
        return true;
    case A64_SR_CTR_EL0:
        /* RES1, IDC, CWG = ERG = DminLine = IminLine = 64 bytes, PIPT
         * icache; DIC = 0, so code writers do IC IVAU. */
        *v = 0x9444c004u;
        return true;
    case A64_SR_DCZID_EL0:
        *v = 4;
        return true;
    case A64_SR_CNTFRQ_EL0:
        *v = A64_CNTFRQ;
        return true;
    case A64_SR_MIDR_EL1:
        *v = 0x410fd083u; /* Arm Cortex-A72 r0p3: no errata paths */
        return true;
    case A64_SR_MPIDR_EL1:
        *v = 0x80000000u; /* as Linux shows it to EL0 */
        return true;
    case A64_SR_ID_AA64PFR0_EL1:
        *v = a64_pfr0();
        return true;
    case A64_SR_ID_AA64ISAR0_EL1:
        *v = a64_isar0();
        return true;
    case A64_SR_ID_AA64ISAR1_EL1:
        *v = (uint64_t)A64_FEAT_LRCPC << 20;
        return true;
    default:
        break;
    }
    /* The rest of the ID space Linux emulates (op0 3, op1 0, CRn 0):
     * reserved or not implemented, 0. */
    if (A64_FEAT_CPUID && (key >> 7) == (3u << 7 | 0u << 4 | 0u)) {
        *v = 0;
        return true;
    }
    return false;
}

bool a64_sysreg_dynamic(uint32_t key, uint64_t *v)
{
    if (key != A64_SR_CNTVCT_EL0 && key != A64_SR_CNTPCT_EL0) {
        return false;
    }
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    *v = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    return true;
}

static uint64_t a64_fpsr_read(struct cpu *c, uint64_t a, uint64_t b,
                              uint64_t x, uint64_t aux)
{
    fp_flags_fold(c, &a64_fp_guest);
    return a64_cpu(c)->fpsr;
}

static uint64_t a64_fpsr_write(struct cpu *c, uint64_t v, uint64_t b,
                               uint64_t x, uint64_t aux)
{
    a64_cpu(c)->fpsr = v & A64_FPSR_WRITABLE;
    fp_flags_discard(c, &a64_fp_guest);
    return 0;
}

const struct ir_helper a64_fpsr_read_helper = {a64_fpsr_read,
                                               "a64_fpsr_read", 0};
const struct ir_helper a64_fpsr_write_helper = {a64_fpsr_write,
                                                "a64_fpsr_write", 0};
