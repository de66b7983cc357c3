/* SPDX-License-Identifier: MIT */
/*
 * The guest program break.  As in Linux, the heap grows into free space
 * after the data segment only: if anything (guest or emulator) is mapped
 * where it would grow, brk fails and returns the old break, and the guest's
 * malloc falls back to mmap.
 */
#include <sys/mman.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/gmm-list.h"
#include "linux-user/guest-mm.h"

static uint64_t brk_start;  /* start of the heap (page-aligned) */
static uint64_t brk_cur;    /* the guest's break */
static uint64_t brk_mapped; /* end of the pages mapped for the heap */

void gmm_set_brk(uint64_t start)
{
    pthread_mutex_lock(&gmm_lock);
    brk_start = brk_cur = brk_mapped = GMM_PAGE_UP(start);
    pthread_mutex_unlock(&gmm_lock);
}

/* Lock held: map [brk_mapped, end) if it is entirely free; true if done. */
static bool gmm_brk_grow(uint64_t end)
{
    uint64_t len = end - brk_mapped, gs, ge;
    if (!gmm_list_next_gap(brk_mapped, end, &gs, &ge) ||
        gs != brk_mapped || ge != end) {
        return false;
    }
    void *want = g2h(brk_mapped);
    void *p = mmap(want, len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != want) {
        if (p != MAP_FAILED) {
            munmap(p, len);
        }
        return false;
    }
    if (gmm_list_set(brk_mapped, end, PROT_READ | PROT_WRITE) < 0) {
        munmap(p, len);
        return false;
    }
    brk_mapped = end;
    return true;
}

uint64_t gmm_brk(uint64_t new_brk)
{
    pthread_mutex_lock(&gmm_lock);
    uint64_t end = GMM_PAGE_UP(new_brk);
    if (new_brk < brk_start || end < new_brk || end > GMM_TOP) {
        new_brk = brk_cur;
    } else if (end > brk_mapped && !gmm_brk_grow(end)) {
        new_brk = brk_cur;
    } else if (end < brk_mapped) {
        /* Shrinking frees the pages, so growing again gives zeroes. */
        gmm_unmap_guest(end, brk_mapped);
        brk_mapped = end;
    }
    brk_cur = new_brk;
    pthread_mutex_unlock(&gmm_lock);
    return brk_cur;
}

void gmm_brk_range(uint64_t *start, uint64_t *end)
{
    pthread_mutex_lock(&gmm_lock);
    *start = brk_start;
    *end = brk_mapped;
    pthread_mutex_unlock(&gmm_lock);
}
