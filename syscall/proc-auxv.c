/* SPDX-License-Identifier: MIT */
/*
 * /proc/self/auxv: the guest's auxiliary vector as the loader placed it
 * on the initial stack (the host's would describe the emulator).
 */
#include "syscall/proc.h"
#include "syscall/sys-internal.h"

int proc_auxv(FILE *f)
{
    if (sys_proc.auxv_len == 0) {
        return 0;
    }
    const void *auxv = sys_lock(sys_proc.auxv_addr, sys_proc.auxv_len,
                                SYS_R);
    if (auxv == NULL) {
        return -GUEST_EIO;
    }
    fwrite(auxv, 1, sys_proc.auxv_len, f);
    return 0;
}
