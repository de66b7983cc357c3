/* SPDX-License-Identifier: MIT */
/*
 * The guest address space: guest mmap/munmap/mprotect/mremap and the
 * access check the syscall layer uses instead of faulting.
 *
 * Choice of guest_base: 0.  Every supported guest is 64-bit with a user
 * address space no larger than the host's (riscv64 Sv48 and x86-64 both
 * stop at 2^47), so a guest address is the host address and a host-chosen
 * mmap address is always a valid guest address.  The price is that the
 * emulator's own memory lies in the same space, so:
 *  - a MAP_FIXED request (or mremap to a fixed place) may only replace
 *    memory the guest mapped itself; any part that is not guest memory is
 *    claimed first with MAP_FIXED_NOREPLACE, and if the emulator (or
 *    anything else) is there the request fails with -ENOMEM instead of
 *    silently unmapping the emulator;
 *  - munmap only unmaps guest memory; the rest of the range is left alone
 *    (Linux returns 0 for unmapped parts too);
 *  - mappings whose place the kernel would choose go to the guest's own
 *    area (gmm-area.c), not among the emulator's, so the pages around
 *    them and the holes the guest unmaps stay unmapped and fault;
 *  - a stray guest pointer into emulator memory is not caught (as in
 *    qemu-user with guest_base 0).
 * gmm-list.c records which pages are guest memory.
 */
#include "linux-user/guest-mm.h"

#include <errno.h>
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/gmm-list.h"
#include "translator/tb.h"
#include "translator/translate.h"

uintptr_t guest_base;

pthread_mutex_t gmm_lock = PTHREAD_MUTEX_INITIALIZER;

/* The translator fetches only from guest pages mapped PROT_EXEC. */
static bool gmm_exec_ok(uint64_t addr, uint64_t len)
{
    return gmm_access_ok(addr, len, PROT_EXEC);
}

int gmm_init(void)
{
    if (sysconf(_SC_PAGESIZE) != GMM_PAGE) {
        return -EINVAL;
    }
    guest_base = 0;
    tr_exec_check = gmm_exec_ok;
    return 0;
}

/*
 * Host protection for guest prot: guest code is only ever read by the
 * translator, never executed by the host, so PROT_EXEC becomes PROT_READ.
 */
int gmm_host_prot(int prot)
{
    int host = prot & (PROT_READ | PROT_WRITE | PROT_GROWSDOWN |
                       PROT_GROWSUP);
    if (prot & PROT_EXEC) {
        host |= PROT_READ;
    }
    return host;
}

/* Round len up to pages; false if that overflows or leaves the space. */
bool gmm_range_ok(uint64_t addr, uint64_t len, uint64_t *rounded)
{
    uint64_t r = (len + GMM_PAGE - 1) & ~(uint64_t)(GMM_PAGE - 1);
    if (r < len || addr > GMM_TOP || r > GMM_TOP - addr) {
        return false;
    }
    *rounded = r;
    return true;
}

/* Unmap the parts of [start, end) that are not guest memory (undo). */
static void gmm_release_gaps(uint64_t start, uint64_t end, uint64_t stop)
{
    uint64_t gs, ge;
    while (start < stop && gmm_list_next_gap(start, end, &gs, &ge) &&
           gs < stop) {
        ge = ge < stop ? ge : stop;
        munmap(g2h(gs), ge - gs);
        start = ge;
    }
}

/*
 * Claim every part of [start, end) that is not guest memory with an
 * inaccessible NOREPLACE mapping, so a following MAP_FIXED can only
 * replace guest memory or our claims.  0, or -ENOMEM (claims undone) if
 * something else is mapped there.
 */
int gmm_claim_gaps(uint64_t start, uint64_t end)
{
    uint64_t at = start, gs, ge;
    while (gmm_list_next_gap(at, end, &gs, &ge)) {
        void *want = g2h(gs);
        void *p = mmap(want, ge - gs, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
                           MAP_FIXED_NOREPLACE, -1, 0);
        if (p != want) {
            /* Kernels before 4.17 treat NOREPLACE as a hint. */
            if (p != MAP_FAILED) {
                munmap(p, ge - gs);
            }
            gmm_release_gaps(start, end, gs);
            return -ENOMEM;
        }
        at = ge;
    }
    return 0;
}

/* After a failed MAP_FIXED: give back what gmm_claim_gaps took. */
void gmm_unclaim_gaps(uint64_t start, uint64_t end)
{
    gmm_release_gaps(start, end, end);
}

/*
 * Translations of code in a range that goes away (or is replaced) are
 * stale; the guest's instruction cache is flushed by the kernel there.
 */
void gmm_flush_if_code(uint64_t start, uint64_t end)
{
    if (gmm_list_any(start, end, PROT_EXEC)) {
        tb_flush_all();
    }
}

/* MAP_FIXED: replace only guest memory. */
static int64_t gmm_mmap_fixed(uint64_t addr, uint64_t len, int prot,
                              int flags, int fd, off_t off)
{
    if (addr & (GMM_PAGE - 1)) {
        return -EINVAL;
    }
    pthread_mutex_lock(&gmm_lock);
    int err = gmm_claim_gaps(addr, addr + len);
    if (err == 0) {
        void *p = mmap(g2h(addr), len, gmm_host_prot(prot), flags, fd, off);
        if (p == MAP_FAILED) {
            err = -errno;
            gmm_unclaim_gaps(addr, addr + len);
        } else {
            gmm_flush_if_code(addr, addr + len);
            err = gmm_list_set(addr, addr + len, prot);
        }
    }
    pthread_mutex_unlock(&gmm_lock);
    return err < 0 ? err : (int64_t)addr;
}

/*
 * No MAP_FIXED: a free hint is honoured (rounded up to a page, as Linux
 * does), else the place comes from the guest's mmap area (gmm-area.c),
 * and only when that is full does the host pick.  MAP_FIXED_NOREPLACE
 * wants exactly addr.
 */
static int64_t gmm_mmap_free(uint64_t addr, uint64_t len, int prot,
                             int flags, int fd, off_t off)
{
    bool noreplace = flags & MAP_FIXED_NOREPLACE;
    if (noreplace && (addr & (GMM_PAGE - 1))) {
        return -EINVAL;
    }
    addr = GMM_PAGE_UP(addr);
    if (addr > GMM_TOP - len) {
        if (noreplace) {
            return -ENOMEM;
        }
        addr = 0; /* an unusable hint is no hint */
    }
    int hprot = gmm_host_prot(prot);
    flags &= ~MAP_FIXED_NOREPLACE;
    pthread_mutex_lock(&gmm_lock);
    int64_t ret = -EEXIST;
    if (addr != 0 || noreplace) {
        ret = gmm_map_here(addr, len, hprot, flags, fd, off);
    }
    if (ret < 0 && !noreplace) {
        /* No hint, a taken one, or one under mmap_min_addr. */
        ret = gmm_area_map(len, hprot, flags, fd, off);
    }
    if (ret == -EEXIST && !noreplace) {
        void *p = mmap(NULL, len, hprot, flags, fd, off);
        ret = p == MAP_FAILED ? -errno : (int64_t)h2g(p);
        if (ret >= 0 && (uint64_t)ret > GMM_TOP - len) {
            /* Only with a 57-bit host: not a guest address. */
            munmap(p, len);
            ret = -ENOMEM;
        }
    }
    if (ret >= 0 && gmm_list_set((uint64_t)ret, (uint64_t)ret + len,
                                 prot) < 0) {
        munmap(g2h((uint64_t)ret), len);
        ret = -ENOMEM;
    }
    pthread_mutex_unlock(&gmm_lock);
    return ret;
}

int64_t gmm_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd,
                 off_t off)
{
    uint64_t rlen;
    if (len == 0 || (off & (GMM_PAGE - 1))) {
        return -EINVAL;
    }
    if (!gmm_range_ok(0, len, &rlen)) {
        return -ENOMEM;
    }
    if ((flags & MAP_FIXED) && !(flags & MAP_FIXED_NOREPLACE)) {
        if (!gmm_range_ok(addr, rlen, &rlen)) {
            return -ENOMEM;
        }
        return gmm_mmap_fixed(addr, rlen, prot, flags, fd, off);
    }
    return gmm_mmap_free(addr, rlen, prot, flags & ~MAP_FIXED, fd, off);
}

int gmm_unmap_guest(uint64_t start, uint64_t end)
{
    uint64_t s, e;
    gmm_flush_if_code(start, end);
    for (uint64_t at = start; gmm_list_next_run(at, end, &s, &e); at = e) {
        munmap(g2h(s), e - s);
    }
    return gmm_list_clear(start, end);
}

int gmm_munmap(uint64_t addr, uint64_t len)
{
    uint64_t rlen;
    if ((addr & (GMM_PAGE - 1)) || len == 0) {
        return -EINVAL;
    }
    if (!gmm_range_ok(addr, len, &rlen)) {
        return -EINVAL;
    }
    pthread_mutex_lock(&gmm_lock);
    int err = gmm_unmap_guest(addr, addr + rlen);
    pthread_mutex_unlock(&gmm_lock);
    return err;
}

int gmm_mprotect(uint64_t addr, uint64_t len, int prot)
{
    uint64_t rlen;
    if (addr & (GMM_PAGE - 1)) {
        return -EINVAL;
    }
    if (len == 0) {
        return 0;
    }
    if (!gmm_range_ok(addr, len, &rlen)) {
        return -ENOMEM;
    }
    pthread_mutex_lock(&gmm_lock);
    int err = -ENOMEM;
    if (gmm_list_covered(addr, addr + rlen, 0)) {
        err = mprotect(g2h(addr), rlen, gmm_host_prot(prot)) ? -errno : 0;
    }
    if (err == 0) {
        int keep = prot & (PROT_READ | PROT_WRITE | PROT_EXEC);
        err = gmm_list_set(addr, addr + rlen, keep);
    }
    pthread_mutex_unlock(&gmm_lock);
    return err;
}

bool gmm_access_ok(uint64_t addr, uint64_t len, int prot)
{
    if (len == 0) {
        return true;
    }
    if (addr > GMM_TOP || len > GMM_TOP - addr) {
        return false;
    }
    pthread_mutex_lock(&gmm_lock);
    bool ok = gmm_list_covered(addr, addr + len, prot);
    pthread_mutex_unlock(&gmm_lock);
    return ok;
}
