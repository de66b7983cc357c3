/* SPDX-License-Identifier: MIT */
/*
 * The auxiliary vector, in the order of Linux's create_elf_tables()
 * (fs/binfmt_elf.c) so a guest that walks it sees what a riscv64 kernel
 * gives.  Values that are addresses on the new stack are left 0 here and
 * filled by elf_stack_build().
 */
#include "elfload/elf.h"

#include <elf.h>
#include <sys/auxv.h>
#include <unistd.h>

/* Linux's USER_HZ when sysconf cannot say. */
#define ELF_DEFAULT_CLKTCK 100

static void elf_aux_put(struct elf_aux *aux, size_t *n, uint64_t type,
                        uint64_t val)
{
    if (*n < ELF_AUX_MAX) {
        aux[(*n)++] = (struct elf_aux){type, val};
    }
}

size_t elf_auxv_build(struct elf_aux *aux, const struct elf_aux_params *p)
{
    size_t n = 0;
    long clk = sysconf(_SC_CLK_TCK);
    elf_aux_put(aux, &n, AT_HWCAP, p->hwcap);
    elf_aux_put(aux, &n, AT_PAGESZ, 4096);
    elf_aux_put(aux, &n, AT_CLKTCK, clk > 0 ? (uint64_t)clk
                                             : ELF_DEFAULT_CLKTCK);
    elf_aux_put(aux, &n, AT_PHDR, p->phdr);
    elf_aux_put(aux, &n, AT_PHENT, p->phent);
    elf_aux_put(aux, &n, AT_PHNUM, p->phnum);
    elf_aux_put(aux, &n, AT_BASE, p->base);
    elf_aux_put(aux, &n, AT_FLAGS, 0);
    elf_aux_put(aux, &n, AT_ENTRY, p->entry);
    elf_aux_put(aux, &n, AT_UID, getuid());
    elf_aux_put(aux, &n, AT_EUID, geteuid());
    elf_aux_put(aux, &n, AT_GID, getgid());
    elf_aux_put(aux, &n, AT_EGID, getegid());
    /* Secure when we are: binfmt_misc's C flag ran a setuid/setgid guest
     * program with its owner's credentials (or file capabilities). */
    elf_aux_put(aux, &n, AT_SECURE, getauxval(AT_SECURE));
    elf_aux_put(aux, &n, AT_RANDOM, 0);
    if (p->hwcap2 != 0) {
        elf_aux_put(aux, &n, AT_HWCAP2, p->hwcap2);
    }
    elf_aux_put(aux, &n, AT_EXECFN, 0);
    if (p->platform) {
        elf_aux_put(aux, &n, AT_PLATFORM, 0);
    }
    elf_aux_put(aux, &n, AT_NULL, 0);
    return n;
}
