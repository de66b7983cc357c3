/* SPDX-License-Identifier: MIT */
/*
 * Page residency: mlock, mlock2, munlock, mlockall, munlockall and
 * mincore.  Guest pages are host pages of the same size at the same
 * address (guest_base 0), so the host does the work once the range is
 * known to be guest memory: Linux answers ENOMEM for a range that is not
 * all mapped, and so do we for one that is not all the guest's (which
 * also keeps mincore from reporting on the emulator's own pages).
 * mlockall and munlockall have no range: they lock the whole host
 * process, the emulator with it, which only costs memory.
 */
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "syscall/sys-internal.h"

#define PAGE 4096ull

/* Linux widens [addr, addr+len) to whole pages; are they the guest's? */
static bool range_guest(uint64_t addr, uint64_t len)
{
    uint64_t start = addr & ~(PAGE - 1);
    uint64_t end = addr + len;
    if (end < addr) {
        return false;
    }
    end = (end + PAGE - 1) & ~(PAGE - 1);
    return end == start || gmm_access_ok(start, end - start, 0);
}

int64_t sys_mlock(struct cpu *cpu, const uint64_t a[6])
{
    if (!range_guest(a[0], a[1])) {
        return -GUEST_ENOMEM;
    }
    return sys_ret(syscall(SYS_mlock, g2h(a[0]), (size_t)a[1]));
}

int64_t sys_mlock2(struct cpu *cpu, const uint64_t a[6])
{
    if (!range_guest(a[0], a[1])) {
        return -GUEST_ENOMEM;
    }
    return sys_ret(syscall(SYS_mlock2, g2h(a[0]), (size_t)a[1],
                           (unsigned)a[2]));
}

int64_t sys_munlock(struct cpu *cpu, const uint64_t a[6])
{
    if (!range_guest(a[0], a[1])) {
        return -GUEST_ENOMEM;
    }
    return sys_ret(syscall(SYS_munlock, g2h(a[0]), (size_t)a[1]));
}

int64_t sys_mlockall(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_mlockall, (int)a[0]));
}

int64_t sys_munlockall(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_munlockall));
}

int64_t sys_mincore(struct cpu *cpu, const uint64_t a[6])
{
    uint64_t addr = a[0], len = a[1];
    if (addr & (PAGE - 1)) {
        return -GUEST_EINVAL;
    }
    uint64_t pages = len / PAGE + (len % PAGE != 0);
    if (pages == 0) {
        return 0;
    }
    if (!range_guest(addr, len)) {
        return -GUEST_ENOMEM;
    }
    unsigned char *vec = sys_lock(a[2], pages, SYS_W);
    if (vec == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(mincore(g2h(addr), (size_t)len, vec));
}
