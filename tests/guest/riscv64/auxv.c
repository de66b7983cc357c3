/*
 * The auxiliary vector the loader gives a static riscv64 program.
 * Expected values by hand (auxv.expected):
 *  - AT_PAGESZ = 4096 (riscv64 Linux base page);
 *  - AT_HWCAP bits for the single-letter extensions I M A F D C: Linux
 *    riscv sets bit (letter - 'A'): I = bit 8, M = 12, A = 0, F = 5,
 *    D = 3, C = 2, all set for an RV64GC process;
 *  - AT_PHENT = sizeof(Elf64_Phdr) = 56, AT_PHDR/AT_PHNUM describe our own
 *    headers (one of them PT_LOAD), AT_ENTRY = &_start, AT_BASE = 0 (no
 *    interpreter), AT_SECURE = 0, AT_UID/EUID/GID/EGID = the ids,
 *    AT_CLKTCK = 100, AT_RANDOM points to 16 readable bytes, AT_EXECFN
 *    names this program.
 */
#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char _start[];

int main(void)
{
    unsigned long hw = getauxval(AT_HWCAP);
    printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
    printf("hwcap I %lu\n", (hw >> ('I' - 'A')) & 1);
    printf("hwcap M %lu\n", (hw >> ('M' - 'A')) & 1);
    printf("hwcap A %lu\n", (hw >> ('A' - 'A')) & 1);
    printf("hwcap F %lu\n", (hw >> ('F' - 'A')) & 1);
    printf("hwcap D %lu\n", (hw >> ('D' - 'A')) & 1);
    printf("hwcap C %lu\n", (hw >> ('C' - 'A')) & 1);
    printf("AT_PHENT %lu\n", getauxval(AT_PHENT));
    const Elf64_Phdr *ph = (const Elf64_Phdr *)getauxval(AT_PHDR);
    unsigned long phnum = getauxval(AT_PHNUM), loads = 0;
    for (unsigned long i = 0; ph && i < phnum; i++)
        loads += ph[i].p_type == PT_LOAD;
    printf("PT_LOAD in AT_PHDR %d\n", loads > 0);
    printf("AT_ENTRY is _start %d\n", getauxval(AT_ENTRY) == (unsigned long)_start);
    printf("AT_BASE %lu\n", getauxval(AT_BASE));
    printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
    printf("ids match %d\n", getauxval(AT_UID) == getuid() &&
                             getauxval(AT_EUID) == geteuid() &&
                             getauxval(AT_GID) == getgid() &&
                             getauxval(AT_EGID) == getegid());
    printf("AT_CLKTCK %lu\n", getauxval(AT_CLKTCK));
    const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
    unsigned x = 0;
    for (int i = 0; rnd && i < 16; i++)
        x |= rnd[i];
    printf("AT_RANDOM readable %d\n", rnd != NULL);
    (void)x;
    const char *fn = (const char *)getauxval(AT_EXECFN);
    const char *b = fn ? strrchr(fn, '/') : NULL;
    printf("AT_EXECFN basename %s\n", b ? b + 1 : fn ? fn : "(none)");
    return 0;
}
