/* SPDX-License-Identifier: MIT */
/*
 * /proc/self/cmdline and environ: the guest's argv and environment
 * strings, read live from where the loader put them on the guest stack
 * (NUL-separated, as Linux shows the memory between arg_start and arg_end),
 * so a program that rewrites its argv in place is seen doing so.
 */
#include "syscall/proc.h"
#include "syscall/sys-internal.h"

static int proc_strings(FILE *f, uint64_t start, uint64_t end)
{
    if (end <= start) {
        return 0;
    }
    const void *p = sys_lock(start, end - start, SYS_R);
    if (p == NULL) {
        return 0; /* unmapped by the guest: empty, as Linux shows */
    }
    fwrite(p, 1, end - start, f);
    return 0;
}

int proc_cmdline(FILE *f)
{
    return proc_strings(f, sys_proc.arg_start, sys_proc.arg_end);
}

int proc_environ(FILE *f)
{
    return proc_strings(f, sys_proc.env_start, sys_proc.env_end);
}
