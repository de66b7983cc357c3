/* SPDX-License-Identifier: MIT */
/*
 * Guest mremap.  The host kernel only grows a mapping into free space, so
 * only MREMAP_FIXED needs the claim step that keeps the emulator's memory
 * out of reach; a move to a place of the kernel's choosing goes to the
 * guest's mmap area instead (gmm-area.c).
 */
#include <errno.h>
#include <sys/mman.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/gmm-list.h"
#include "linux-user/guest-mm.h"

#ifndef MREMAP_DONTUNMAP
#define MREMAP_DONTUNMAP 4
#endif

/* Lock held: claim the target of MREMAP_FIXED; 0 or -errno. */
static int gmm_remap_claim(uint64_t old_addr, uint64_t old_len,
                           uint64_t new_addr, uint64_t new_len)
{
    uint64_t rlen;
    if ((new_addr & (GMM_PAGE - 1)) ||
        !gmm_range_ok(new_addr, new_len, &rlen)) {
        return -EINVAL;
    }
    if (new_addr < old_addr + old_len && old_addr < new_addr + new_len) {
        return -EINVAL;
    }
    return gmm_claim_gaps(new_addr, new_addr + new_len);
}

/*
 * Lock held: MREMAP_MAYMOVE without a target.  As Linux, resize in place
 * when the pages after are free; else move into a placeholder taken in the
 * guest's mmap area, where the host would not have put it.  The host's
 * result or MAP_FAILED with errno.
 */
static void *gmm_remap_move(uint64_t old_addr, uint64_t old_len,
                            uint64_t new_len, int flags)
{
    if (flags & ~(MREMAP_MAYMOVE | MREMAP_DONTUNMAP)) {
        /* Unknown flags: the host's error. */
        return mremap(g2h(old_addr), old_len, new_len, flags);
    }
    if (!(flags & MREMAP_DONTUNMAP)) {
        void *p = mremap(g2h(old_addr), old_len, new_len, 0);
        if (p != MAP_FAILED || errno != ENOMEM) {
            return p;
        }
    }
    int64_t to = gmm_area_map(new_len, PROT_NONE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                              -1, 0);
    if (to == -EEXIST) {
        return mremap(g2h(old_addr), old_len, new_len, flags);
    }
    if (to < 0) {
        errno = (int)-to;
        return MAP_FAILED;
    }
    void *p = mremap(g2h(old_addr), old_len, new_len, flags | MREMAP_FIXED,
                     g2h((uint64_t)to));
    if (p == MAP_FAILED) {
        int e = errno;
        munmap(g2h((uint64_t)to), new_len);
        errno = e;
    }
    return p;
}

/* Lock held: move the record from the old range to the result. */
static int gmm_remap_record(uint64_t old_addr, uint64_t old_len,
                            uint64_t res, uint64_t new_len, int flags,
                            int prot)
{
    if (res == old_addr) {
        if (new_len < old_len) {
            gmm_flush_if_code(old_addr + new_len, old_addr + old_len);
            return gmm_list_clear(old_addr + new_len, old_addr + old_len);
        }
        return gmm_list_set(old_addr, old_addr + new_len, prot);
    }
    gmm_flush_if_code(old_addr, old_addr + old_len);
    if (!(flags & MREMAP_DONTUNMAP)) {
        int err = gmm_list_clear(old_addr, old_addr + old_len);
        if (err < 0) {
            return err;
        }
    }
    return gmm_list_set(res, res + new_len, prot);
}

int64_t gmm_mremap(uint64_t old_addr, uint64_t old_len, uint64_t new_len,
                   int flags, uint64_t new_addr)
{
    uint64_t olen, nlen;
    if ((old_addr & (GMM_PAGE - 1)) || new_len == 0) {
        return -EINVAL;
    }
    if (!gmm_range_ok(old_addr, old_len, &olen) ||
        !gmm_range_ok(0, new_len, &nlen)) {
        return -EINVAL;
    }
    pthread_mutex_lock(&gmm_lock);
    /* Linux: -EFAULT unless the old range is one mapped area. */
    int prot = gmm_list_prot_at(old_addr);
    int64_t ret = -EFAULT;
    if (prot >= 0 && gmm_list_covered(old_addr, old_addr + olen, 0)) {
        ret = 0;
        if (flags & MREMAP_FIXED) {
            ret = gmm_remap_claim(old_addr, olen, new_addr, nlen);
        }
    }
    if (ret == 0) {
        void *p = (flags & (MREMAP_MAYMOVE | MREMAP_FIXED)) == MREMAP_MAYMOVE
                      ? gmm_remap_move(old_addr, olen, nlen, flags)
                      : mremap(g2h(old_addr), olen, nlen, flags,
                               g2h(new_addr));
        if (p == MAP_FAILED) {
            ret = -errno;
            if (flags & MREMAP_FIXED) {
                gmm_unclaim_gaps(new_addr, new_addr + nlen);
            }
        } else {
            ret = (int64_t)h2g(p);
            int err = gmm_remap_record(old_addr, olen, (uint64_t)ret, nlen,
                                       flags, prot);
            ret = err < 0 ? err : ret;
        }
    }
    pthread_mutex_unlock(&gmm_lock);
    return ret;
}
