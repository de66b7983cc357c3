/* SPDX-License-Identifier: MIT */
/*
 * Hints about a file's page cache: readahead and sync_file_range.  On
 * the asm-generic guests number 84 is sync_file_range(fd, offset,
 * nbytes, flags), in x86_64's order: only ABIs that define
 * __ARCH_WANT_SYNC_FILE_RANGE2 (32-bit arm, powerpc) put flags second,
 * and neither arm64 nor riscv64 does.
 */
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

int64_t sys_readahead(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_readahead, (int)a[0], (int64_t)a[1],
                           (size_t)a[2]));
}

int64_t sys_sync_file_range(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_sync_file_range, (int)a[0], (int64_t)a[1],
                           (int64_t)a[2], (unsigned)a[3]));
}
