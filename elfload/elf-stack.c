/* SPDX-License-Identifier: MIT */
/*
 * The initial process stack, laid out as Linux does (fs/exec.c copies the
 * strings, fs/binfmt_elf.c create_elf_tables() the rest), from the top:
 *   8-byte NULL end marker, execfn, env strings, arg strings (argv[0]
 *   lowest), align 16, platform string, 16 random bytes, then at the
 *   16-byte aligned sp: argc, argv[], NULL, envp[], NULL, auxv pairs.
 * It works on any host buffer that the guest will see at guest_top, so the
 * unit tests check the layout without mapping guest memory.
 */
#include "elfload/elf.h"

#include <elf.h>
#include <errno.h>
#include <string.h>

/* Guest addresses of everything, computed before anything is written. */
struct elf_stack_plan {
    uint64_t execfn, env_strs, arg_strs, platform, random, sp;
    size_t argc, envc;
};

static uint64_t elf_strs_size(char *const *v, size_t *count)
{
    uint64_t size = 0;
    size_t n = 0;
    for (; v != NULL && v[n] != NULL; n++) {
        size += strlen(v[n]) + 1;
    }
    *count = n;
    return size;
}

static int elf_stack_plan(uint64_t guest_top, size_t room,
                          const struct elf_stack_args *a,
                          struct elf_stack_plan *pl)
{
    uint64_t env_size = elf_strs_size(a->envp, &pl->envc);
    uint64_t arg_size = elf_strs_size(a->argv, &pl->argc);
    uint64_t p = guest_top - 8;
    pl->execfn = p -= strlen(a->execfn) + 1;
    pl->env_strs = p -= env_size;
    pl->arg_strs = p -= arg_size;
    p &= ~(uint64_t)15;
    pl->platform = 0;
    if (a->platform != NULL) {
        pl->platform = p -= strlen(a->platform) + 1;
    }
    pl->random = p -= 16;
    uint64_t words = 1 + (pl->argc + 1) + (pl->envc + 1) + 2 * a->n_aux;
    pl->sp = (p - words * 8) & ~(uint64_t)15;
    if (guest_top - pl->sp > room || pl->sp > guest_top) {
        return -E2BIG;
    }
    return 0;
}

/* Copy the strings of v contiguously from *at; pointers to them at ptrs. */
static void elf_put_strings(char *host, uint64_t guest, char *const *v,
                            size_t n, uint64_t at, uint64_t *ptrs)
{
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(v[k]) + 1;
        memcpy(host + (at - guest), v[k], len);
        ptrs[k] = at;
        at += len;
    }
    ptrs[n] = 0;
}

/* The value elf_stack_build supplies for an aux type, else the given one. */
static uint64_t elf_aux_value(const struct elf_aux *aux,
                              const struct elf_stack_plan *pl)
{
    switch (aux->type) {
    case AT_RANDOM:
        return pl->random;
    case AT_EXECFN:
        return pl->execfn;
    case AT_PLATFORM:
        return pl->platform;
    default:
        return aux->val;
    }
}

int elf_stack_build(void *host_top, uint64_t guest_top, size_t room,
                    const struct elf_stack_args *a,
                    struct elf_stack_layout *out)
{
    struct elf_stack_plan pl;
    int err = elf_stack_plan(guest_top, room, a, &pl);
    if (err < 0) {
        return err;
    }
    /* host + (g - guest) is the host address of guest address g. */
    char *host = (char *)host_top - (guest_top - pl.sp);
    uint64_t guest = pl.sp;
    memset(host, 0, guest_top - pl.sp);
    memcpy(host + (pl.execfn - guest), a->execfn, strlen(a->execfn) + 1);
    if (a->platform != NULL) {
        memcpy(host + (pl.platform - guest), a->platform,
               strlen(a->platform) + 1);
    }
    memcpy(host + (pl.random - guest), a->random, 16);

    uint64_t *w = (uint64_t *)host;
    *w++ = pl.argc;
    elf_put_strings(host, guest, a->argv, pl.argc, pl.arg_strs, w);
    w += pl.argc + 1;
    elf_put_strings(host, guest, a->envp, pl.envc, pl.env_strs, w);
    w += pl.envc + 1;
    out->auxv_addr = guest + (uint64_t)((char *)w - host);
    for (size_t k = 0; k < a->n_aux; k++) {
        *w++ = a->aux[k].type;
        *w++ = elf_aux_value(&a->aux[k], &pl);
    }
    out->auxv_len = 16 * a->n_aux;
    out->sp = pl.sp;
    out->random_addr = pl.random;
    out->execfn_addr = pl.execfn;
    out->platform_addr = pl.platform;
    return 0;
}
