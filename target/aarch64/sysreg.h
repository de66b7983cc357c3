/* SPDX-License-Identifier: MIT */
/*
 * System registers an EL0 program can read (MRS) under Linux, and the
 * feature set xrun-aarch64 advertises, in one place: AT_HWCAP (abi.c) and
 * the ID registers (emulated by Linux for EL0, HWCAP_CPUID) must agree
 * and name only what is implemented and tested.
 */
#ifndef XRUN_TARGET_AARCH64_SYSREG_H
#define XRUN_TARGET_AARCH64_SYSREG_H

#include <stdbool.h>
#include <stdint.h>

#include "translator/ir.h"

/* op0:op1:CRn:CRm:op2 as one number (bits 20:5 of MRS/MSR, op0 full). */
#define A64_SYSREG_KEY(op0, op1, crn, crm, op2) \
    ((uint32_t)(op0) << 14 | (uint32_t)(op1) << 11 | (uint32_t)(crn) << 7 | \
     (uint32_t)(crm) << 3 | (uint32_t)(op2))

enum {
    A64_SR_NZCV = A64_SYSREG_KEY(3, 3, 4, 2, 0),
    A64_SR_FPCR = A64_SYSREG_KEY(3, 3, 4, 4, 0),
    A64_SR_FPSR = A64_SYSREG_KEY(3, 3, 4, 4, 1),
    A64_SR_TPIDR_EL0 = A64_SYSREG_KEY(3, 3, 13, 0, 2),
    A64_SR_TPIDRRO_EL0 = A64_SYSREG_KEY(3, 3, 13, 0, 3),
    A64_SR_CTR_EL0 = A64_SYSREG_KEY(3, 3, 0, 0, 1),
    A64_SR_DCZID_EL0 = A64_SYSREG_KEY(3, 3, 0, 0, 7),
    A64_SR_CNTFRQ_EL0 = A64_SYSREG_KEY(3, 3, 14, 0, 0),
    A64_SR_CNTPCT_EL0 = A64_SYSREG_KEY(3, 3, 14, 0, 1),
    A64_SR_CNTVCT_EL0 = A64_SYSREG_KEY(3, 3, 14, 0, 2),
    A64_SR_MIDR_EL1 = A64_SYSREG_KEY(3, 0, 0, 0, 0),
    A64_SR_MPIDR_EL1 = A64_SYSREG_KEY(3, 0, 0, 0, 5),
    A64_SR_REVIDR_EL1 = A64_SYSREG_KEY(3, 0, 0, 0, 6),
    A64_SR_ID_AA64PFR0_EL1 = A64_SYSREG_KEY(3, 0, 0, 4, 0),
    A64_SR_ID_AA64ISAR0_EL1 = A64_SYSREG_KEY(3, 0, 0, 6, 0),
    A64_SR_ID_AA64ISAR1_EL1 = A64_SYSREG_KEY(3, 0, 0, 6, 1),
};

/* DC ZVA block: DCZID_EL0.BS = log2(words) = 4, i.e. 64 bytes. */
#define A64_DCZ_BYTES 64

/* FPCR/FPSR bits MSR keeps: A64_FPCR_WRITABLE, A64_FPSR_WRITABLE (cpu.h). */

/*
 * The generic timer: CNTFRQ_EL0 = 1 GHz (as Armv8.6 requires), CNTVCT_EL0
 * = CLOCK_MONOTONIC in nanoseconds.
 */
#define A64_CNTFRQ 1000000000ull

/*
 * Features, with their owners.  1 = implemented and tested; flip a 0
 * only together with the tests that show it works.
 *   FPSIMD   FP + Advanced SIMD (FP/SIMD work)      HWCAP_FP, HWCAP_ASIMD
 *   AES      AESE/AESD/AESMC/AESIMC (FP/SIMD work)  HWCAP_AES
 *   PMULL    PMULL/PMULL2 64-bit (FP/SIMD work)     HWCAP_PMULL
 *   SHA1     (FP/SIMD work)                         HWCAP_SHA1
 *   SHA2     SHA256 (FP/SIMD work)                  HWCAP_SHA2
 *   CRC32    CRC32, CRC32C (FP/SIMD work)            HWCAP_CRC32
 *   DOTPROD  SDOT/UDOT (FP/SIMD work)               HWCAP_ASIMDDP
 *   ATOMICS  LSE (base work)                        HWCAP_ATOMICS
 *   LRCPC    LDAPR (base work)                      HWCAP_LRCPC
 *   CPUID    MRS of the ID registers (base work)    HWCAP_CPUID
 */
#define A64_FEAT_FPSIMD 1
#define A64_FEAT_AES 1
#define A64_FEAT_PMULL 1
#define A64_FEAT_SHA1 1
#define A64_FEAT_SHA2 1
#define A64_FEAT_CRC32 1
#define A64_FEAT_DOTPROD 1
#define A64_FEAT_ATOMICS 1
#define A64_FEAT_LRCPC 1
#define A64_FEAT_CPUID 1

/* Linux arm64 uapi hwcap bits. */
#define A64_HWCAP_FP (1ull << 0)
#define A64_HWCAP_ASIMD (1ull << 1)
#define A64_HWCAP_AES (1ull << 3)
#define A64_HWCAP_PMULL (1ull << 4)
#define A64_HWCAP_SHA1 (1ull << 5)
#define A64_HWCAP_SHA2 (1ull << 6)
#define A64_HWCAP_CRC32 (1ull << 7)
#define A64_HWCAP_ATOMICS (1ull << 8)
#define A64_HWCAP_CPUID (1ull << 11)
#define A64_HWCAP_LRCPC (1ull << 15)
#define A64_HWCAP_ASIMDDP (1ull << 20)

/* AT_HWCAP from the features above (AT_HWCAP2: none). */
#define A64_HWCAP_VALUE \
    ((A64_FEAT_FPSIMD ? A64_HWCAP_FP | A64_HWCAP_ASIMD : 0) | \
     (A64_FEAT_AES ? A64_HWCAP_AES : 0) | \
     (A64_FEAT_PMULL ? A64_HWCAP_PMULL : 0) | \
     (A64_FEAT_SHA1 ? A64_HWCAP_SHA1 : 0) | \
     (A64_FEAT_SHA2 ? A64_HWCAP_SHA2 : 0) | \
     (A64_FEAT_CRC32 ? A64_HWCAP_CRC32 : 0) | \
     (A64_FEAT_ATOMICS ? A64_HWCAP_ATOMICS : 0) | \
     (A64_FEAT_CPUID ? A64_HWCAP_CPUID : 0) | \
     (A64_FEAT_LRCPC ? A64_HWCAP_LRCPC : 0) | \
     (A64_FEAT_DOTPROD ? A64_HWCAP_ASIMDDP : 0))

/* Value of a constant register (ID registers, CTR, DCZID, ...). */
bool a64_sysreg_const(uint32_t key, uint64_t *v);

/* Value of a register that changes (the counter); false for others. */
bool a64_sysreg_dynamic(uint32_t key, uint64_t *v);

/*
 * MRS/MSR FPSR: FPSR with the JIT's pending host FP flags folded in, and
 * a write that leaves none of them behind (translator/fp-fast.h).
 * read: d = FPSR; write: FPSR = a & A64_FPSR_WRITABLE.
 */
extern const struct ir_helper a64_fpsr_read_helper, a64_fpsr_write_helper;

#endif
