/* SPDX-License-Identifier: MIT */
/*
 * Guest memory management calls, all through linux-user/guest-mm so guest
 * mappings stay inside the guest's part of the address space.  guest-mm
 * also drops the translations when executable memory is unmapped or
 * replaced, so nothing here flushes.
 */
#include <sys/mman.h>

#include "linux-user/guest-mm.h"
#include "syscall/sys-internal.h"

/* x86_64's MAP_32BIT has no asm-generic meaning: never pass it on. */
#define HOST_MAP_32BIT 0x40

int64_t sys_brk(struct cpu *cpu, const uint64_t a[6])
{
    return (int64_t)gmm_brk(a[0]);
}

int64_t sys_mmap(struct cpu *cpu, const uint64_t a[6])
{
    int flags = (int)a[3] & ~HOST_MAP_32BIT;
    return sys_ret_neg(gmm_mmap(a[0], a[1], (int)a[2], flags, (int)a[4],
                                (off_t)a[5]));
}

int64_t sys_munmap(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret_neg(gmm_munmap(a[0], a[1]));
}

int64_t sys_mprotect(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret_neg(gmm_mprotect(a[0], a[1], (int)a[2]));
}

int64_t sys_mremap(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret_neg(gmm_mremap(a[0], a[1], a[2], (int)a[3], a[4]));
}

int64_t sys_madvise(struct cpu *cpu, const uint64_t a[6])
{
    /*
     * Guest pages are host pages of the same size, so advice (including
     * MADV_DONTNEED zeroing private memory) applies to the host range.
     */
    if (a[1] != 0 && !gmm_access_ok(a[0], a[1], 0)) {
        return -GUEST_ENOMEM;
    }
    return sys_ret(madvise(g2h(a[0]), a[1], (int)a[2]));
}

int64_t sys_msync(struct cpu *cpu, const uint64_t a[6])
{
    if (a[1] != 0 && !gmm_access_ok(a[0], a[1], 0)) {
        return -GUEST_ENOMEM;
    }
    return sys_ret(msync(g2h(a[0]), a[1], (int)a[2]));
}
