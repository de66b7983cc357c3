/* SPDX-License-Identifier: MIT */
/*
 * /proc/cpuinfo for the guest ISA, one stanza per online host CPU, in the
 * format of the guest architecture's Linux (arch/riscv/kernel/cpu.c,
 * arch/arm64/kernel/cpuinfo.c), describing exactly what the emulated cpu
 * advertises: the ISA letters and the AT_HWCAP bits of the running ABI,
 * and on aarch64 the MIDR_EL1 that an MRS reads.
 */
#include <elf.h>
#include <inttypes.h>
#include <unistd.h>

#include "syscall/proc.h"
#include "syscall/sys-internal.h"
#include "target/aarch64/sysreg.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

/*
 * riscv64: single-letter extensions from AT_HWCAP (bit = letter - 'a') in
 * Linux's canonical order, then the multi-letter ones the target
 * implements (tests/guest/riscv64: zicsr-*, zifencei-smc, zba, zbb, zbs).
 */
static void cpuinfo_riscv(FILE *f, long ncpu, uint64_t hwcap)
{
    static const char order[] = "imafdqcbkjpvh";
    char isa[64] = "rv64";
    size_t n = 4;
    for (const char *c = order; *c != '\0'; c++) {
        if (hwcap & (1ull << (*c - 'a'))) {
            isa[n++] = *c;
        }
    }
    isa[n] = '\0';
    for (long k = 0; k < ncpu; k++) {
        fprintf(f,
                "processor\t: %ld\n"
                "hart\t\t: %ld\n"
                "isa\t\t: %s_zicsr_zifencei_zba_zbb_zbs\n"
                "mmu\t\t: sv48\n"
                "mvendorid\t: 0x0\n"
                "marchid\t\t: 0x0\n"
                "mimpid\t\t: 0x0\n"
                "\n",
                k, k, isa);
    }
}

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

static void cpuinfo_aarch64(FILE *f, long ncpu, uint64_t hwcap,
                            uint64_t hwcap2)
{
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

int proc_cpuinfo(FILE *f)
{
    const struct guest_abi *abi = sys_proc.abi;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    ncpu = ncpu > 0 ? ncpu : 1;
    switch (abi->arch->elf_machine) {
    case EM_RISCV:
        cpuinfo_riscv(f, ncpu, abi->hwcap);
        break;
    case EM_AARCH64:
        cpuinfo_aarch64(f, ncpu, abi->hwcap, abi->hwcap2);
        break;
    default:
        return -GUEST_ENOENT;
    }
    return 0;
}
