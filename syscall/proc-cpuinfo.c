/* SPDX-License-Identifier: MIT */
/*
 * /proc/cpuinfo for the guest ISA, one stanza per online host CPU; the
 * format is an ABI fact of each target (guest_abi.write_cpuinfo).
 */
#include <unistd.h>

#include "syscall/proc.h"
#include "syscall/sys-internal.h"

int proc_cpuinfo(FILE *f)
{
    const struct guest_abi *abi = sys_proc.abi;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    if (abi->write_cpuinfo == NULL) {
        return -GUEST_ENOENT;
    }
    abi->write_cpuinfo(f, ncpu > 0 ? ncpu : 1);
    return 0;
}
