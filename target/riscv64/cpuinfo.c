/* SPDX-License-Identifier: MIT */
/*
 * /proc/cpuinfo as riscv64 Linux prints it (arch/riscv/kernel/cpu.c),
 * describing exactly what the emulated hart advertises.
 */
#include <stdio.h>

#include "target/abi.h"

/*
 * riscv64: single-letter extensions from AT_HWCAP (bit = letter - 'a') in
 * Linux's canonical order, then the multi-letter ones the target
 * implements (tests/guest/riscv64: zicsr-*, zifencei-smc, zba, zbb, zbs).
 */
void rv64_write_cpuinfo(FILE *f, long ncpu)
{
    uint64_t hwcap = rv64_abi.hwcap;
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
