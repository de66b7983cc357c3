/* SPDX-License-Identifier: MIT */
/*
 * /proc/cpuinfo as arm64 Linux prints it (arch/arm64/kernel/cpuinfo.c):
 * the AT_HWCAP/AT_HWCAP2 bits the ABI advertises, by name, and the
 * MIDR_EL1 that an MRS reads.
 */
#include <inttypes.h>
#include <stdio.h>

#include "target/abi.h"
#include "target/aarch64/sysreg.h"

/* arm64 AT_HWCAP bit names (uapi asm/hwcap.h), in bit order. */
static const char *const a64_hwcap_names[32] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
    "atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma",
    "lrcpc", "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve",
    "asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb", "paca",
    "pacg",
};

/* AT_HWCAP2 bits, printed after AT_HWCAP's as Linux does. */
static const char *const a64_hwcap2_names[] = {
    "dcpodp", "sve2", "sveaes", "svepmull", "svebitperm", "svesha3",
    "svesm4", "flagm2", "frint", "svei8mm", "svef32mm", "svef64mm",
    "svebf16", "i8mm", "bf16", "dgh", "rng", "bti", "mte",
};

void a64_write_cpuinfo(FILE *f, long ncpu)
{
    uint64_t hwcap = a64_abi.hwcap, hwcap2 = a64_abi.hwcap2;
    uint64_t midr = 0;
    a64_sysreg_const(A64_SR_MIDR_EL1, &midr);
    /* BogoMIPS from the generic timer, as Linux computes it: 2 * MHz. */
    uint64_t centi = A64_CNTFRQ / 5000;
    for (long k = 0; k < ncpu; k++) {
        fprintf(f, "processor\t: %ld\nBogoMIPS\t: %" PRIu64 ".%02" PRIu64
                   "\nFeatures\t:",
                k, centi / 100, centi % 100);
        for (int b = 0; b < 32; b++) {
            if (hwcap & (1ull << b)) {
                fprintf(f, " %s", a64_hwcap_names[b]);
            }
        }
        for (size_t b = 0;
             b < sizeof(a64_hwcap2_names) / sizeof(a64_hwcap2_names[0]); b++) {
            if (hwcap2 & (1ull << b)) {
                fprintf(f, " %s", a64_hwcap2_names[b]);
            }
        }
        fprintf(f,
                "\nCPU implementer\t: 0x%02x\n"
                "CPU architecture: 8\n"
                "CPU variant\t: 0x%x\n"
                "CPU part\t: 0x%03x\n"
                "CPU revision\t: %u\n\n",
                (unsigned)(midr >> 24) & 0xff, (unsigned)(midr >> 20) & 0xf,
                (unsigned)(midr >> 4) & 0xfff, (unsigned)midr & 0xf);
    }
}
