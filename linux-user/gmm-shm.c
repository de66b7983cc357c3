/* SPDX-License-Identifier: MIT */
/*
 * SysV shared memory in the guest address space: shmat and shmdt are the
 * host's, made at guest addresses and kept in the mapping record like
 * any guest mmap.
 *  - shmat without an address: a place in the guest's mmap area, as an
 *    mmap without an address gets (gmm-area.c), reserved and then
 *    replaced with SHM_REMAP; the host picks only when the area is full.
 *  - shmat at an address: as Linux, it fails with EINVAL where anything
 *    is mapped, unless SHM_REMAP; then only guest memory may be replaced
 *    (the rest is claimed first, as for MAP_FIXED), never the emulator's.
 *  - shmdt: the host detaches every mapping of the segment that starts at
 *    addr, whatever the guest did to the range since (mprotect, a partial
 *    munmap, another mapping in a hole).  So the record is not dropped
 *    blindly: the pages of the recorded run at addr that are no longer
 *    mapped in the host are forgotten, found by halving the run until
 *    each part is all mapped (msync succeeds) or all free (a
 *    MAP_FIXED_NOREPLACE probe succeeds), a few host calls for the usual
 *    one detached block.
 * SHMLBA is one page on arm64, riscv64 and x86_64.
 */
#include <errno.h>
#include <sys/mman.h>
#include <sys/shm.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/gmm-list.h"
#include "linux-user/guest-mm.h"

#define GMM_SHMLBA GMM_PAGE

/* shmat flags (linux/shm.h), the same for the guests and the host. */
#define GMM_SHM_RDONLY 010000
#define GMM_SHM_RND 020000
#define GMM_SHM_REMAP 040000
#define GMM_SHM_EXEC 0100000

/* Lock held: is every page of [start, end) mapped in the host?  (MS_ASYNC
 * does nothing but fail with ENOMEM where a page is not.) */
static bool gmm_host_all_mapped(uint64_t start, uint64_t end)
{
    return msync(g2h(start), end - start, MS_ASYNC) == 0;
}

/* Lock held: is [start, end) entirely unmapped in the host? */
static bool gmm_host_all_free(uint64_t start, uint64_t end)
{
    void *want = g2h(start);
    void *p = mmap(want, end - start, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
                       MAP_FIXED_NOREPLACE, -1, 0);
    if (p != MAP_FAILED) {
        munmap(p, end - start);
    }
    return p == want;
}

/* Lock held: forget the pages of [start, end) the host no longer maps. */
static int gmm_shm_forget_unmapped(uint64_t start, uint64_t end)
{
    if (start >= end || gmm_host_all_mapped(start, end)) {
        return 0;
    }
    if (end - start == GMM_PAGE || gmm_host_all_free(start, end)) {
        gmm_flush_if_code(start, end);
        return gmm_list_clear(start, end);
    }
    uint64_t mid = start + GMM_PAGE_DOWN((end - start) / 2);
    int err = gmm_shm_forget_unmapped(start, mid);
    return err < 0 ? err : gmm_shm_forget_unmapped(mid, end);
}

/* Lock held: attach at addr (0: anywhere), record; the address or -errno. */
static int64_t gmm_shmat_locked(int shmid, uint64_t addr, uint64_t len,
                                int flags, int prot)
{
    uint64_t s, e;
    bool claimed = false;
    if (addr == 0) {
        int64_t r = gmm_area_map(len, PROT_NONE,
                                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                                 -1, 0);
        if (r >= 0) {
            addr = (uint64_t)r;
            flags |= GMM_SHM_REMAP;
            claimed = true;
        } else if (r != -EEXIST) {
            return r;
        }
    } else if (flags & GMM_SHM_REMAP) {
        if (gmm_claim_gaps(addr, addr + len) < 0) {
            return -EINVAL;
        }
        claimed = true;
    } else if (gmm_list_next_run(addr, addr + len, &s, &e)) {
        return -EINVAL;   /* Linux: something is mapped there */
    }
    /* The host never executes guest code: no host SHM_EXEC. */
    void *p = shmat(shmid, addr != 0 ? g2h(addr) : NULL,
                    flags & ~GMM_SHM_EXEC);
    if (p == (void *)-1) {
        int err = -errno;
        if (claimed) {
            gmm_unclaim_gaps(addr, addr + len);
        }
        return err;
    }
    uint64_t at = h2g(p);
    if (at > GMM_TOP - len) {
        /* Only with a 57-bit host: not a guest address. */
        shmdt(p);
        return -ENOMEM;
    }
    gmm_flush_if_code(at, at + len);
    int err = gmm_list_set(at, at + len, prot);
    if (err < 0) {
        shmdt(p);
        return err;
    }
    return (int64_t)at;
}

int64_t gmm_shmat(int shmid, uint64_t addr, int flags)
{
    struct shmid_ds ds;
    uint64_t len;

    /* The mapping is the whole segment (read permission implied). */
    if (shmctl(shmid, IPC_STAT, &ds) != 0) {
        return -errno;
    }
    if (addr & (GMM_SHMLBA - 1)) {
        if (!(flags & GMM_SHM_RND)) {
            return -EINVAL;
        }
        addr &= ~(uint64_t)(GMM_SHMLBA - 1);
    }
    if ((addr == 0 && (flags & GMM_SHM_REMAP)) || ds.shm_segsz == 0 ||
        !gmm_range_ok(addr, ds.shm_segsz, &len)) {
        return -EINVAL;
    }
    int prot = (flags & GMM_SHM_RDONLY) ? PROT_READ : PROT_READ | PROT_WRITE;
    if (flags & GMM_SHM_EXEC) {
        prot |= PROT_EXEC;
    }
    pthread_mutex_lock(&gmm_lock);
    int64_t r = gmm_shmat_locked(shmid, addr, len, flags, prot);
    pthread_mutex_unlock(&gmm_lock);
    return r;
}

int gmm_shmdt(uint64_t addr)
{
    uint64_t s, e;
    if (addr & (GMM_PAGE - 1)) {
        return -EINVAL;
    }
    pthread_mutex_lock(&gmm_lock);
    /* Only guest memory: a stray address must not detach the emulator's. */
    int err = gmm_list_prot_at(addr) < 0 ? -EINVAL : 0;
    if (err == 0 && shmdt(g2h(addr)) != 0) {
        err = -errno;
    }
    if (err == 0 && gmm_list_next_run(addr, GMM_TOP, &s, &e)) {
        err = gmm_shm_forget_unmapped(s, e);
    }
    pthread_mutex_unlock(&gmm_lock);
    return err;
}
