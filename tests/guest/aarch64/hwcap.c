/*
 * What xrun-aarch64 tells a program about the CPU: getauxval(AT_HWCAP),
 * AT_HWCAP2 and AT_PLATFORM, the AT_HWCAP bits by their Linux names, and
 * the AT_HWCAP the Linux kernel would derive from the ID registers the
 * program reads with MRS (Linux emulates those reads at EL0 and says so
 * with HWCAP_CPUID), which must be the same value.
 *
 * Expected output, by hand:
 *  - The feature list in target/aarch64/sysreg.h advertises FP, ASIMD,
 *    AES, PMULL, SHA1, SHA2, CRC32, ATOMICS, CPUID, LRCPC and ASIMDDP.
 *    Their bit numbers in the Linux uapi arch/arm64/include/uapi/asm/hwcap.h
 *    (/usr/aarch64-linux-gnu/include/asm/hwcap.h): FP 0, ASIMD 1, AES 3,
 *    PMULL 4, SHA1 5, SHA2 6, CRC32 7, ATOMICS 8, CPUID 11, LRCPC 15,
 *    ASIMDDP 20.  Sum: 0x1 + 0x2 + 0x8 + 0x10 + 0x20 + 0x40 + 0x80 + 0x100
 *    + 0x800 + 0x8000 + 0x100000 = 0x1089fb -> "AT_HWCAP 0x1089fb".
 *  - Nothing in AT_HWCAP2 (abi.c) -> "AT_HWCAP2 0" (%#lx adds 0x only to
 *    a nonzero value).
 *  - Linux arm64's ELF_PLATFORM is "aarch64" -> "AT_PLATFORM aarch64".
 *  - The names of the set bits in bit order -> "set: fp asimd aes pmull
 *    sha1 sha2 crc32 atomics cpuid lrcpc asimddp"; no bit above 31 is set
 *    (bits 32-61 are unallocated, 62-63 reserved for libc).
 *  - From the ID registers with the kernel's rules
 *    (arch/arm64/kernel/cpufeature.c, arm64_elf_hwcaps): ID_AA64PFR0_EL1
 *    FP (19:16, signed) >= 0 -> FP, >= 1 -> FPHP; AdvSIMD (23:20, signed)
 *    >= 0 -> ASIMD, >= 1 -> ASIMDHP; DIT (51:48) >= 1 -> DIT; SVE (35:32)
 *    >= 1 -> SVE.  ID_AA64ISAR0_EL1 AES (7:4) >= 1 -> AES, >= 2 -> PMULL;
 *    SHA1 (11:8) >= 1; SHA2 (15:12) >= 1 -> SHA2, >= 2 -> SHA512; CRC32
 *    (19:16) >= 1; Atomic (23:20) >= 2 -> ATOMICS; RDM (31:28) -> ASIMDRDM;
 *    SHA3 (35:32), SM3 (39:36), SM4 (43:40), DP (47:44) -> ASIMDDP, FHM
 *    (51:48) -> ASIMDFHM, TS (55:52) -> FLAGM.  ID_AA64ISAR1_EL1 DPB (3:0)
 *    -> DCPOP; JSCVT (15:12); FCMA (19:16); LRCPC (23:20) >= 1 -> LRCPC,
 *    >= 2 -> ILRCPC; SB (39:36).  CPUID: the reads worked.  With the same
 *    feature set that is again 0x1089fb -> "ID registers give 0x1089fb".
 */
#include <asm/hwcap.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/auxv.h>

#define READ_ID(name)                                                       \
    ({                                                                      \
        uint64_t v_;                                                        \
        __asm__ volatile("mrs %0, " #name : "=r"(v_));                      \
        v_;                                                                 \
    })

static const char *const names[32] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
    "atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma",
    "lrcpc", "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve",
    "asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb", "paca",
    "pacg",
};

static unsigned field(uint64_t reg, unsigned lsb)
{
    return (unsigned)(reg >> lsb) & 0xf;
}

static int sfield(uint64_t reg, unsigned lsb)
{
    unsigned f = field(reg, lsb);
    return f >= 8 ? (int)f - 16 : (int)f;
}

int main(void)
{
    unsigned long hwcap = getauxval(AT_HWCAP);
    unsigned long hwcap2 = getauxval(AT_HWCAP2);
    const char *platform = (const char *)getauxval(AT_PLATFORM);

    printf("AT_HWCAP %#lx\n", hwcap);
    printf("AT_HWCAP2 %#lx\n", hwcap2);
    printf("AT_PLATFORM %s\n", platform != NULL ? platform : "(none)");
    printf("set:");
    for (int i = 0; i < 32; i++) {
        if (hwcap & (1ul << i)) {
            printf(" %s", names[i]);
        }
    }
    if (hwcap >> 32) {
        printf(" high:%#lx", hwcap >> 32);
    }
    printf("\n");
    fflush(stdout);

    if (!(hwcap & HWCAP_CPUID)) {
        printf("no HWCAP_CPUID: ID registers not read\n");
        return 0;
    }
    uint64_t pfr0 = READ_ID(ID_AA64PFR0_EL1);
    uint64_t isar0 = READ_ID(ID_AA64ISAR0_EL1);
    uint64_t isar1 = READ_ID(ID_AA64ISAR1_EL1);
    unsigned long d = HWCAP_CPUID;

    d |= sfield(pfr0, 16) >= 0 ? HWCAP_FP : 0;
    d |= sfield(pfr0, 16) >= 1 ? HWCAP_FPHP : 0;
    d |= sfield(pfr0, 20) >= 0 ? HWCAP_ASIMD : 0;
    d |= sfield(pfr0, 20) >= 1 ? HWCAP_ASIMDHP : 0;
    d |= field(pfr0, 32) >= 1 ? HWCAP_SVE : 0;
    d |= field(pfr0, 48) >= 1 ? HWCAP_DIT : 0;
    d |= field(isar0, 4) >= 1 ? HWCAP_AES : 0;
    d |= field(isar0, 4) >= 2 ? HWCAP_PMULL : 0;
    d |= field(isar0, 8) >= 1 ? HWCAP_SHA1 : 0;
    d |= field(isar0, 12) >= 1 ? HWCAP_SHA2 : 0;
    d |= field(isar0, 12) >= 2 ? HWCAP_SHA512 : 0;
    d |= field(isar0, 16) >= 1 ? HWCAP_CRC32 : 0;
    d |= field(isar0, 20) >= 2 ? HWCAP_ATOMICS : 0;
    d |= field(isar0, 28) >= 1 ? HWCAP_ASIMDRDM : 0;
    d |= field(isar0, 32) >= 1 ? HWCAP_SHA3 : 0;
    d |= field(isar0, 36) >= 1 ? HWCAP_SM3 : 0;
    d |= field(isar0, 40) >= 1 ? HWCAP_SM4 : 0;
    d |= field(isar0, 44) >= 1 ? HWCAP_ASIMDDP : 0;
    d |= field(isar0, 48) >= 1 ? HWCAP_ASIMDFHM : 0;
    d |= field(isar0, 52) >= 1 ? HWCAP_FLAGM : 0;
    d |= field(isar1, 0) >= 1 ? HWCAP_DCPOP : 0;
    d |= field(isar1, 12) >= 1 ? HWCAP_JSCVT : 0;
    d |= field(isar1, 16) >= 1 ? HWCAP_FCMA : 0;
    d |= field(isar1, 20) >= 1 ? HWCAP_LRCPC : 0;
    d |= field(isar1, 20) >= 2 ? HWCAP_ILRCPC : 0;
    d |= field(isar1, 36) >= 1 ? HWCAP_SB : 0;
    printf("ID registers give %#lx\n", d);
    return 0;
}
