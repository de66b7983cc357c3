/* SPDX-License-Identifier: MIT */
/*
 * xrun, the user-mode emulator: xrun [options] PROGRAM [ARGS], or
 * xrun-<arch> to insist on one guest.  Parses the options, loads the ELF
 * into the guest address space, fills in what the syscall layer needs to
 * know, and runs the cpu loop on this thread.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "elfload/elf.h"
#include "linux-user/guest-mm.h"
#include "linux-user/lu.h"
#include "syscall/syscall.h"
#include "target/abi.h"
#include "translator/backend.h"
#include "translator/log.h"

/* The guest's argv: ours from the program on, argv[0] replaced by -0. */
static char **lu_guest_argv(const struct lu_options *o, int argc,
                            char **argv, int prog)
{
    char **v = calloc((size_t)(argc - prog) + 1, sizeof(*v));
    if (v == NULL) {
        fatal("out of memory");
    }
    for (int k = prog; k < argc; k++) {
        v[k - prog] = argv[k];
    }
    if (o->argv0 != NULL) {
        v[0] = (char *)o->argv0;
    }
    return v;
}

/* Parse the program; the guest ABI is forced or comes from e_machine. */
static const struct guest_abi *lu_open_program(const struct lu_options *o,
                                               const char *path,
                                               struct elf_image *img)
{
    uint16_t want = o->abi ? o->abi->arch->elf_machine : 0;
    /* binfmt_misc's O flag: the kernel opened it (it may be unreadable). */
    enum elf_err err = o->execfd >= 0 ? elf_parse_fd(o->execfd, want, img)
                                      : elf_parse_file(path, want, img);
    if (err != ELF_OK) {
        fatal_status(elf_exit_status(err, img->sys_errno), "%s: %s", path,
                     img->error);
    }
    const struct guest_abi *abi = o->abi;
    if (abi == NULL) {
        abi = guest_abi_for_machine(img->machine);
    }
    if (abi == NULL) {
        fatal_status(126, "%s: wrong machine: %s is not an emulated guest",
                     path, elf_machine_name(img->machine));
    }
    return abi;
}

int main(int argc, char **argv)
{
    struct lu_options o;
    memset(&o, 0, sizeof(o));
    int prog = lu_options_parse(&o, argc, argv);
    if (prog >= argc) {
        fatal("no program given (try -h)");
    }
    /* The program is looked up like any guest path: under -L first;
     * binfmt_misc gives the host path it executed. */
    sys_proc.sysroot = o.sysroot;
    const char *path = o.binfmt ? argv[prog] : sys_host_path(argv[prog]);
    if (path == NULL) {
        fatal("out of memory");
    }
    lu_host_signals_init();
    if (gmm_init() < 0) {
        fatal("the host page size is not 4 KiB");
    }
    struct elf_image img;
    const struct guest_abi *abi = lu_open_program(&o, path, &img);
    lu_check_cpu_model(&o, abi);

    struct elf_load_args la = {
        .path = argv[prog], .img = &img, .sysroot = o.sysroot,
        /* binfmt_misc's P flag: the original argv[0] follows the path. */
        .argv = lu_guest_argv(&o, argc, argv,
                              prog + (o.preserve_argv0 && prog + 1 < argc)),
        .envp = o.env,
        .hwcap = abi->hwcap, .hwcap2 = abi->hwcap2,
        .platform = abi->platform,
    };
    struct elf_process proc;
    char err[256];
    int status = elf_load_process(&la, &proc, err, sizeof(err));
    if (status != 0) {
        fatal_status(status, "%s: %s", path, err);
    }
    elf_image_free(&img);
    lu_process_setup(&o, abi, path, &proc);

    cpu_backend = lu_backend(&o);
    struct cpu *cpu = lu_cpu_new(abi);
    abi->start(cpu, proc.entry, proc.sp);
    lu_cpu_loop(cpu, abi);
    /* Halted without exit_group: as if the guest returned 0. */
    return 0;
}
