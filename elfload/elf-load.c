/* SPDX-License-Identifier: MIT */
/*
 * Starting a process image, as Linux's load_elf_binary() does: map the
 * program (an ET_DYN at ELF_ET_DYN_BASE), its interpreter if it has one
 * (found under the sysroot first, mapped wherever there is room), set the
 * break after the program, map the stack high with a guard gap below it,
 * and fill it with the strings, AT_RANDOM bytes, pointers and auxv.
 */
#include "elfload/elf.h"

#include <elf.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"

/* Where a riscv64 kernel with Sv39 puts the stack; only a hint. */
#define ELF_STACK_TOP_HINT 0x4000000000ull
#define ELF_STACK_DEFAULT (8ull << 20)
#define ELF_STACK_MIN (128ull << 10)
#define ELF_STACK_MAX (1ull << 30)
/* Linux's stack_guard_gap: 256 pages of nothing below the stack. */
#define ELF_STACK_GUARD (1ull << 20)

/* Stack size: RLIMIT_STACK, kept sane, 8 MiB if unlimited. */
static uint64_t elf_stack_size(void)
{
    struct rlimit rl;
    uint64_t size = ELF_STACK_DEFAULT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size = rl.rlim_cur;
    }
    size = size < ELF_STACK_MIN ? ELF_STACK_MIN : size;
    size = size > ELF_STACK_MAX ? ELF_STACK_MAX : size;
    return (size + 4095) & ~4095ull;
}

/* Map the stack and its guard; *top is the guest address just above it. */
static int elf_map_stack(bool exec, uint64_t *top, uint64_t *size)
{
    *size = elf_stack_size();
    uint64_t len = *size + ELF_STACK_GUARD;
    int prot = PROT_READ | PROT_WRITE | (exec ? PROT_EXEC : 0);
    int64_t base = gmm_mmap(ELF_STACK_TOP_HINT - len, len, prot,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
                                MAP_STACK, -1, 0);
    if (base < 0) {
        return (int)base;
    }
    int err = gmm_mprotect((uint64_t)base, ELF_STACK_GUARD, PROT_NONE);
    *top = (uint64_t)base + len;
    return err;
}

static int elf_random16(uint8_t *buf)
{
    size_t got = 0;
    while (got < 16) {
        ssize_t n = getrandom(buf + got, 16 - got, 0);
        if (n < 0 && errno != EINTR) {
            return -errno;
        }
        got += n > 0 ? (size_t)n : 0;
    }
    return 0;
}

/* Find, parse and map PT_INTERP.  0 or an exit status with err filled. */
static int elf_load_interp(const struct elf_load_args *a,
                           struct elf_mapped *m, char *err, size_t errlen)
{
    char path[PATH_MAX];
    const char *interp = a->img->interp;
    if (a->sysroot != NULL &&
        snprintf(path, sizeof(path), "%s%s", a->sysroot, interp) <
            (int)sizeof(path) &&
        access(path, F_OK) == 0) {
        interp = path;
    }
    struct elf_image ii;
    enum elf_err e = elf_parse_file(interp, a->img->machine, &ii);
    if (e != ELF_OK) {
        bool missing = e == ELF_ERR_OPEN && ii.sys_errno == ENOENT;
        snprintf(err, errlen, "interpreter %s: %s%s", interp, ii.error,
                 missing && a->sysroot == NULL
                     ? " (give the guest's root with -L)" : "");
        return elf_exit_status(e, ii.sys_errno);
    }
    char why[128];
    int r = elf_map(&ii, 0, m, why, sizeof(why));
    elf_image_free(&ii);
    if (r < 0) {
        snprintf(err, errlen, "interpreter %s: %s", interp, why);
        return 126;
    }
    return 0;
}

/* Map the stack and build its contents.  0 or -errno. */
static int elf_setup_stack(const struct elf_load_args *a,
                           const struct elf_mapped *prog, uint64_t base,
                           struct elf_process *p)
{
    uint64_t top = 0, size = 0;
    uint8_t random[16];
    int err = elf_map_stack(a->img->exec_stack, &top, &size);
    if (err < 0 || (err = elf_random16(random)) < 0) {
        return err;
    }
    struct elf_aux aux[ELF_AUX_MAX];
    struct elf_aux_params ap = {
        .hwcap = a->hwcap, .hwcap2 = a->hwcap2,
        .phdr = prog->phdr, .phent = a->img->phentsize,
        .phnum = a->img->phnum, .base = base, .entry = prog->entry,
        .platform = a->platform != NULL,
    };
    struct elf_stack_args sa = {
        .argv = a->argv, .envp = a->envp, .execfn = a->path,
        .platform = a->platform, .random = random,
        .aux = aux, .n_aux = elf_auxv_build(aux, &ap),
    };
    struct elf_stack_layout lay;
    /* Linux allows the strings a quarter of the stack limit. */
    err = elf_stack_build(g2h(top), top, size / 4, &sa, &lay);
    if (err == 0) {
        p->sp = lay.sp;
        p->auxv_addr = lay.auxv_addr;
        p->auxv_len = lay.auxv_len;
    }
    return err;
}

int elf_load_process(const struct elf_load_args *a, struct elf_process *p,
                     char *err, size_t errlen)
{
    struct elf_mapped prog, interp = {0};
    uint64_t hint = a->img->type == ET_DYN ? ELF_ET_DYN_BASE : 0;
    memset(p, 0, sizeof(*p));
    if (elf_map(a->img, hint, &prog, err, errlen) < 0) {
        return 126;
    }
    gmm_set_brk(prog.end);
    p->brk = prog.end;
    p->entry = prog.entry;
    if (a->img->interp != NULL) {
        int status = elf_load_interp(a, &interp, err, errlen);
        if (status != 0) {
            return status;
        }
        p->entry = interp.entry;
        p->interp_base = interp.bias;
    }
    int e = elf_setup_stack(a, &prog, p->interp_base, p);
    if (e < 0) {
        snprintf(err, errlen, "cannot set up the stack: %s", strerror(-e));
        return 126;
    }
    return 0;
}
