/*
 * /proc/cpuinfo describes the guest CPU: one stanza per online CPU
 * (sysconf), each starting with "processor : N" (N = 0, 1, ...) and ended
 * by an empty line, and what it says agrees with what the program is told
 * elsewhere: on riscv64 the single letters of "isa" are exactly the
 * AT_HWCAP bits (bit = letter - 'a') and "mmu" is an svNN; on aarch64
 * "Features" lists exactly the names of the AT_HWCAP bits (Linux's
 * arch/arm64/include/uapi/asm/hwcap.h) and the "CPU implementer / variant /
 * part / revision" fields are those of MIDR_EL1 as MRS reads it.
 * Expected output (proc-cpuinfo.expected): every check holds, so each line
 * ends in 1 (by hand, from the formats of arch/riscv/kernel/cpu.c and
 * arch/arm64/kernel/cpuinfo.c).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

/* The value after "key<tabs>: " in line, or NULL. */
static const char *value(const char *line, const char *key)
{
    size_t n = strlen(key);
    if (strncmp(line, key, n) != 0) {
        return NULL;
    }
    line += n;
    line += strspn(line, " \t");
    if (*line != ':') {
        return NULL;
    }
    line++;
    return line + strspn(line, " ");
}

#if defined(__aarch64__)
static const char *const hwcap_names[32] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
    "atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma",
    "lrcpc", "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve",
    "asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb", "paca",
    "pacg",
};

/* Features lists exactly the AT_HWCAP names. */
static int features_match(const char *v, unsigned long hwcap)
{
    uint64_t seen = 0;
    char copy[1024];
    snprintf(copy, sizeof(copy), "%s", v);
    for (char *t = strtok(copy, " \n"); t != NULL; t = strtok(NULL, " \n")) {
        int b = 0;
        while (b < 32 && strcmp(hwcap_names[b], t) != 0) {
            b++;
        }
        if (b == 32) {
            return 0; /* a name that is no AT_HWCAP bit (or a HWCAP2 one) */
        }
        seen |= 1ull << b;
    }
    return seen == (hwcap & 0xffffffffu);
}
#endif

int main(void)
{
    char line[1024];
    FILE *f = fopen("/proc/cpuinfo", "r");
    long want = sysconf(_SC_NPROCESSORS_ONLN);
    long stanzas = 0;
    int order_ok = 1, ended = 1, consistent = 1, fields = 0;
    unsigned long hwcap = getauxval(AT_HWCAP);
#if defined(__aarch64__)
    uint64_t midr;
    __asm__ volatile("mrs %0, midr_el1" : "=r"(midr));
#endif

    while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
        const char *v;
        if ((v = value(line, "processor")) != NULL) {
            order_ok &= ended && atol(v) == stanzas;
            stanzas++;
            ended = 0;
            continue;
        }
        if (line[0] == '\n') {
            ended = 1;
            continue;
        }
#if defined(__riscv)
        if ((v = value(line, "isa")) != NULL) {
            unsigned long letters = 0;
            consistent &= strncmp(v, "rv64", 4) == 0;
            for (const char *c = v + 4; *c >= 'a' && *c <= 'z'; c++) {
                letters |= 1ul << (*c - 'a');
            }
            consistent &= letters == (hwcap & 0x3ffffff);
            fields |= 1;
        } else if ((v = value(line, "mmu")) != NULL) {
            consistent &= strncmp(v, "sv", 2) == 0;
            fields |= 2;
        } else if (value(line, "hart") != NULL) {
            fields |= 4;
        }
#elif defined(__aarch64__)
        if ((v = value(line, "Features")) != NULL) {
            consistent &= features_match(v, hwcap);
            fields |= 1;
        } else if ((v = value(line, "CPU implementer")) != NULL) {
            consistent &= strtoul(v, NULL, 0) == ((midr >> 24) & 0xff);
            fields |= 2;
        } else if ((v = value(line, "CPU variant")) != NULL) {
            consistent &= strtoul(v, NULL, 0) == ((midr >> 20) & 0xf);
        } else if ((v = value(line, "CPU part")) != NULL) {
            consistent &= strtoul(v, NULL, 0) == ((midr >> 4) & 0xfff);
        } else if ((v = value(line, "CPU revision")) != NULL) {
            consistent &= strtoul(v, NULL, 0) == (midr & 0xf);
            fields |= 4;
        }
#endif
    }
    if (f != NULL) {
        fclose(f);
    }
    printf("a stanza per online CPU %d\n", stanzas > 0 && stanzas == want);
    printf("processor numbers 0, 1, ... with an empty line after each %d\n",
           order_ok && ended);
    printf("ISA fields present %d\n", fields == 7);
    printf("consistent with AT_HWCAP and the CPU ID %d\n", consistent);
    return 0;
}
